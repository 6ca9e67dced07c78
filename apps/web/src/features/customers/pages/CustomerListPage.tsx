import { DownloadOutlined, DownOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, type TableProps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { download } from '../../../api/client';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { currentLocale } from '../../../i18n';
import { useCan } from '../../auth/useAuth';
import { CustomerFilterBar } from '../components/CustomerFilterBar';
import { ImportModal } from '../components/ImportModal';
import { StageTag, TierTag } from '../components/StageTag';
import { filterQuery, useCustomerReference, useCustomers } from '../customers.api';
import type { Customer, CustomerSort } from '../customers.types';
import { industryLabel } from '../reference';
import { useCustomerFilters } from '../useCustomerFilters';

const PAGE_SIZE = 20;

export default function CustomerListPage() {
  const { t } = useTranslation();
  const reference = useCustomerReference();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [filters, setFilters] = useCustomerFilters();
  const pages = useCursorPages();
  const { data, isLoading, isFetching, error } = useCustomers(filters, pages.cursor, PAGE_SIZE);
  const [importOpen, setImportOpen] = useState(false);
  const [exporting, setExporting] = useState(false);

  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => pages.reset(), [filterKey]);

  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      await download('/customers/export', { ...filterQuery(filters), format }, `customers.${format}`);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const sortOrder = (field: string) => {
    const sort = filters.sort ?? '-createdAt';
    if (sort === field) return 'ascend' as const;
    if (sort === `-${field}`) return 'descend' as const;
    return null;
  };

  const columns: TableProps<Customer>['columns'] = [
    {
      title: t('customers.fields.name'),
      dataIndex: 'name',
      width: 250,
      ellipsis: true,
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (name: string, c) => <Link to={`/customers/${c.id}`}>{name}</Link>,
    },
    {
      title: t('customers.fields.stage'),
      dataIndex: 'stage',
      width: 132,
      render: (_: unknown, c) => <StageTag stage={c.stage} />,
    },
    {
      title: t('customers.fields.tier'),
      dataIndex: 'tier',
      width: 64,
      render: (_: unknown, c) => <TierTag tier={c.tier} />,
    },
    {
      title: t('customers.fields.industry'),
      dataIndex: 'industryCode',
      width: 100,
      ellipsis: true,
      render: (_: unknown, c) => industryLabel(reference.data, c),
    },
    {
      title: t('customers.fields.region'),
      dataIndex: 'region',
      width: 120,
      ellipsis: true,
      render: (v) => v ?? '—',
    },
    {
      title: `${t('customers.fields.owner')} / ${t('customers.fields.team')}`,
      dataIndex: 'ownerName',
      width: 130,
      ellipsis: true,
      render: (_: unknown, c) => (
        <>
          <div>{c.ownerName ?? '—'}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {(currentLocale() === 'en' ? c.teamNameEn : c.teamName) ?? '—'}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('customers.fields.tags'),
      dataIndex: 'tags',
      width: 150,
      render: (tags: string[]) => tags.map((tag) => <Tag key={tag}>{tag}</Tag>),
    },
    {
      title: t('customers.fields.createdAt'),
      dataIndex: 'createdAt',
      width: 120,
      sorter: true,
      sortOrder: sortOrder('createdAt'),
      render: (v: string) => (
        <span title={dayjs(v).format('YYYY-MM-DD HH:mm')}>{dayjs(v).format('YYYY-MM-DD')}</span>
      ),
    },
  ];

  const onTableChange: TableProps<Customer>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = typeof s?.field === 'string' ? s.field : undefined;
    const sort =
      field && s?.order ? ((s.order === 'ascend' ? field : `-${field}`) as CustomerSort) : undefined;
    setFilters({ ...filters, sort });
  };

  const filtered = Object.entries(filters).some(
    ([k, v]) => k !== 'sort' && (Array.isArray(v) ? v.length > 0 : !!v),
  );

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        extra={
          <>
            {can('customers:import') && (
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
                {t('customers.import.button')}
              </Button>
            )}
            {can('customers:export') && (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'csv', label: t('customers.export.csv') },
                    { key: 'xlsx', label: t('customers.export.xlsx') },
                  ],
                  onClick: (e) => void exportAs(e.key as 'csv' | 'xlsx'),
                }}
              >
                <Button icon={<DownloadOutlined />} loading={exporting} data-testid="export-button">
                  {t('customers.export.button')} <DownOutlined />
                </Button>
              </Dropdown>
            )}
            {can('customers:write') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/customers/new')}>
                {t('customers.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <CustomerFilterBar filters={filters} onChange={setFilters} />
        <ErrorAlert error={error} />
        <DataTable<Customer>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading || isFetching}
          pagination={false}
          onChange={onTableChange}
          scroll={{ x: 1060 }}
          showSorterTooltip={false}
          locale={{
            emptyText: (
              <EmptyState description={filtered ? t('customers.emptyFiltered') : t('customers.empty')}>
                {!filtered && can('customers:write') && (
                  <Button type="primary" onClick={() => navigate('/customers/new')}>
                    {t('customers.new')}
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
        {data && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('customers.shown', { count: data.items.length })}
          </Typography.Text>
        )}
      </Card>
      {importOpen && <ImportModal onClose={() => setImportOpen(false)} />}
    </>
  );
}
