/** Terms rendered for reading: scope, SLA policy with its L1–L4 targets, data protection, payment, rules, disputes. */
import { Descriptions, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { useProductOptions } from '../../products/products.api';
import { usePolicy } from '../../sla/sla.api';
import { minutesToHours } from '../../sla/sla.format';
import { severities } from '../../sla/sla.types';
import { formatCny } from '../contracts.format';
import { type Installment, normalizeTerms, type TermsVersion } from '../contracts.types';

/** The SLA in force when a terms version took effect (the terms history sends it). */
type SlaThen = NonNullable<TermsVersion['sla']>;

/** Today's policy, or — for an old terms version — the policy version that was in force then. */
function SlaSummary({ policyId, then }: { policyId: string; then?: SlaThen | undefined }) {
  const { t } = useTranslation();
  const today = usePolicy(then ? undefined : policyId);
  const data = then
    ? { name: then.name, version: then.policyVersion, current: { targets: then.targets } }
    : today.data;
  if (!then && today.isLoading) return <Typography.Text type="secondary">…</Typography.Text>;
  if (!data) return <Typography.Text type="secondary">{policyId}</Typography.Text>;
  const h = (m: number | null) => {
    const v = minutesToHours(m);
    return v === null ? t('contracts.terms.notAgreed') : t('contracts.terms.hours', { hours: v });
  };
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="terms-sla-view">
      <Typography.Text strong>
        {data.name} <Typography.Text type="secondary">v{data.version}</Typography.Text>
        {then && (
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }} data-testid="terms-sla-then">
            {' '}
            {t('contracts.terms.slaThen')}
          </Typography.Text>
        )}
      </Typography.Text>
      <DataTable
        size="small"
        pagination={false}
        rowKey="sev"
        style={{ maxWidth: 520 }}
        dataSource={severities.map((sev) => ({ sev, ...data.current.targets[sev] }))}
        columns={[
          { title: '', dataIndex: 'sev', width: 110, render: (s: string) => t(`sla.severity.${s}`) },
          { title: t('contracts.terms.response'), dataIndex: 'responseMinutes', render: h },
          { title: t('contracts.terms.resolution'), dataIndex: 'resolutionMinutes', render: h },
        ]}
      />
    </Space>
  );
}

