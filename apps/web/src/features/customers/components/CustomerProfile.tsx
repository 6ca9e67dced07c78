import { Descriptions, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useCustomerReference } from '../customers.api';
import type { CustomerDetail } from '../customers.types';
import { industryLabel } from '../reference';
import { StageTag, TierTag } from './StageTag';

export function CustomerProfile({ customer: c }: { customer: CustomerDetail }) {
  const { t } = useTranslation();
  const dash = (v: string | null | undefined) => v || '—';
  const reference = useCustomerReference();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      styles={{ label: { width: 160 } }}
      items={[
        { key: 'name', label: t('customers.fields.name'), children: c.name, span: 2 },
        {
          key: 'creditCode',
          label: t('customers.fields.creditCode'),
          children: <Typography.Text copyable={!!c.creditCode}>{dash(c.creditCode)}</Typography.Text>,
        },
        {
          key: 'industry',
          label: t('customers.fields.industry'),
          children: industryLabel(reference.data, c),
        },
        { key: 'stage', label: t('customers.fields.stage'), children: <StageTag stage={c.stage} /> },
        { key: 'tier', label: t('customers.fields.tier'), children: <TierTag tier={c.tier} /> },
        {
          key: 'scale',
          label: t('customers.fields.scale'),
          children: c.scale ? t(`customers.scales.${c.scale}`) : '—',
        },
        {
          key: 'source',
          label: t('customers.fields.source'),
          children: c.source ? t(`customers.sources.${c.source}`) : '—',
        },
        { key: 'region', label: t('customers.fields.region'), children: dash(c.region) },
        { key: 'address', label: t('customers.fields.address'), children: dash(c.address) },
        { key: 'owner', label: t('customers.fields.owner'), children: dash(c.ownerName) },
        {
          key: 'team',
          label: t('customers.fields.team'),
          children: dash(currentLocale() === 'en' ? c.teamNameEn : c.teamName),
        },
        {
          key: 'tags',
          label: t('customers.fields.tags'),
          span: 2,
          children: c.tags.length ? c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—',
        },
        {
          key: 'notes',
          label: t('customers.fields.notes'),
          span: 2,
          children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(c.notes)}</span>,
        },
        {
          key: 'createdAt',
          label: t('customers.fields.createdAt'),
          children: dayjs(c.createdAt).format('YYYY-MM-DD HH:mm'),
        },
        {
          key: 'updatedAt',
          label: t('customers.fields.updatedAt'),
          children: dayjs(c.updatedAt).format('YYYY-MM-DD HH:mm'),
        },
      ]}
    />
  );
}
