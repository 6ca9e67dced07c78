/** Small tags of a request: severity, state (by its configured name), coverage, tier. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, localName } from '../../../i18n';
import { useTeamOptions } from '../../customers/customers.api';
import { useRequestStates } from '../requests.api';
import { categoryColor, coverageColor, severityColor } from '../requests.format';
import type { LocalizedName } from '../requests.types';

export function SeverityTag({ severity }: { severity: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={severityColor[severity]} style={{ marginInlineEnd: 0 }}>
      {t(`requests.severity.${severity}`, { defaultValue: severity })}
    </Tag>
  );
}

/** The localized name of a state key (states are data, so names come from the server). */
export function useStateName() {
  const { data } = useRequestStates();
  return (key: string, name?: LocalizedName) => {
    if (name) return currentLocale() === 'en' ? name.en : name.zh;
    const state = data?.states.find((s) => s.key === key);
    if (!state) return key;
    return currentLocale() === 'en' ? state.nameEn : state.nameZh;
  };
}

export function StateTag({
  state,
  category,
  name,
}: {
  state: string;
  category: string;
  name?: LocalizedName;
}) {
  const stateName = useStateName();
  return (
    <Tag color={categoryColor[category]} style={{ marginInlineEnd: 0 }} data-testid="request-state">
      {stateName(state, name)}
    </Tag>
  );
}

export function CoverageTag({ coverage }: { coverage: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={coverageColor[coverage]} style={{ marginInlineEnd: 0 }}>
      {t(`requests.coverage.${coverage}`, { defaultValue: coverage })}
    </Tag>
  );
}

export function TierTag({ tier }: { tier: number }) {
  const { t } = useTranslation();
  return (
    <Tag style={{ marginInlineEnd: 0 }} data-testid="request-tier">
      {t('requests.tier', { tier })}
    </Tag>
  );
}

/** A team's name in the interface language (the API answers with the Chinese name). */
export function useTeamName() {
  const { data } = useTeamOptions();
  return (id: string | null, fallback: string | null) => {
    const team = id ? data?.find((tm) => tm.id === id) : undefined;
    return team ? localName(team) : (fallback ?? '');
  };
}
