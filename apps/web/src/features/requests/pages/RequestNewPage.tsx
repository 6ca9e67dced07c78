/**
 * /requests/new — an agent logs a phone call as a service request. The
 * entitlement preview follows the customer, deployment and category as they
 * change; the form carries one Idempotency-Key, so a double click (or a retry
 * after a lost answer) logs the request once.
 */
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, Row, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, api } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { allFieldErrorsPlaced, applyFieldErrors } from '../../../components/FormErrors';
import { PageHeader } from '../../../components/PageHeader';
import { CustomerPicker } from '../../contracts/components/Pickers';
import { customerKeys } from '../../customers/customers.api';
import type { CustomerDetail } from '../../customers/customers.types';
import { EntitlementResult } from '../../entitlements/components/EntitlementCheckPanel';
import {
  type RequestCategory,
  requestCategories,
  useDeploymentOptions,
  useEntitlement,
} from '../../entitlements/entitlements.api';
import { useProductOptions } from '../../products/products.api';
import { useCreateRequest } from '../requests.api';
import { type Channel, channels, type RequestInput, type Severity, severities } from '../requests.types';

interface FormValues {
  customerId?: string;
  contactId?: string;
  deploymentId?: string;
  productId?: string;
  channel: Channel;
  category: RequestCategory;
  severity: Severity;
  subject: string;
  description?: string;
  environment?: string;
  reproductionSteps?: string;
  impactScope?: string;
  tags?: string[];
}

const fields = [
  'customerId',
  'contactId',
  'deploymentId',
  'productId',
  'channel',
  'category',
  'severity',
  'subject',
  'description',
  'environment',
  'reproductionSteps',
  'impactScope',
  'tags',
];

const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function EntitlementPreview({
  customerId,
  deploymentId,
  productId,
  category,
}: {
  customerId?: string;
  deploymentId?: string;
  productId?: string;
  category?: RequestCategory;
}) {
  const { t } = useTranslation();
  // The instant is fixed per selection so the preview does not refetch every render.
  const query = useMemo(
    () =>
      customerId && category
        ? {
            customerId,
            deploymentId: deploymentId || undefined,
            // A deployment implies its product; the server refuses a product that contradicts it.
            productId: (!deploymentId && productId) || undefined,
            category,
            at: dayjs().format(),
          }
        : null,
    [customerId, deploymentId, productId, category],
  );
  const { data, isFetching, error } = useEntitlement(query);
  return (
    <Card title={t('requests.intake.entitlement')} size="small" data-testid="intake-entitlement">
      {!query ? (
        <Typography.Text type="secondary">{t('requests.intake.entitlementHint')}</Typography.Text>
      ) : isFetching && !data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : data ? (
        <EntitlementResult result={data} />
      ) : null}
    </Card>
  );
}

