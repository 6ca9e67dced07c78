/**
 * The entitlement check (服务权益查询, SPEC §5): pick a customer (unless the
 * panel sits on a customer page), a deployment, a request category and a time,
 * and see whether a contract, a warranty or nothing covers it — with the SLA
 * targets that would apply and the reasons (WHY), translated by reason code.
 */
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { minutesToHours } from '../../sla/sla.format';
import {
  type Entitlement,
  type EntitlementQuery,
  type EntitlementReason,
  type RequestCategory,
  requestCategories,
  severityLevels,
  type Target,
  useCustomerSearch,
  useDeploymentOptions,
  useEntitlement,
} from '../entitlements.api';

const coverageColor = { contract: 'success', warranty: 'processing', billable: 'warning' } as const;

function CustomerSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, isFetching } = useCustomerSearch(q);
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={isFetching}
      placeholder={t('entitlements.searchCustomer')}
      options={(data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      data-testid="entitlement-customer"
    />
  );
}

function DeploymentSelect({
  id,
  customerId,
  value,
  onChange,
}: {
  id?: string;
  customerId: string | undefined;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const { t } = useTranslation();
  const { data, isLoading } = useDeploymentOptions(customerId);
  return (
    <Select
      id={id}
      value={value ?? ''}
      onChange={onChange}
      loading={isLoading && !!customerId}
      disabled={!customerId}
      data-testid="entitlement-deployment"
      options={[
        { value: '', label: t('entitlements.anyDeployment') },
        ...(data?.items ?? []).map((d) => ({
          value: d.id,
          label: `${d.productName} ${d.versionName} · ${t(`deployments.environment.${d.environment}`)}`,
        })),
      ]}
    />
  );
}

function reasonText(t: (k: string, o?: Record<string, unknown>) => string, r: EntitlementReason) {
  return t(`entitlements.reason.${r.code}`, { ...r.data, defaultValue: r.message });
}

function TargetsTable({ targets }: { targets: Record<string, Target> }) {
  const { t } = useTranslation();
  const hours = (m: number | null) =>
    m === null ? t('entitlements.asAgreed') : t('entitlements.hours', { h: minutesToHours(m) });
  return (
    <DataTable
      size="small"
      pagination={false}
      rowKey="level"
      data-testid="entitlement-targets"
      dataSource={severityLevels.map((level) => ({ level, ...targets[level] }))}
      columns={[
        { title: t('entitlements.level'), dataIndex: 'level', width: 80 },
        { title: t('entitlements.response'), dataIndex: 'responseMinutes', render: hours },
        { title: t('entitlements.resolution'), dataIndex: 'resolutionMinutes', render: hours },
      ]}
    />
  );
}

export function EntitlementResult({ result }: { result: Entitlement }) {
  const { t } = useTranslation();
  const c = result.contract;
  const w = result.warranty;
  return (
    <Flex vertical gap={12} data-testid="entitlement-result">
      <Flex gap={8} align="center" wrap>
        <Tag
          color={coverageColor[result.coverage]}
          style={{ fontSize: 14, padding: '2px 10px' }}
          data-testid="entitlement-coverage"
        >
          {t(`entitlements.coverage.${result.coverage}`)}
        </Tag>
        <Typography.Text type="secondary">
          {t('entitlements.coverageDate', { date: result.date })}
        </Typography.Text>
      </Flex>
      <Descriptions size="small" column={1} bordered>
        {c && (
          <Descriptions.Item label={t('entitlements.contract')}>
            <Link to={`/contracts/${c.id}`} data-testid="entitlement-contract-number">
              {c.number}
            </Link>{' '}
            {c.title}
            <div>
              <Typography.Text type="secondary">
                {t('entitlements.contractPeriod', {
                  start: c.startDate,
                  end: c.endDate,
                  version: c.termsVersion,
                })}
              </Typography.Text>
            </div>
          </Descriptions.Item>
        )}
        {c && (
          <Descriptions.Item label={t('entitlements.policy')}>
            <span data-testid="entitlement-policy">{c.policyName ?? t('entitlements.noPolicy')}</span>
          </Descriptions.Item>
        )}
        {c?.calendarName && (
          <Descriptions.Item label={t('entitlements.calendar')}>{c.calendarName}</Descriptions.Item>
        )}
        {w && (
          <Descriptions.Item label={t('entitlements.warranty')}>
            {t('entitlements.warrantyPeriod', { product: w.productName, start: w.startDate, end: w.endDate })}
          </Descriptions.Item>
        )}
        {result.feeCategory && (
          <Descriptions.Item label={t('entitlements.feeCategory')}>
            <span data-testid="entitlement-fee">
              {t(`entitlements.fee.${result.feeCategory}`, { defaultValue: result.feeCategory })}
            </span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {c?.targets && <TargetsTable targets={c.targets} />}
      <div>
        <Typography.Text strong>{t('entitlements.reasons')}</Typography.Text>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }} data-testid="entitlement-reasons">
          {result.reasons.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons have no id and never reorder.
            <li key={i} title={r.message}>
              {reasonText(t, r)}
            </li>
          ))}
        </ul>
      </div>
    </Flex>
  );
}

