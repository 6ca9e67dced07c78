import { ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Divider, Flex, Skeleton, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { WarrantyCard } from '../../warranties/components/WarrantyCard';
import { useCustomerDeployments, useDeleteDeployment } from '../deployments.api';
import type { Deployment } from '../deployments.types';
import { DeploymentFormModal } from './DeploymentFormModal';
import { HistoryTimeline } from './HistoryTimeline';
import { PlannedUpgrades } from './PlannedUpgrades';
import { UpgradeModal } from './UpgradeModal';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'upgrade'; deployment: Deployment } | null;

/** The 部署 tab of the customer page: each deployment with its warranty, version history and planned upgrades. */
export function DeploymentsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data, isLoading, error } = useCustomerDeployments(customerId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const write = can('deployments:write');

  if (isLoading) return <Skeleton active paragraph={{ rows: 6 }} />;
  return (
    <>
      <ErrorAlert error={error} />
      {write && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
            {t('deployments.add')}
          </Button>
        </Flex>
      )}
      {data?.items.length ? (
        <Flex vertical gap={16}>
          {data.items.map((d) => (
            <DeploymentCard
              key={d.id}
              deployment={d}
              onEdit={() => setDialog({ kind: 'edit', deployment: d })}
              onUpgrade={() => setDialog({ kind: 'upgrade', deployment: d })}
            />
          ))}
        </Flex>
      ) : (
        !error && (
          <EmptyState description={t('deployments.empty')}>
            {write && (
              <Button type="primary" onClick={() => setDialog({ kind: 'add' })}>
                {t('deployments.add')}
              </Button>
            )}
          </EmptyState>
        )
      )}
      {dialog?.kind === 'add' && (
        <DeploymentFormModal customerId={customerId} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <DeploymentFormModal
          customerId={customerId}
          deployment={dialog.deployment}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'upgrade' && (
        <UpgradeModal deployment={dialog.deployment} onClose={() => setDialog(null)} />
      )}
    </>
  );
}

function DeploymentCard({
  deployment: d,
  onEdit,
  onUpgrade,
}: {
  deployment: Deployment;
  onEdit: () => void;
  onUpgrade: () => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const remove = useDeleteDeployment();
  const write = can('deployments:write');

  const onDelete = async () => {
    try {
      await remove.mutateAsync(d);
      message.success(t('deployments.deleted'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Card
      size="small"
      data-testid="deployment-card"
      data-deployment-id={d.id}
      title={
        <Flex gap={8} align="center" wrap>
          {can('products:read') ? (
            <Link to={`/products/${d.productId}`}>{d.productName}</Link>
          ) : (
            <span>{d.productName}</span>
          )}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {d.productCode}
          </Typography.Text>
          <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
            {d.versionName}
          </Tag>
          <Tag color={d.environment === 'production' ? 'purple' : 'default'} style={{ marginInlineEnd: 0 }}>
            {t(`deployments.environment.${d.environment}`)}
          </Tag>
          {d.critical && <Tag color="volcano">{t('products.critical')}</Tag>}
        </Flex>
      }
      extra={
        write && (
          <Flex gap={4}>
            <Button size="small" icon={<ArrowUpOutlined />} onClick={onUpgrade}>
              {t('deployments.upgrade.button')}
            </Button>
            <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={onEdit} />
            <ConfirmButton
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              confirm={t('deployments.confirmDelete', { product: d.productName })}
              onConfirm={onDelete}
              loading={remove.isPending}
            >
              {null}
            </ConfirmButton>
          </Flex>
        )
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('deployments.fields.goLiveDate')}>
          {d.goLiveDate ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('deployments.fields.acceptanceDate')}>
          {d.acceptanceDate ?? '—'}
        </Descriptions.Item>
        {d.notes && <Descriptions.Item label={t('deployments.fields.notes')}>{d.notes}</Descriptions.Item>}
      </Descriptions>
      <Divider style={{ margin: '8px 0 12px' }} />
      <WarrantyCard deploymentId={d.id} hasWarranty={!!d.warranty} />
      <Tabs
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'upgrades',
            label: t('deployments.planned.title'),
            children: <PlannedUpgrades deployment={d} />,
          },
          {
            key: 'history',
            label: t('deployments.history.title'),
            children: <HistoryTimeline deploymentId={d.id} />,
          },
        ]}
      />
    </Card>
  );
}
