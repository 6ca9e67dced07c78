import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCustomerReference } from '../customers.api';
import type { RegionNode } from '../customers.types';
import { provincesAndCities, regionPathOf } from '../reference';

const fieldNames = { label: 'name', value: 'code', children: 'children' } as const;

/**
 * GB/T 2260 province → city → district picker holding one code (the deepest
 * level picked; any level may be picked). `depth="city"` stops at cities (the list filter).
 */
export function RegionCascader({
  value,
  onChange,
  depth = 'district',
  placeholder,
  style,
  id,
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  depth?: 'city' | 'district';
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
}) {
  const { t } = useTranslation();
  const ref = useCustomerReference();
  const tree = ref.data?.regions ?? [];
  const options: RegionNode[] = depth === 'city' ? provincesAndCities(tree) : tree;
  return (
    <Cascader<RegionNode>
      id={id}
      data-testid="region-cascader"
      options={options}
      fieldNames={fieldNames}
      value={regionPathOf(tree, value)}
      onChange={(path) => onChange?.(path?.length ? String(path.at(-1)) : null)}
      changeOnSelect
      allowClear
      loading={ref.isLoading}
      placeholder={placeholder ?? t('customers.regionPlaceholder')}
      showSearch={{
        filter: (input, path) => path.some((o) => o.name.includes(input.trim())),
        limit: 50,
      }}
      style={style}
    />
  );
}
