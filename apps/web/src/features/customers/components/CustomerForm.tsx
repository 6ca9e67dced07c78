import { Col, Form, type FormInstance, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../i18n';
import { useCustomerReference, useFacets, useTeamOptions, useUserOptions } from '../customers.api';
import { type CustomerInput, scales, sources, stages, tiers } from '../customers.types';
import { industryName } from '../reference';
import { DuplicateHint } from './DuplicateHint';
import { RegionCascader } from './RegionCascader';

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/i;

/** Every editable customer field; the API re-validates (credit code checksum, scope of owner and team). */
export function CustomerForm({
  form,
  initialValues,
  onFinish,
  children,
  customerId,
  legacy,
}: {
  form: FormInstance<CustomerInput>;
  initialValues?: Partial<CustomerInput>;
  onFinish: (values: CustomerInput) => void;
  /** Buttons rendered inside the form so Enter in a field submits it. */
  children?: ReactNode;
  /** The customer being edited, left out of the duplicate hint. */
  customerId?: string;
  /** Free text from before region and industry codes, shown under the pickers until a code is picked. */
  legacy?: { region: string | null; industry: string | null };
}) {
  const { t } = useTranslation();
  const facets = useFacets();
  const reference = useCustomerReference();
  const owners = useUserOptions();
  const teams = useTeamOptions();
  const suggest = (values: string[] | undefined) => (values ?? []).map((v) => ({ value: v }));
  const half = { xs: 24, md: 12 };
  const name = Form.useWatch('name', form);
  const creditCode = Form.useWatch('creditCode', form);

  return (
    <Form<CustomerInput>
      form={form}
      layout="vertical"
      initialValues={{ stage: 'lead', tier: 'C', tags: [], ...initialValues }}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="name"
            label={t('customers.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('customers.validation.nameRequired') }]}
          >
            <Input autoFocus maxLength={200} />
          </Form.Item>
          <DuplicateHint name={name} creditCode={creditCode} excludeId={customerId} />
        </Col>
        <Col {...half}>
          <Form.Item
            name="creditCode"
            label={t('customers.fields.creditCode')}
            tooltip={t('customers.creditCodeHint')}
            rules={[{ pattern: CREDIT_CODE, message: t('customers.validation.creditCode') }]}
            normalize={(v?: string) => v?.toUpperCase()}
          >
            <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="industryCode"
            label={t('customers.fields.industry')}
            extra={legacy?.industry ? t('customers.legacyValue', { value: legacy.industry }) : undefined}
          >
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={reference.isLoading}
              options={(reference.data?.industries ?? []).map((i) => ({
                value: i.code,
                label: `${i.code} ${industryName(reference.data, i.code)}`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="stage" label={t('customers.fields.stage')}>
            <Select options={stages.map((s) => ({ value: s, label: t(`customers.stages.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="tier" label={t('customers.fields.tier')} tooltip={t('customers.tierHint')}>
            <Select options={tiers.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="scale" label={t('customers.fields.scale')}>
            <Select
              allowClear
              options={scales.map((s) => ({ value: s, label: t(`customers.scales.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="source" label={t('customers.fields.source')}>
            <Select
              allowClear
              options={sources.map((s) => ({ value: s, label: t(`customers.sources.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="regionCode"
            label={t('customers.fields.region')}
            extra={legacy?.region ? t('customers.legacyValue', { value: legacy.region }) : undefined}
          >
            <RegionCascader />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="address" label={t('customers.fields.address')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="ownerId" label={t('customers.fields.owner')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('customers.defaultOwner')}
              loading={owners.isLoading}
              options={(owners.data ?? []).map((u) => ({
                value: u.id,
                label: `${u.displayName} (${u.username})`,
              }))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="teamId" label={t('customers.fields.team')}>
            <Select
              allowClear
              placeholder={t('customers.defaultTeam')}
              loading={teams.isLoading}
              options={(teams.data ?? []).map((team) => ({ value: team.id, label: localName(team) }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="tags" label={t('customers.fields.tags')}>
            <Select
              mode="tags"
              tokenSeparators={[',', '，', ';']}
              options={suggest(facets.data?.tags).map((o) => ({ ...o, label: o.value }))}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('customers.fields.notes')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
          </Form.Item>
        </Col>
      </Row>
      {children}
    </Form>
  );
}

/** Form values → API body: blank optional text becomes null so clearing a field really clears it. */
export function toCustomerBody(values: CustomerInput): CustomerInput {
  const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
  return {
    ...values,
    name: values.name.trim(),
    creditCode: blank(values.creditCode),
    industryCode: values.industryCode ?? null,
    regionCode: values.regionCode ?? null,
    address: blank(values.address),
    notes: blank(values.notes),
    scale: values.scale ?? null,
    source: values.source ?? null,
    ownerId: values.ownerId ?? null,
    teamId: values.teamId ?? null,
    tags: values.tags ?? [],
  };
}

/** Server messages about the credit code, in the interface language. */
export function useLocalizeCustomerError() {
  const { t } = useTranslation();
  return (field: string, message: string) => {
    if (field !== 'creditCode') return message;
    if (/check character/i.test(message)) return t('customers.validation.creditCodeChecksum');
    if (/18 characters|not allowed/i.test(message)) return t('customers.validation.creditCode');
    return message;
  };
}
