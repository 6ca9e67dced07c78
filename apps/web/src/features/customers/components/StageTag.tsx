import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage, Tier } from '../customers.types';

const stageColor: Record<Stage, string> = {
  lead: 'default',
  prospect: 'processing',
  customer: 'success',
  strategic_partner: 'gold',
  churned: 'error',
};
const tierColor: Record<Tier, string> = { A: 'magenta', B: 'geekblue', C: 'cyan', D: 'default' };

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={stageColor[stage]}>{t(`customers.stages.${stage}`)}</Tag>;
}

export function TierTag({ tier }: { tier: Tier }) {
  return <Tag color={tierColor[tier]}>{tier}</Tag>;
}
