import { Card, DatePicker, Flex, Input, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChangeList } from '../../components/ChangeList';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCustomer, useUserOptions } from '../customers/customers.api';
import { AuditSentence } from './AuditSentence';
import { type AuditEntry, type AuditFilters, auditActions, entityTypes, useAudit } from './audit.api';

const actionColor = (a: string) =>
  /delete|revoke|disabled/.test(a) ? 'red' : /create/.test(a) ? 'green' : 'blue';

/** Where each entity type's field names are translated, so the changed fields read as labels. */
const fieldLabels: Record<string, string> = {
  customer: 'customers.fields',
  contact: 'customers.contacts.fields',
  user: 'users.fields',
  role: 'roles.fields',
  team: 'teams.fields',
  api_token: 'tokens.fields',
  contract: 'contracts.fields',
  product: 'products.fields',
  calendar: 'calendars.fields',
  sla_policy: 'sla.fields',
  deployment: 'deployments.fields',
  warranty: 'warranties.fields',
  service_request: 'requests.fields',
};

/** The filtered customer by name (the page is opened from a customer with its id). */
function CustomerName({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useCustomer(id);
  return <>{t('audit.customerNamed', { name: data?.name ?? '…' })}</>;
}

/** Who changed what and when, with the before/after of every audited write. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // Other pages link here with ?customerId= or ?entityId= to show one record's history.
  const [filters, setFilters] = useState<AuditFilters>(() => ({
    customerId: params.get('customerId') ?? undefined,
    entityId: params.get('entityId') ?? undefined,
  }));
  const pages = useCursorPages();
  const { data, isFetching, error } = useAudit(filters, pages.cursor);
  const users = useUserOptions();
  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => pages.reset(), [filterKey]);
  const set = (patch: Partial<AuditFilters>) => setFilters({ ...filters, ...patch });
  const verbs = t('audit.verbs', { returnObjects: true }) as Record<string, string>;

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('audit.fields.actor')}
            value={filters.actorId}
            onChange={(actorId?: string) => set({ actorId })}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t('audit.fields.entityType')}
            value={filters.entityType}
            onChange={(entityType?: string) => set({ entityType })}
            options={entityTypes.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) }))}
            style={{ width: 140 }}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('audit.fields.action')}
            value={filters.action}
            onChange={(action?: string) => set({ action })}
            options={auditActions.map((a) => ({ value: a, label: verbs[a] ?? a }))}
            style={{ width: 180 }}
          />
          <Input.Search
            allowClear
            defaultValue={filters.entityId}
            placeholder={t('audit.fields.entityId')}
            onSearch={(v) => set({ entityId: v.trim() || undefined })}
            style={{ width: 260 }}
          />
          {filters.customerId && (
            <Tag closable onClose={() => set({ customerId: undefined })} style={{ alignSelf: 'center' }}>
              <CustomerName id={filters.customerId} />
            </Tag>
          )}
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            onChange={(range) =>
              set({
                from: range?.[0]?.toISOString() ?? undefined,
                to: range?.[1]?.toISOString() ?? undefined,
              })
            }
          />
        </Flex>
        <ErrorAlert error={error} />
        <DataTable<AuditEntry>
          rowKey="id"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyState description={t('audit.empty')} /> }}
          expandable={{
            expandedRowRender: (e) => (
              <div style={{ padding: '4px 8px' }}>
                <ChangeList before={e.before} after={e.after} labelPrefix={fieldLabels[e.entityType]} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('audit.requestInfo', { requestId: e.requestId ?? '—', ip: e.ip ?? '—' })}
                </Typography.Text>
              </div>
            ),
            rowExpandable: (e) => e.before != null || e.after != null,
          }}
          columns={[
            {
              title: t('audit.fields.at'),
              dataIndex: 'at',
              width: 170,
              render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
            },
            {
              title: t('audit.fields.what'),
              key: 'sentence',
              render: (_: unknown, e) => <AuditSentence entry={e} />,
            },
            {
              title: t('audit.fields.entityType'),
              dataIndex: 'entityType',
              width: 120,
              render: (type: string, e) => (
                <Tag color={actionColor(e.action)}>
                  {t(`audit.entityTypes.${type}`, { defaultValue: '—' })}
                </Tag>
              ),
            },
            { title: t('audit.fields.ip'), dataIndex: 'ip', width: 130, render: (v) => v ?? '—' },
          ]}
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
