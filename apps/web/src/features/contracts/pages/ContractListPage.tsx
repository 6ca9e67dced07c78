/** /contracts: filterable, sortable list of contracts in the caller's scope (filters live in the URL). */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Select, type TableProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { useUserOptions } from '../../customers/customers.api';
import { ContractStateTag } from '../components/ContractTags';
import { CustomerPicker } from '../components/Pickers';
import { useContracts } from '../contracts.api';
import { formatCny } from '../contracts.format';
import {
  type ContractFilters,
  type ContractListItem,
  type ContractSort,
  type ContractState,
  type ContractType,
  contractSorts,
  contractStates,
  contractTypes,
} from '../contracts.types';

export default function ContractListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const users = useUserOptions();
  const days = params.get('expiringWithinDays');
  const filters: ContractFilters = {
    type: (params.get('type') as ContractType | null) ?? undefined,
    state: (params.get('state') as ContractState | null) ?? undefined,
    customerId: params.get('customerId') ?? undefined,
    ownerId: params.get('ownerId') ?? undefined,
    expiringWithinDays: days ? Number(days) : undefined,
    sort: (params.get('sort') as ContractSort | null) ?? undefined,
  };
  const { data, isLoading, isFetching, error } = useContracts(filters, pages.cursor);
  const setFilter = (key: keyof ContractFilters, value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === null || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
    pages.reset();
  };
  const today = data?.today;

  const columns: TableProps<ContractListItem>['columns'] = [
    {
      title: t('contracts.fields.number'),
      dataIndex: 'number',
      width: 170,
      render: (n: string, c) => (
        <Link to={`/contracts/${c.id}`} data-testid="contract-link">
          {n}
        </Link>
      ),
    },
    { title: t('contracts.fields.title'), dataIndex: 'title', ellipsis: true },
    {
      title: t('contracts.fields.customer'),
      dataIndex: 'customerName',
      width: 200,
      ellipsis: true,
      render: (name: string, c) => <Link to={`/customers/${c.customerId}`}>{name}</Link>,
    },
    {
      title: t('contracts.fields.type'),
      dataIndex: 'type',
      width: 190,
      render: (x: ContractType) => t(`contracts.types.${x}`),
    },
    {
      title: t('contracts.fields.state'),
      dataIndex: 'state',
      width: 100,
      render: (s: ContractState) => <ContractStateTag state={s} />,
    },
    {
      title: t('contracts.fields.amount'),
      dataIndex: 'amount',
      width: 150,
      align: 'right',
      render: (a: string) => formatCny(a),
    },
    {
      title: t('contracts.fields.period'),
      key: 'period',
      width: 210,
      render: (_: unknown, c) => (
        <Typography.Text
          type={
            today && c.endDate < today && (c.state === 'active' || c.state === 'expiring')
              ? 'danger'
              : undefined
          }
        >
          {c.startDate} ~ {c.endDate}
        </Typography.Text>
      ),
    },
    {
      title: t('contracts.fields.owner'),
      dataIndex: 'ownerName',
      width: 140,
      render: (n: string | null) => n ?? '—',
    },
  ];

  return (
    <>
      <PageHeader
        title={t('contracts.title')}
        subtitle={t('contracts.subtitle')}
        extra={
          can('contracts:write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/contracts/new')}
              data-testid="contract-new"
            >
              {t('contracts.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }} data-testid="contract-filters">
          <Select
            allowClear
            style={{ width: 170 }}
            placeholder={t('contracts.filters.type')}
            aria-label={t('contracts.filters.type')}
            value={filters.type}
            onChange={(v) => setFilter('type', v)}
            options={contractTypes.map((x) => ({ value: x, label: t(`contracts.types.${x}`) }))}
            data-testid="filter-type"
          />
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('contracts.filters.state')}
            aria-label={t('contracts.filters.state')}
            value={filters.state}
            onChange={(v) => setFilter('state', v)}
            options={contractStates.map((x) => ({ value: x, label: t(`contracts.states.${x}`) }))}
            data-testid="filter-state"
          />
          <div style={{ width: 220 }}>
            <CustomerPicker
              allowClear
              value={filters.customerId}
              onChange={(v) => setFilter('customerId', v)}
            />
          </div>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 150 }}
            placeholder={t('contracts.filters.owner')}
            aria-label={t('contracts.filters.owner')}
            value={filters.ownerId}
            onChange={(v) => setFilter('ownerId', v)}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
          />
          <InputNumber
            min={0}
            max={3650}
            precision={0}
            style={{ width: 200 }}
            prefix={t('contracts.filters.expiring')}
            suffix={t('contracts.filters.expiringSuffix')}
            aria-label={t('contracts.filters.expiring')}
            value={filters.expiringWithinDays ?? null}
            onChange={(v) => setFilter('expiringWithinDays', v)}
            data-testid="filter-expiring"
          />
          <Select
            style={{ width: 170 }}
            aria-label={t('contracts.filters.sort')}
            value={filters.sort ?? '-createdAt'}
            onChange={(v) => setFilter('sort', v === '-createdAt' ? undefined : v)}
            options={contractSorts.map((s) => ({ value: s, label: t(`contracts.sorts.${s}`) }))}
            data-testid="filter-sort"
          />
          {[...params.keys()].length > 0 && (
            <Button
              onClick={() => {
                setParams({}, { replace: true });
                pages.reset();
              }}
            >
              {t('common.reset')}
            </Button>
          )}
        </Flex>
        <ErrorAlert error={error} />
        <DataTable<ContractListItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading || isFetching}
          pagination={false}
          scroll={{ x: 1300 }}
          locale={{
            emptyText: (
              <EmptyState description={t('contracts.empty')}>
                {can('contracts:write') && (
                  <Button type="primary" onClick={() => navigate('/contracts/new')}>
                    {t('contracts.new')}
                  </Button>
                )}
              </EmptyState>
            ),
          }}
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
