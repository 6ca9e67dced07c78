/** Search-as-you-type pickers for the contract form: customers (GET /customers?q=) and a customer's contracts. */
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../../api/client';
import type { Customer } from '../../customers/customers.types';
import type { ContractPage } from '../contracts.types';

export function CustomerPicker({
  value,
  onChange,
  initialLabel,
  disabled,
  allowClear,
  id,
}: {
  value?: string;
  onChange?: (v: string) => void;
  allowClear?: boolean;
  initialLabel?: string;
  disabled?: boolean;
  id?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['customers', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<Customer>>('/customers', { query: { q, limit: 20 }, signal }),
    enabled: !disabled,
  });
  const options = (data?.items ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      options={options}
      loading={isFetching}
      disabled={disabled}
      allowClear={allowClear}
      style={{ width: '100%' }}
      placeholder={t('contracts.searchCustomer')}
      data-testid="contract-customer"
    />
  );
}

/** Contracts of one customer, to link a renewal to the contract it renews. */
export function ParentContractPicker({
  customerId,
  excludeId,
  value,
  onChange,
  disabled,
  id,
}: {
  customerId?: string;
  excludeId?: string;
  disabled?: boolean;
  value?: string | null;
  onChange?: (v: string | null) => void;
  id?: string;
}) {
  const { data, isFetching } = useQuery({
    queryKey: ['contracts', 'customer', customerId ?? '', 'picker'],
    queryFn: ({ signal }) =>
      api.get<ContractPage>(`/customers/${customerId}/contracts`, { query: { limit: 100 }, signal }),
    enabled: !!customerId,
  });
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={isFetching}
      disabled={disabled || !customerId}
      options={(data?.items ?? [])
        .filter((c) => c.id !== excludeId)
        .map((c) => ({ value: c.id, label: `${c.number} ${c.title}` }))}
    />
  );
}
