import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Select, type TableProps, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { ProductFormModal } from '../components/ProductFormModal';
import { useProducts } from '../products.api';
import type { Product, ProductFilters } from '../products.types';

const PAGE_SIZE = 20;

/** Filters live in the URL so a filtered list can be shared and survives a reload. */
function useProductFilters(): [ProductFilters, (f: ProductFilters) => void] {
  const [params, setParams] = useSearchParams();
  const pick = <T extends string>(k: string) => (params.get(k) || undefined) as T | undefined;
  const filters: ProductFilters = {
    q: pick('q'),
    active: pick('active'),
    critical: pick('critical'),
  };
  const set = (f: ProductFilters) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v) next.set(k, v);
    setParams(next, { replace: true });
  };
  return [filters, set];
}

export default function ProductListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const [filters, setFilters] = useProductFilters();
  const pages = useCursorPages();
  const { data, isLoading, isFetching, error } = useProducts(filters, pages.cursor, PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState(filters.q ?? '');

  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => pages.reset(), [filterKey]);

  const columns: TableProps<Product>['columns'] = [
    {
      title: t('products.fields.code'),
      dataIndex: 'code',
      width: 130,
      render: (code: string, p) => <Link to={`/products/${p.id}`}>{code}</Link>,
    },
    {
      title: t('products.fields.name'),
      dataIndex: 'name',
      ellipsis: true,
      render: (name: string, p) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/products/${p.id}`}>{name}</Link>
          {p.critical && <Tag color="volcano">{t('products.critical')}</Tag>}
          {!p.active && <Tag>{t('products.inactive')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('products.fields.latestVersion'),
      dataIndex: 'latestVersion',
      width: 130,
      render: (v: Product['latestVersion']) => v?.name ?? '—',
    },
    { title: t('products.fields.versionCount'), dataIndex: 'versionCount', width: 90, align: 'right' },
    {
      title: t('products.fields.description'),
      dataIndex: 'description',
      ellipsis: true,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('products.fields.createdAt'),
      dataIndex: 'createdAt',
      width: 120,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD'),
    },
  ];

  const filtered = !!(filters.q || filters.active || filters.critical);
  return (
    <>
      <PageHeader
        title={t('products.title')}
        extra={
          can('products:manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('products.new')}
            </Button>
          )
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('products.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            onSearch={(v) => setFilters({ ...filters, q: v.trim() || undefined })}
            style={{ width: 260 }}
          />
          <Select
            style={{ width: 140 }}
            aria-label={t('products.filters.active')}
            value={filters.active ?? ''}
            onChange={(v) => setFilters({ ...filters, active: (v || undefined) as ProductFilters['active'] })}
            options={[
              { value: '', label: `${t('products.filters.active')}: ${t('products.all')}` },
              { value: 'true', label: t('products.filters.activeOnly') },
              { value: 'false', label: t('products.filters.inactiveOnly') },
            ]}
          />
          <Select
            style={{ width: 140 }}
            aria-label={t('products.filters.critical')}
            value={filters.critical ?? ''}
            onChange={(v) =>
              setFilters({ ...filters, critical: (v || undefined) as ProductFilters['critical'] })
            }
            options={[
              { value: '', label: `${t('products.filters.critical')}: ${t('products.all')}` },
              { value: 'true', label: t('products.filters.criticalOnly') },
              { value: 'false', label: t('products.filters.normalOnly') },
            ]}
          />
        </Flex>
        <ErrorAlert error={error} />
        <DataTable<Product>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading || isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{
            emptyText: (
              <EmptyState description={filtered ? t('products.emptyFiltered') : t('products.empty')}>
                {!filtered && can('products:manage') && (
                  <Button type="primary" onClick={() => setCreating(true)}>
                    {t('products.new')}
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
      {creating && (
        <ProductFormModal onClose={() => setCreating(false)} onSaved={(p) => navigate(`/products/${p.id}`)} />
      )}
    </>
  );
}
