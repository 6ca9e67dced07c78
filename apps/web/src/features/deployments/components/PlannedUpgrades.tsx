import { CommentOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, List, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { useCan } from '../../auth/useAuth';
import { usePlannedUpgrades, useSaveFollowUp, useTransitionUpgrade } from '../deployments.api';
import type { Deployment, PlannedUpgrade, UpgradeStatus } from '../deployments.types';
import { PlannedUpgradeFormModal } from './PlannedUpgradeFormModal';

const statusColor: Record<UpgradeStatus, string> = {
  planned: 'blue',
  notified: 'cyan',
  in_progress: 'orange',
  done: 'green',
  cancelled: 'default',
};

export function UpgradeStatusTag({ status }: { status: UpgradeStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`deployments.planned.status.${status}`)}</Tag>;
}

const fmt = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** Planned upgrades of one deployment with the state buttons the server allows next. */
export function PlannedUpgrades({ deployment }: { deployment: Deployment }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data, isLoading, error } = usePlannedUpgrades(deployment.id);
  const transition = useTransitionUpgrade();
  const [form, setForm] = useState<{ upgrade?: PlannedUpgrade } | null>(null);
  const [followUp, setFollowUp] = useState<PlannedUpgrade | null>(null);
  const saveFollowUp = useSaveFollowUp();
  const write = can('deployments:write');

  const move = async (upgrade: PlannedUpgrade, status: Exclude<UpgradeStatus, 'planned'>) => {
    try {
      await transition.mutateAsync({ upgrade, status });
      message.success(
        t('deployments.planned.transitioned', { status: t(`deployments.planned.status.${status}`) }),
      );
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <>
      <ErrorAlert error={error} />
      {write && (
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <Button size="small" icon={<PlusOutlined />} onClick={() => setForm({})}>
            {t('deployments.planned.new')}
          </Button>
        </Flex>
      )}
      {data?.items.length ? (
        <List<PlannedUpgrade>
          size="small"
          dataSource={data.items}
          renderItem={(u) => (
            <List.Item
              key={u.id}
              data-testid="planned-upgrade"
              actions={
                write
                  ? [
                      <Button
                        key="follow-up"
                        size="small"
                        type="text"
                        icon={<CommentOutlined />}
                        aria-label={t('deployments.planned.followUp')}
                        title={t('deployments.planned.followUp')}
                        onClick={() => setFollowUp(u)}
                      />,
                      ...(u.status === 'planned' || u.status === 'notified'
                        ? [
                            <Button
                              key="edit"
                              size="small"
                              type="text"
                              icon={<EditOutlined />}
                              aria-label={t('common.edit')}
                              onClick={() => setForm({ upgrade: u })}
                            />,
                          ]
                        : []),
                      // The answer types next statuses loosely; an upgrade never moves back to planned.
                      ...u.nextStatuses
                        .filter((s) => s !== 'planned')
                        .map((s) => (
                          <ConfirmButton
                            key={s}
                            size="small"
                            type={s === 'done' ? 'primary' : 'default'}
                            danger={s === 'cancelled'}
                            confirm={t(`deployments.planned.confirm.${s}`, { version: u.targetVersionName })}
                            onConfirm={() => move(u, s)}
                          >
                            {t(`deployments.planned.action.${s}`)}
                          </ConfirmButton>
                        )),
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text strong>
                      {u.currentVersionName} → {u.targetVersionName}
                    </Typography.Text>
                    <UpgradeStatusTag status={u.status} />
                    {u.emergency && <Tag color="red">{t('deployments.planned.emergency')}</Tag>}
                  </Flex>
                }
                description={
                  <>
                    <div>
                      {t('deployments.planned.windowLabel', {
                        from: fmt(u.windowStart),
                        to: fmt(u.windowEnd),
                      })}
                      {u.noticeDate && ` · ${t('deployments.planned.noticeLabel', { date: u.noticeDate })}`}
                    </div>
                    {u.preparationGuide && (
                      <Typography.Paragraph
                        type="secondary"
                        style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                        ellipsis={{ rows: 2, expandable: true }}
                      >
                        {t('common.labelled', { label: t('deployments.planned.preparationGuide') })}
                        {u.preparationGuide}
                      </Typography.Paragraph>
                    )}
                    {u.followUp && (
                      <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                        {t('common.labelled', { label: t('deployments.planned.followUp') })}
                        {u.followUp}
                      </Typography.Paragraph>
                    )}
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Typography.Text type="secondary">{t('deployments.planned.empty')}</Typography.Text>
      )}
      {followUp && (
        <FormModal<{ followUp?: string | null }>
          title={t('deployments.planned.followUp')}
          fields={['followUp']}
          initialValues={{ followUp: followUp.followUp }}
          onSubmit={(v) =>
            saveFollowUp.mutateAsync({ upgrade: followUp, followUp: v.followUp?.trim() || null })
          }
          onClose={() => setFollowUp(null)}
        >
          <Form.Item name="followUp" label={t('deployments.planned.followUp')}>
            <Input.TextArea autoFocus rows={4} maxLength={5000} />
          </Form.Item>
        </FormModal>
      )}
      {form && (
        <PlannedUpgradeFormModal
          deployment={deployment}
          upgrade={form.upgrade}
          onClose={() => setForm(null)}
        />
      )}
    </>
  );
}
