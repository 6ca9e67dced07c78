import { Card, Flex, Select, type TableProps, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { DaysLeft, WarrantyStatusTag } from '../components/WarrantyTags';
import { useWarranties } from '../warranties.api';
import {
  type Warranty,
  type WarrantyFilters,
  type WarrantyStatus,
  warrantyStatuses,
} from '../warranties.types';

const DEFAULT_DAYS = 60;
const PAGE_SIZE = 20;

/** `within` in the URL: a number of days, or "all"; absent means the default 60 days. */
function useWarrantyFilters(): [WarrantyFilters, (f: WarrantyFilters) => void] {
  const [params, setParams] = useSearchParams();
  const within = params.get('within');
  const status = params.get('status') as WarrantyStatus | null;
  const filters: WarrantyFilters = {
    status: status && warrantyStatuses.includes(status) ? status : undefined,
    expiringWithinDays: within === 'all' ? undefined : Number(within) || DEFAULT_DAYS,
  };
  const set = (f: WarrantyFilters) => {
    const next = new URLSearchParams();
    if (f.status) next.set('status', f.status);
    if (f.expiringWithinDays === undefined) next.set('within', 'all');
    else if (f.expiringWithinDays !== DEFAULT_DAYS) next.set('within', String(f.expiringWithinDays));
    setParams(next, { replace: true });
  };
  return [filters, set];
}

export default function WarrantyListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [filters, setFilters] = useWarrantyFilters();
  const pages = useCursorPages();
  const { data, isLoading, isFetching, error } = useWarranties(filters, pages.cursor, PAGE_SIZE);

  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => pages.reset(), [filterKey]);

  const columns: TableProps<Warranty>['columns'] = [
    {
      title: t('warranties.fields.customer'),
      dataIndex: 'customerName',
      ellipsis: true,
      render: (name: string, w) =>
        can('customers:read') ? <Link to={`/customers/${w.customerId}?tab=deployments`}>{name}</Link> : name,
    },
    {
      title: t('warranties.fields.product'),
      dataIndex: 'productName',
      width: 200,
      render: (name: string, w) => (
        <Flex gap={4} align="center" wrap>
          {name}
          <Tag style={{ marginInlineEnd: 0 }}>{t(`deployments.environment.${w.environment}`)}</Tag>
        </Flex>
      ),
    },
    {
      title: t('warranties.fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: WarrantyStatus) => <WarrantyStatusTag status={s} />,
    },
    { title: t('warranties.fields.startDate'), dataIndex: 'startDate', width: 120 },
    { title: t('warranties.fields.endDate'), dataIndex: 'endDate', width: 120 },
    {
      title: t('warranties.fields.daysLeft'),
      dataIndex: 'daysLeft',
      width: 120,
      render: (d: number, w) => <DaysLeft status={w.status} days={d} />,
    },
    {
      title: t('warranties.fields.coverage'),
      dataIndex: 'coverage',
      width: 260,
      render: (cs: Warranty['coverage']) => (
        <Flex gap={4} wrap>
          {cs.map((c) => (
            <Tag key={c} style={{ marginInlineEnd: 0 }}>
              {t(`warranties.coverage.${c}`)}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('warranties.title')} subtitle={t('warranties.subtitle', { days: DEFAULT_DAYS })} />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Select
            style={{ width: 180 }}
            aria-label={t('warranties.fields.endDate')}
            value={filters.expiringWithinDays ?? 0}
            onChange={(v) =>
              setFilters({
                ...filters,
                expiringWithinDays: v || undefined,
                // "Ending soon" only concerns warranties in force.
                status: v && filters.status !== 'in_force' ? undefined : filters.status,
              })
            }
            options={[
              ...[30, 60, 90, 180].map((d) => ({
                value: d,
                label: t('warranties.expiringWithin', { days: d }),
              })),
              { value: 0, label: t('warranties.allDates') },
            ]}
          />
          <Select
            style={{ width: 160 }}
            aria-label={t('warranties.fields.status')}
            value={filters.status ?? ''}
            onChange={(v) => {
              const status = (v || undefined) as WarrantyStatus | undefined;
              setFilters({
                status,
                expiringWithinDays: status && status !== 'in_force' ? undefined : filters.expiringWithinDays,
              });
            }}
            options={[
              { value: '', label: t('warranties.allStatuses') },
              ...warrantyStatuses.map((s) => ({ value: s, label: t(`warranties.status.${s}`) })),
            ]}
          />
          {data && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
              {t('warranties.today', { date: data.today })}
            </Typography.Text>
          )}
        </Flex>
        <ErrorAlert error={error} />
        <DataTable<Warranty>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading || isFetching}
          pagination={false}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <EmptyState description={t('warranties.empty')} /> }}
        />
        <CursorPager
          page={pages.page}
          nextCursor={data?.nextCursor}
          onPrev={pages.prev}
          onNext={pages.next}
          loading={isFetching}
        />
      </Card>
    </>
  );
}