function CoveredProducts({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const products = useProductOptions();
  if (!ids.length)
    return <Typography.Text type="secondary">{t('contracts.terms.allProducts')}</Typography.Text>;
  const name = (id: string) => products.data?.items.find((p) => p.id === id)?.name ?? id;
  return (
    <Space size={[4, 8]} wrap data-testid="terms-covered-products-view">
      {ids.map((id) => (
        <Tag key={id} color="geekblue">
          {name(id)}
        </Tag>
      ))}
    </Space>
  );
}

export function TermsView({
  terms: raw,
  amount,
  sla,
}: {
  terms: Record<string, unknown>;
  amount?: string;
  /** An old terms version: the SLA targets in force then instead of today's. */
  sla?: SlaThen | null | undefined;
}) {
  const { t } = useTranslation();
  const terms = normalizeTerms(raw);
  const none = <Typography.Text type="secondary">{t('contracts.terms.none')}</Typography.Text>;
  return (
    <Descriptions
      bordered
      column={1}
      size="small"
      styles={{ label: { width: 180 } }}
      data-testid="terms-view"
      items={[
        {
          key: 'scope',
          label: t('contracts.terms.scope'),
          children: terms.scope.length ? (
            <Space size={[4, 8]} wrap>
              {terms.scope.map((s) => (
                <Tag key={s.type} color="blue">
                  {t(`contracts.scopeTypes.${s.type}`)}
                  {s.frequency && ` · ${t(`contracts.frequencies.${s.frequency}`)}`}
                  {s.quota && ` · ≤${s.quota}`}
                  {s.notes && ` · ${s.notes}`}
                </Tag>
              ))}
            </Space>
          ) : (
            none
          ),
        },
        {
          key: 'sla',
          label: t('contracts.terms.sla'),
          children: terms.slaPolicyId ? (
            <SlaSummary policyId={terms.slaPolicyId} then={sla ?? undefined} />
          ) : (
            none
          ),
        },
        {
          key: 'products',
          label: t('contracts.terms.coveredProducts'),
          children: <CoveredProducts ids={terms.coveredProducts.map((p) => p.productId)} />,
        },
        {
          key: 'uptime',
          label: t('contracts.terms.uptime'),
          children: terms.uptimeTargetPercent === null ? none : `≥ ${terms.uptimeTargetPercent}%`,
        },
        {
          key: 'dp',
          label: t('contracts.terms.dataProtection'),
          children: terms.dataProtection
            ? `${t('contracts.terms.backupFrequency')}：${t(`contracts.backupFrequencies.${terms.dataProtection.backupFrequency}`)}；${t('contracts.terms.storageLocation')}：${terms.dataProtection.storageLocation}；${t('contracts.terms.recoveryTimeHours')}：${terms.dataProtection.recoveryTimeHours}`
            : none,
        },
        {
          key: 'upgrades',
          label: t('contracts.terms.upgrades'),
          children: t(`contracts.upgrades.${terms.upgrades}`),
        },
        {
          key: 'payment',
          label: t('contracts.terms.payment'),
          children: (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <span>{t(`contracts.paymentModes.${terms.payment.mode}`)}</span>
              {terms.payment.installments.length > 0 && (
                <DataTable<Installment & { n: number }>
                  size="small"
                  pagination={false}
                  rowKey="n"
                  style={{ maxWidth: 520 }}
                  data-testid="payment-schedule"
                  dataSource={terms.payment.installments.map((i, n) => ({ ...i, n: n + 1 }))}
                  columns={[
                    { title: '#', dataIndex: 'n', width: 40 },
                    { title: t('contracts.terms.dueDate'), dataIndex: 'dueDate' },
                    {
                      title: t('contracts.terms.installmentAmount'),
                      dataIndex: 'amount',
                      align: 'right',
                      render: (a: string) => formatCny(a),
                    },
                    {
                      title: t('contracts.terms.paidAt'),
                      dataIndex: 'paidAt',
                      render: (d?: string | null) => d ?? '—',
                    },
                  ]}
                  summary={() =>
                    amount ? (
                      <DataTable.Summary.Row>
                        <DataTable.Summary.Cell index={0} colSpan={2} />
                        <DataTable.Summary.Cell index={1} align="right">
                          <Typography.Text strong>{formatCny(amount)}</Typography.Text>
                        </DataTable.Summary.Cell>
                        <DataTable.Summary.Cell index={2} />
                      </DataTable.Summary.Row>
                    ) : null
                  }
                />
              )}
            </Space>
          ),
        },
        {
          key: 'penalties',
          label: t('contracts.terms.penalties'),
          children: terms.penalties.length ? (
            <List
              size="small"
              dataSource={terms.penalties}
              renderItem={(p) => (
                <List.Item style={{ padding: '2px 0' }}>
                  {t('contracts.terms.penaltyRule', {
                    metric: t(`contracts.metrics.${p.metric}`),
                    threshold: p.threshold,
                    deduct: p.deductPercent,
                    cap: p.capPercent,
                  })}
                </List.Item>
              )}
            />
          ) : (
            none
          ),
        },
        {
          key: 'rewards',
          label: t('contracts.terms.rewards'),
          children: terms.rewards.length ? (
            <List
              size="small"
              dataSource={terms.rewards}
              renderItem={(r) => (
                <List.Item style={{ padding: '2px 0' }}>
                  {t('contracts.terms.rewardRule', {
                    periods: r.consecutivePeriods,
                    kind: t(`contracts.rewardKinds.${r.kind}`),
                    percent: r.percent,
                  })}
                </List.Item>
              )}
            />
          ) : (
            none
          ),
        },
        {
          key: 'dispute',
          label: t('contracts.terms.dispute'),
          children: (
            <span>
              {terms.dispute.steps.map((s) => t(`contracts.disputeSteps.${s}`)).join(' → ')}
              {terms.dispute.venue && ` （${terms.dispute.venue}）`}
            </span>
          ),
        },
      ]}
    />
  );
}
