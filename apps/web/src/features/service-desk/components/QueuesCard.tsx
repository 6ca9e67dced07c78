/** Service team queues: tier, assignment mode (managers change it), open work counts, members with availability and load. */
import { App, Badge, Flex, Select, Switch, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { localName } from '../../../i18n';
import { useCan } from '../../auth/useAuth';
import {
  type AssignmentMode,
  assignmentModes,
  type Queue,
  type QueueMember,
  useQueues,
  useSetAvailability,
  useSetQueueMode,
} from '../serviceDesk.api';

function Member({ m, manage }: { m: QueueMember; manage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const set = useSetAvailability();
  const status = m.disabled
    ? t('serviceDesk.queues.disabled')
    : m.availableNow
      ? t('serviceDesk.queues.availableNow')
      : m.absentUntil
        ? t('serviceDesk.queues.absentUntil', { at: dayjs(m.absentUntil).format('MM-DD HH:mm') })
        : t('serviceDesk.queues.absent');
  return (
    <Flex gap={6} align="center" data-testid="queue-member">
      <Badge status={m.disabled ? 'default' : m.availableNow ? 'success' : 'warning'} />
      <Typography.Text>{m.displayName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {status} · {t('serviceDesk.queues.load', { count: m.load })}
      </Typography.Text>
      {manage && !m.disabled && (
        <Tooltip title={t('serviceDesk.queues.toggle')}>
          <Switch
            size="small"
            checked={m.available}
            loading={set.isPending}
            onChange={(available) =>
              set.mutate(
                { userId: m.userId, available },
                { onError: (err) => message.error(errorMessage(err)) },
              )
            }
          />
        </Tooltip>
      )}
    </Flex>
  );
}

export function QueuesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const can = useCan();
  const manage = can('service_desk:manage');
  const { data, isLoading, error } = useQueues();
  const setMode = useSetQueueMode();

  const changeMode = async (queue: Queue, mode: AssignmentMode) => {
    try {
      await setMode.mutateAsync({ queue, mode });
      message.success(t('serviceDesk.queues.modeSaved'));
    } catch (err) {
      message.error(err instanceof ApiError && err.status === 412 ? t('errors.stale') : errorMessage(err));
    }
  };

  return (
    <>
      <ErrorAlert error={error} />
      <DataTable<Queue>
        rowKey="teamId"
        loading={isLoading}
        dataSource={data ?? []}
        pagination={false}
        data-testid="queues-table"
        locale={{ emptyText: <EmptyState description={t('serviceDesk.queues.empty')} /> }}
        columns={[
          {
            title: t('serviceDesk.queues.team'),
            key: 'team',
            width: 180,
            render: (_: unknown, q) => localName(q),
          },
          {
            title: t('serviceDesk.queues.tier'),
            dataIndex: 'tier',
            width: 150,
            render: (tier: number | null) =>
              tier ? t(`requests.tiers.${tier}`, { defaultValue: t('requests.tier', { tier }) }) : '—',
          },
          {
            title: t('serviceDesk.queues.mode'),
            dataIndex: 'mode',
            width: 150,
            render: (mode: AssignmentMode, q) =>
              manage ? (
                <Select
                  value={mode}
                  style={{ width: 130 }}
                  onChange={(v: AssignmentMode) => void changeMode(q, v)}
                  options={assignmentModes.map((m) => ({
                    value: m,
                    label: t(`serviceDesk.queues.modes.${m}`),
                  }))}
                  data-testid={`queue-mode-${q.key}`}
                />
              ) : (
                t(`serviceDesk.queues.modes.${mode}`)
              ),
          },
          {
            title: `${t('serviceDesk.queues.open')} / ${t('serviceDesk.queues.unassigned')}`,
            key: 'counts',
            width: 120,
            render: (_: unknown, q) => `${q.open} / ${q.unassigned}`,
          },
          {
            title: `${t('serviceDesk.queues.atRisk')} / ${t('serviceDesk.queues.breached')}`,
            key: 'risk',
            width: 140,
            render: (_: unknown, q) => (
              <Flex gap={4}>
                <Tag color={q.atRisk ? 'warning' : 'default'}>{q.atRisk}</Tag>
                <Tag color={q.breached ? 'error' : 'default'}>{q.breached}</Tag>
              </Flex>
            ),
          },
          {
            title: t('serviceDesk.queues.members'),
            key: 'members',
            render: (_: unknown, q) =>
              q.members.length ? (
                <Flex vertical gap={4}>
                  {q.members.map((m) => (
                    <Member key={m.userId} m={m} manage={manage} />
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('serviceDesk.queues.noMembers')}</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}
