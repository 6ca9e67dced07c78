/** Filters of the agent console; every change reloads the list from the first page. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../i18n';
import { useCan } from '../../auth/useAuth';
import { CustomerPicker } from '../../contracts/components/Pickers';
import { useTeamOptions, useUserOptions } from '../../customers/customers.api';
import { requestCategories } from '../../entitlements/entitlements.api';
import { useProductOptions } from '../../products/products.api';
import { defaultOrder, useRequestStates } from '../requests.api';
import { channels, coverages, type RequestFilters, severities, sorts } from '../requests.types';
import { useStateName } from './RequestTags';

export function RequestFilterBar({
  filters,
  onChange,
}: {
  filters: RequestFilters;
  onChange: (next: RequestFilters) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const users = useUserOptions();
  const teams = useTeamOptions();
  const products = useProductOptions();
  const states = useRequestStates();
  const stateName = useStateName();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  const set = (patch: Partial<RequestFilters>) => onChange({ ...filters, ...patch });
  const list = (v: string | undefined) => (v ? v.split(',').filter(Boolean) : []);
  const hasFilters = Object.entries(filters).some(([k, v]) => k !== 'view' && !!v);
  const range: [dayjs.Dayjs, dayjs.Dayjs] | null =
    filters.receivedFrom && filters.receivedTo
      ? [dayjs(filters.receivedFrom), dayjs(filters.receivedTo)]
      : null;

  return (
    <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="request-filters">
      <Input.Search
        allowClear
        aria-label={t('requests.filters.search')}
        placeholder={t('requests.filters.search')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="request-search"
      />
      {can('customers:read') && (
        <div style={{ width: 200 }}>
          <CustomerPicker
            allowClear
            value={filters.customerId}
            onChange={(v) => set({ customerId: v || undefined })}
          />
        </div>
      )}
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('requests.filters.severity')}
        value={list(filters.severity)}
        onChange={(v: string[]) => set({ severity: v.join(',') || undefined })}
        options={severities.map((s) => ({ value: s, label: s }))}
        style={{ minWidth: 130 }}
        data-testid="filter-severity"
      />
      <Select
        allowClear
        placeholder={t('requests.filters.category')}
        value={filters.category}
        onChange={(v?: string) => set({ category: v })}
        options={requestCategories.map((c) => ({ value: c, label: t(`entitlements.category.${c}`) }))}
        style={{ width: 130 }}
      />
      <Select
        allowClear
        placeholder={t('requests.filters.state')}
        value={filters.state}
        onChange={(v?: string) => set({ state: v })}
        options={(states.data?.states ?? []).map((s) => ({ value: s.key, label: stateName(s.key) }))}
        style={{ width: 130 }}
      />
      {users.data && (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('requests.filters.assignee')}
          value={filters.assigneeId}
          onChange={(v?: string) => set({ assigneeId: v })}
          options={users.data.map((u) => ({ value: u.id, label: u.displayName }))}
          style={{ width: 140 }}
        />
      )}
      <Select
        allowClear
        placeholder={t('requests.filters.team')}
        value={filters.teamId}
        onChange={(v?: string) => set({ teamId: v })}
        options={(teams.data ?? [])
          .filter((tm) => tm.kind === 'service')
          .map((tm) => ({ value: tm.id, label: localName(tm) }))}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('requests.filters.product')}
        value={filters.productId}
        onChange={(v?: string) => set({ productId: v })}
        options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        style={{ width: 150 }}
      />
      <Select
        allowClear
        placeholder={t('requests.filters.coverage')}
        value={filters.coverage}
        onChange={(v?: string) => set({ coverage: v })}
        options={coverages.map((c) => ({ value: c, label: t(`requests.coverage.${c}`) }))}
        style={{ width: 110 }}
      />
      <Select
        allowClear
        placeholder={t('requests.filters.channel')}
        value={filters.channel}
        onChange={(v?: string) => set({ channel: v })}
        options={channels.map((c) => ({ value: c, label: t(`requests.channel.${c}`) }))}
        style={{ width: 110 }}
      />
      <DatePicker.RangePicker
        value={range}
        aria-label={t('requests.filters.received')}
        onChange={(v) =>
          set({
            receivedFrom: v?.[0]?.startOf('day').toISOString(),
            receivedTo: v?.[1]?.endOf('day').toISOString(),
          })
        }
        style={{ width: 240 }}
      />
      <Select
        aria-label={t('requests.filters.sort')}
        value={`${filters.sort ?? 'due'}:${filters.order ?? defaultOrder(filters.sort ?? 'due')}`}
        onChange={(v: string) => {
          const [sort, order] = v.split(':') as [RequestFilters['sort'], RequestFilters['order']];
          set({ sort, order });
        }}
        options={sorts.flatMap((s) =>
          (['asc', 'desc'] as const).map((o) => ({
            value: `${s}:${o}`,
            label: `${t(`requests.sorts.${s}`)} · ${t(`requests.order.${o}`)}`,
          })),
        )}
        style={{ width: 210 }}
        data-testid="request-sort"
      />
      {hasFilters && (
        <Button icon={<ReloadOutlined />} onClick={() => onChange({ view: filters.view })}>
          {t('requests.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
