/** 续约任务: renewal evaluations opened by the daily scan, with status changes and links to the contracts. */
import {
  App,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Select,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useMe } from '../../auth/useAuth';
import {
  type RenewalFilters,
  type RenewalStatus,
  type RenewalTask,
  renewalStatuses,
  useRenewalTasks,
  useUpdateRenewalTask,
} from '../renewals.api';

const PAGE_SIZE = 20;
const statusColor: Record<RenewalStatus, string> = {
  open: 'warning',
  in_progress: 'processing',
  done: 'success',
  dropped: 'default',
};

function StatusModal({ task, onClose }: { task: RenewalTask; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateRenewalTask();
  return (
    <FormModal<{ status: RenewalStatus; note?: string }>
      title={`${t('renewals.edit')} · ${task.contractNumber}`}
      initialValues={{ status: task.status, note: task.note ?? '' }}
      fields={['status', 'note']}
      onClose={onClose}
      onSubmit={async (v) => {
        await update.mutateAsync({ task, body: { status: v.status, note: v.note?.trim() || null } });
        message.success(t('renewals.saved'));
      }}
    >
      <Form.Item name="status" label={t('renewals.fields.status')} rules={[{ required: true }]}>
        <Select options={renewalStatuses.map((s) => ({ value: s, label: t(`renewals.status.${s}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('renewals.fields.note')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function useRenewalFilters(): [RenewalFilters, (f: RenewalFilters) => void] {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') as RenewalStatus | null;
  const filters: RenewalFilters = {
    status: status && renewalStatuses.includes(status) ? status : undefined,
    ownerId: params.get('ownerId') ?? undefined,
  };
  const set = (f: RenewalFilters) => {
    const next = new URLSearchParams();
    if (f.status) next.set('status', f.status);
    if (f.ownerId) next.set('ownerId', f.ownerId);
    setParams(next, { replace: true });
  };
  return [filters, set];
}

export default function RenewalTaskListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { me } = useMe();
  const [filters, setFilters] = useRenewalFilters();
  const pages = useCursorPages();
  const { data, isLoading, isFetching, error } = useRenewalTasks(filters, pages.cursor, PAGE_SIZE);
  const [editing, setEditing] = useState<RenewalTask | null>(null);
  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => pages.reset(), [filterKey]);

  const columns: TableProps<RenewalTask>['columns'] = [
    {
      title: t('renewals.fields.contract'),
      dataIndex: 'contractNumber',
      width: 220,
      render: (n: string, r) => (
        <Flex vertical>
          <Link to={`/contracts/${r.contractId}`}>{n}</Link>
          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
            {r.contractTitle}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('renewals.fields.customer'),
      dataIndex: 'customerName',
      width: 220,
      ellipsis: true,
      render: (name: string, r) =>
        can('customers:read') ? <Link to={`/customers/${r.customerId}`}>{name}</Link> : name,
    },
    { title: t('renewals.fields.owner'), dataIndex: 'ownerName', width: 110, render: (v) => v ?? '—' },
    { title: t('renewals.fields.endDate'), dataIndex: 'endDate', width: 120 },
    {
      title: t('renewals.fields.daysLeft'),
      dataIndex: 'daysLeft',
      width: 130,
      render: (d: number) =>
        d < 0 ? (
          <Typography.Text type="danger">{t('renewals.overdue', { count: -d })}</Typography.Text>
        ) : (
          <Typography.Text type={d <= 30 ? 'warning' : undefined}>
            {t('renewals.daysLeft', { count: d })}
          </Typography.Text>
        ),
    },
    {
      title: t('renewals.fields.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: RenewalStatus, r) => (
        <Tag color={statusColor[s]} title={r.note ?? undefined}>
          {t(`renewals.status.${s}`)}
        </Tag>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      render: (_, r) => (
        <Flex gap={12} wrap>
          {can('contracts:write') && (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              onClick={() => setEditing(r)}
            >
              {t('renewals.edit')}
            </Button>
          )}
          {r.newContractId ? (
            <Link to={`/contracts/${r.newContractId}`}>{t('renewals.newContract')}</Link>
          ) : (
            can('contracts:write') && (
              <Link to={`/contracts/new?customerId=${r.customerId}&parentId=${r.contractId}`}>
                {t('renewals.createRenewal')}
              </Link>
            )
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('renewals.title')} subtitle={t('renewals.subtitle')} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            style={{ width: 160 }}
            aria-label={t('renewals.fields.status')}
            value={filters.status ?? ''}
            onChange={(v) =>
              setFilters({ ...filters, status: (v || undefined) as RenewalStatus | undefined })
            }
            options={[
              { value: '', label: t('renewals.allStatuses') },
              ...renewalStatuses.map((s) => ({ value: s, label: t(`renewals.status.${s}`) })),
            ]}
          />
          {me && (
            <Checkbox
              checked={filters.ownerId === me.id}
              onChange={(e) => setFilters({ ...filters, ownerId: e.target.checked ? me.id : undefined })}
            >
              {t('renewals.mineOnly')}
            </Checkbox>
          )}
          {data && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
              {t('renewals.today', { date: data.today })}
            </Typography.Text>
          )}
        </Flex>
        <ErrorAlert error={error} />
        <DataTable<RenewalTask>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading || isFetching}
          pagination={false}
          scroll={{ x: 1150 }}
          locale={{ emptyText: <EmptyState description={t('renewals.empty')} /> }}
        />
        <CursorPager
          page={pages.page}
          nextCursor={data?.nextCursor}
          onPrev={pages.prev}
          onNext={pages.next}
          loading={isFetching}
        />
      </Card>
      {editing && <StatusModal task={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