export default function RequestNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateRequest();
  const idempotencyKey = useRef(newKey());
  const [error, setError] = useState<unknown>(null);
  const customerId = Form.useWatch('customerId', form);
  const deploymentId = Form.useWatch('deploymentId', form);
  const productId = Form.useWatch('productId', form);
  const category = Form.useWatch('category', form);
  const customer = useQuery({
    queryKey: customerKeys.detail(customerId ?? ''),
    queryFn: ({ signal }) => api.get<CustomerDetail>(`/customers/${customerId}`, { signal }),
    enabled: !!customerId,
  });
  const deployments = useDeploymentOptions(customerId);
  const products = useProductOptions();

  const submit = async (v: FormValues) => {
    if (create.isPending) return;
    setError(null);
    const body: RequestInput = {
      customerId: v.customerId ?? '',
      contactId: v.contactId || undefined,
      deploymentId: v.deploymentId || undefined,
      productId: v.productId || undefined,
      channel: v.channel,
      category: v.category,
      severity: v.severity,
      subject: v.subject.trim(),
      description: v.description?.trim() || undefined,
      environment: v.environment?.trim() || undefined,
      reproductionSteps: v.reproductionSteps?.trim() || undefined,
      impactScope: v.impactScope?.trim() || undefined,
      tags: v.tags?.length ? v.tags : undefined,
    };
    try {
      const created = await create.mutateAsync({ body, idempotencyKey: idempotencyKey.current });
      message.success(t('requests.created', { number: created.number }));
      navigate(`/requests/${created.id}`, { replace: true });
    } catch (err) {
      // The server answered: the same key with a corrected body would be refused, so take a new one.
      // A network failure keeps the key: the retry may find the request already created.
      if (err instanceof ApiError) idempotencyKey.current = newKey();
      applyFieldErrors(form, err, fields);
      if (!allFieldErrorsPlaced(err, fields)) setError(err);
    }
  };

  const deploymentOptions = (deployments.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.productName} ${d.versionName} · ${t(`deployments.environment.${d.environment}`)}`,
  }));

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('requests.title'), to: '/requests' }, { title: t('requests.new') }]}
        title={t('requests.newTitle')}
      />
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <Card>
            <ErrorAlert error={error} />
            <Form<FormValues>
              form={form}
              layout="vertical"
              onFinish={submit}
              data-testid="intake-form"
              initialValues={{
                customerId: params.get('customerId') ?? undefined,
                channel: 'phone',
                category: 'incident',
                severity: 'L3',
              }}
              onValuesChange={(changed: Partial<FormValues>) => {
                if ('customerId' in changed)
                  form.setFieldsValue({ contactId: undefined, deploymentId: undefined });
                if ('deploymentId' in changed) {
                  const d = deployments.data?.items.find((x) => x.id === changed.deploymentId);
                  if (d) form.setFieldsValue({ productId: d.productId });
                }
              }}
            >
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="customerId"
                    label={t('requests.fields.customer')}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <CustomerPicker initialLabel={customer.data?.name} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="contactId" label={t('requests.fields.contact')}>
                    <Select
                      allowClear
                      disabled={!customerId}
                      placeholder={t('requests.intake.noContact')}
                      options={(customer.data?.contacts ?? []).map((c) => ({
                        value: c.id,
                        label: [c.name, c.phones[0]].filter(Boolean).join(' · '),
                      }))}
                      data-testid="intake-contact"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="deploymentId" label={t('requests.fields.deployment')}>
                    <Select
                      allowClear
                      disabled={!customerId}
                      placeholder={t('requests.intake.noDeployment')}
                      options={deploymentOptions}
                      data-testid="intake-deployment"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="productId" label={t('requests.fields.product')}>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="channel" label={t('requests.fields.channel')} rules={[{ required: true }]}>
                    <Select
                      options={channels
                        .filter((c) => c !== 'portal')
                        .map((c) => ({ value: c, label: t(`requests.channel.${c}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="category"
                    label={t('requests.fields.category')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      data-testid="intake-category"
                      options={requestCategories.map((c) => ({
                        value: c,
                        label: t(`entitlements.category.${c}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="severity"
                    label={t('requests.fields.severity')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      data-testid="intake-severity"
                      options={severities.map((s) => ({ value: s, label: t(`requests.severity.${s}`) }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="subject"
                label={t('requests.fields.subject')}
                rules={[{ required: true, whitespace: true, message: t('common.required') }]}
              >
                <Input maxLength={300} data-testid="intake-subject" />
              </Form.Item>
              <Form.Item name="description" label={t('requests.fields.description')}>
                <Input.TextArea rows={4} maxLength={20000} data-testid="intake-description" />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="environment" label={t('requests.fields.environment')}>
                    <Input.TextArea rows={2} maxLength={5000} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="impactScope" label={t('requests.fields.impactScope')}>
                    <Input.TextArea rows={2} maxLength={5000} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="reproductionSteps" label={t('requests.fields.reproductionSteps')}>
                <Input.TextArea rows={3} maxLength={10000} />
              </Form.Item>
              <Form.Item name="tags" label={t('requests.fields.tags')} extra={t('requests.intake.tagsHint')}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，']} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="intake-submit">
                {t('requests.intake.submit')}
              </Button>
              <Typography.Text type="secondary" style={{ marginInlineStart: 12, fontSize: 12 }}>
                {t('requests.intake.duplicateSafe')}
              </Typography.Text>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <EntitlementPreview
            customerId={customerId}
            deploymentId={deploymentId}
            productId={productId}
            category={category}
          />
        </Col>
      </Row>
    </>
  );
}
