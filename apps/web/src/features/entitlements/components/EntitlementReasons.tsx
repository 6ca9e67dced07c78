/**
 * Why a request is covered, under warranty or billable: the reasons its
 * entitlement decision stored (e.g. "HT-2026-001 covers 慧通CRM only, not
 * 慧通ERP"), translated by reason code, behind an icon next to the coverage.
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntitlementReason } from '../entitlements.api';

export function EntitlementReasons({ entitlement }: { entitlement: Record<string, unknown> }) {
  const { t } = useTranslation();
  const reasons = Array.isArray(entitlement.reasons) ? (entitlement.reasons as EntitlementReason[]) : [];
  if (!reasons.length) return null;
  const content = (
    <ul
      style={{ margin: 0, paddingInlineStart: 18, maxWidth: 420 }}
      data-testid="request-entitlement-reasons"
    >
      {reasons.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: stored reasons have no id and never reorder.
        <li key={i}>{t(`entitlements.reason.${r.code}`, { ...r.data, defaultValue: r.message })}</li>
      ))}
    </ul>
  );
  return (
    <Popover title={t('entitlements.reasons')} content={content} trigger={['hover', 'click']}>
      <Typography.Link aria-label={t('entitlements.reasons')} data-testid="request-entitlement-why">
        <QuestionCircleOutlined />
      </Typography.Link>
    </Popover>
  );
}
