import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractState, ContractType } from '../contracts.types';

const stateColors: Record<ContractState, string> = {
  draft: 'default',
  in_review: 'processing',
  active: 'success',
  expiring: 'warning',
  expired: 'error',
  renewed: 'cyan',
  terminated: 'magenta',
};

export function ContractStateTag({ state }: { state: ContractState }) {
  const { t } = useTranslation();
  return (
    <Tag color={stateColors[state]} data-testid="contract-state" data-state={state}>
      {t(`contracts.states.${state}`)}
    </Tag>
  );
}

export function ContractTypeTag({ type }: { type: ContractType }) {
  const { t } = useTranslation();
  return <Tag>{t(`contracts.types.${type}`)}</Tag>;
}

const approvalColors = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  cancelled: 'default',
};

export function ApprovalStatusTag({ status }: { status: keyof typeof approvalColors }) {
  const { t } = useTranslation();
  return <Tag color={approvalColors[status]}>{t(`contracts.approvals.statuses.${status}`)}</Tag>;
}
