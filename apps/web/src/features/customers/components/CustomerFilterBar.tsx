import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../i18n';
import { useCustomerReference, useFacets, useTeamOptions, useUserOptions } from '../customers.api';
import { type CustomerFilters, type IndustryCode, stages, tiers } from '../customers.types';
import { industryName } from '../reference';
import { RegionCascader } from './RegionCascader';

/** Search box and filters of the customer list; every change starts again from page one. */
export function CustomerFilterBar({
  filters,
  onChange,
}: {
  filters: CustomerFilters;
  onChange: (next: CustomerFilters) => void;
}) {
  const { t } = useTranslation();
  const facets = useFacets();
  const reference = useCustomerReference();
  const owners = useUserOptions();
  const teams = useTeamOptions();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);

  const set = (patch: Partial<CustomerFilters>) => onChange({ ...filters, ...patch });
  const toOptions = (values: string[] | undefined) => (values ?? []).map((v) => ({ value: v, label: v }));
  const hasFilters = Object.entries(filters).some(
    ([k, v]) => k !== 'sort' && (Array.isArray(v) ? v.length > 0 : !!v),
  );

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t('customers.search')}
        placeholder={t('customers.searchPlaceholder')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onSearch={(value) => set({ q: value.trim() || undefined })}
        style={{ width: 280 }}
        enterButton
        data-testid="customer-search"
      />
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('customers.fields.stage')}
        value={filters.stage ?? []}
        onChange={(v) => set({ stage: v })}
        options={stages.map((s) => ({ value: s, label: t(`customers.stages.${s}`) }))}
        style={{ minWidth: 150 }}
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('customers.fields.tier')}
        value={filters.tier ?? []}
        onChange={(v) => set({ tier: v })}
        options={tiers.map((s) => ({ value: s, label: s }))}
        style={{ minWidth: 110 }}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('customers.fields.industry')}
        value={filters.industryCode}
        onChange={(v?: IndustryCode) => set({ industryCode: v })}
        options={(reference.data?.industries ?? []).map((i) => ({
          value: i.code,
          label: industryName(reference.data, i.code),
        }))}
        popupMatchSelectWidth={false}
        style={{ width: 140 }}
      />
      <RegionCascader
        depth="city"
        placeholder={t('customers.fields.region')}
        value={filters.regionCode}
        onChange={(code) => set({ regionCode: code ?? undefined })}
        style={{ width: 170 }}
      />
      {owners.data && (
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('customers.fields.owner')}
          value={filters.ownerId}
          onChange={(v?: string) => set({ ownerId: v })}
          options={owners.data.map((u) => ({ value: u.id, label: u.displayName }))}
          style={{ width: 140 }}
        />
      )}
      {teams.data && (
        <Select
          allowClear
          placeholder={t('customers.fields.team')}
          value={filters.teamId}
          onChange={(v?: string) => set({ teamId: v })}
          options={teams.data.map((team) => ({ value: team.id, label: localName(team) }))}
          style={{ width: 150 }}
        />
      )}
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('customers.fields.tags')}
        value={filters.tag ?? []}
        onChange={(v) => set({ tag: v })}
        options={toOptions(facets.data?.tags)}
        style={{ minWidth: 140 }}
      />
      {hasFilters && (
        <Button icon={<ReloadOutlined />} onClick={() => onChange({ sort: filters.sort })}>
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  );
}
