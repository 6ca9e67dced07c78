import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarrantyStatus } from '../warranties.types';

const statusColor: Record<WarrantyStatus, string> = {
  not_started: 'blue',
  in_force: 'green',
  expired: 'default',
};

export function WarrantyStatusTag({ status }: { status: WarrantyStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`warranties.status.${status}`)}</Tag>;
}

/** Red within 30 days, orange within 60, green beyond; nothing to count once expired. */
export function daysLeftColor(
  status: WarrantyStatus,
  days: number,
): 'danger' | 'warning' | 'success' | 'secondary' {
  if (status === 'expired') return 'secondary';
  if (status === 'in_force' && days <= 30) return 'danger';
  if (status === 'in_force' && days <= 60) return 'warning';
  return 'success';
}

export function DaysLeft({ status, days }: { status: WarrantyStatus; days: number }) {
  const { t } = useTranslation();
  if (status === 'expired') return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Text type={daysLeftColor(status, days)} strong data-testid="warranty-days-left">
      {t('warranties.daysLeft', { count: days })}
    </Typography.Text>
  );
}