interface Values {
  customerId?: string;
  deploymentId?: string;
  category: RequestCategory;
  at: Dayjs;
}

/** The form and its result; `customerId` fixes the customer (customer page), else a picker is shown. */
export function EntitlementCheckPanel({ customerId: fixed }: { customerId?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const picked = Form.useWatch('customerId', form);
  const customerId = fixed ?? picked;
  const [query, setQuery] = useState<EntitlementQuery | null>(null);
  const { data, error, isFetching } = useEntitlement(query);

  const submit = (v: Values) => {
    const id = fixed ?? v.customerId;
    if (!id) return;
    setQuery({
      customerId: id,
      deploymentId: v.deploymentId || undefined,
      category: v.category,
      at: (v.at ?? dayjs()).format(),
    });
  };

  return (
    <Flex vertical gap={16} data-testid="entitlement-panel">
      <Form<Values>
        form={form}
        name="entitlement"
        layout="vertical"
        initialValues={{ category: 'defect', at: dayjs(), deploymentId: '' }}
        onFinish={submit}
        onValuesChange={(changed) => {
          if ('customerId' in changed) form.setFieldValue('deploymentId', '');
        }}
      >
        <Flex gap={12} wrap align="flex-end">
          {!fixed && (
            <Form.Item
              name="customerId"
              label={t('entitlements.fields.customer')}
              rules={[{ required: true, message: t('entitlements.pickCustomer') }]}
              style={{ width: 260, marginBottom: 0 }}
            >
              <CustomerSelect />
            </Form.Item>
          )}
          <Form.Item
            name="deploymentId"
            label={t('entitlements.fields.deployment')}
            style={{ width: 280, marginBottom: 0 }}
          >
            <DeploymentSelect customerId={customerId} />
          </Form.Item>
          <Form.Item
            name="category"
            label={t('entitlements.fields.category')}
            style={{ width: 180, marginBottom: 0 }}
          >
            <Select
              data-testid="entitlement-category"
              options={requestCategories.map((c) => ({ value: c, label: t(`entitlements.category.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="at" label={t('entitlements.fields.at')} style={{ width: 200, marginBottom: 0 }}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              allowClear={false}
              style={{ width: '100%' }}
            />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" htmlType="submit" loading={isFetching}>
              {t('entitlements.check')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      <ErrorAlert error={error} />
      {data && query && <EntitlementResult result={data} />}
      {!data && !error && !fixed && !customerId && (
        <Alert type="info" showIcon message={t('entitlements.pickCustomer')} />
      )}
    </Flex>
  );
}

/** The panel as a card under a customer's deployments; nothing for users who may not check entitlements. */
export function EntitlementCheckCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  if (!can('entitlements:check')) return null;
  return (
    <Card title={t('entitlements.card')} size="small" style={{ marginTop: 16 }}>
      <EntitlementCheckPanel customerId={customerId} />
    </Card>
  );
}
