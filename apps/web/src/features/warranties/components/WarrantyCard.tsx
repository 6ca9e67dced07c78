import { EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { useDeploymentWarranty } from '../warranties.api';
import { WarrantyFormModal } from './WarrantyFormModal';
import { DaysLeft, WarrantyStatusTag } from './WarrantyTags';

/** The warranty of one deployment: status, dates, days left, coverage; editable with warranties:write. */
export function WarrantyCard({
  deploymentId,
  hasWarranty = true,
}: {
  deploymentId: string;
  /** False when the deployment summary already says there is none (saves a request that would 404). */
  hasWarranty?: boolean;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const {
    data: warranty,
    isLoading,
    error,
  } = useDeploymentWarranty(deploymentId, can('warranties:read') && hasWarranty);
  const [editing, setEditing] = useState(false);

  if (!can('warranties:read')) return null;
  if (isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (error) return <ErrorAlert error={error} />;
  return (
    <div data-testid="warranty-card">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Flex gap={8} align="center">
          <SafetyCertificateOutlined />
          <Typography.Text strong>{t('warranties.card')}</Typography.Text>
          {warranty && <WarrantyStatusTag status={warranty.status} />}
          {warranty && <DaysLeft status={warranty.status} days={warranty.daysLeft} />}
        </Flex>
        {warranty && can('warranties:write') && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('warranties.edit')}
          </Button>
        )}
      </Flex>
      {warranty ? (
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('warranties.fields.startDate')}>
            {warranty.startDate}
            {warranty.startFromAcceptance && (
              <Typography.Text type="secondary"> ({t('warranties.startFromAcceptance')})</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('warranties.fields.endDate')}>{warranty.endDate}</Descriptions.Item>
          <Descriptions.Item label={t('warranties.fields.months')}>{warranty.months}</Descriptions.Item>
          <Descriptions.Item label={t('warranties.fields.coverage')} span={3}>
            <Flex gap={4} wrap>
              {warranty.coverage.map((c) => (
                <Tag key={c}>{t(`warranties.coverage.${c}`)}</Tag>
              ))}
            </Flex>
          </Descriptions.Item>
          {warranty.notes && (
            <Descriptions.Item label={t('warranties.fields.notes')} span={3}>
              {warranty.notes}
            </Descriptions.Item>
          )}
        </Descriptions>
      ) : (
        <Typography.Text type="secondary">{t('warranties.none')}</Typography.Text>
      )}
      {editing && warranty && <WarrantyFormModal warranty={warranty} onClose={() => setEditing(false)} />}
    </div>
  );
}
