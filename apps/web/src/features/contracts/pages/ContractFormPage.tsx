/** Create a draft contract (/contracts/new?customerId=&parentId=) or edit one (/contracts/:id/edit). */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { allFieldErrorsPlaced, applyFieldErrors } from '../../../components/FormErrors';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { useUserOptions } from '../../customers/customers.api';
import { CustomerPicker, ParentContractPicker } from '../components/Pickers';
import { cleanTerms, TermsEditor, useLocalizeTermsError } from '../components/TermsEditor';
import { contractKeys, useContract, useSaveContract } from '../contracts.api';
import { DECIMAL_RE } from '../contracts.format';
import {
  type Contract,
  type ContractInput,
  type ContractPatch,
  contractTypes,
  defaultTerms,
  normalizeTerms,
} from '../contracts.types';

const fields = [
  'number',
  'customerId',
  'type',
  'title',
  'amount',
  'signedDate',
  'startDate',
  'endDate',
  'ownerId',
  'parentId',
  'terms',
];

const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

function ContractForm({ contract }: { contract?: Contract }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ContractInput>();
  const save = useSaveContract();
  const users = useUserOptions();
  const [error, setError] = useState<unknown>(null);
  const localize = useLocalizeTermsError();
  const draft = !contract || contract.state === 'draft';
  const amount = Form.useWatch('amount', form);
  const customerId = Form.useWatch('customerId', form);
  const required = { required: true, message: t('common.required') };

  const initialValues: Partial<ContractInput> = contract
    ? {
        number: contract.number,
        customerId: contract.customerId,
        type: contract.type,
        title: contract.title,
        amount: contract.amount,
        signedDate: contract.signedDate,
        startDate: contract.startDate,
        endDate: contract.endDate,
        ownerId: contract.ownerId ?? undefined,
        parentId: contract.parentId,
        terms: normalizeTerms(contract.terms),
      }
    : {
        customerId: params.get('customerId') ?? undefined,
        parentId: params.get('parentId'),
        type: 'maintenance',
        signedDate: null,
        terms: defaultTerms(),
      };

  const submit = async () => {
    // The whole store, so fields not rendered right now (e.g. nulls) are sent as well.
    const v = form.getFieldsValue(true) as ContractInput;
    const full: ContractInput = {
      number: v.number?.trim(),
      customerId: v.customerId,
      type: v.type,
      title: v.title?.trim(),
      amount: v.amount?.trim(),
      signedDate: v.signedDate ?? null,
      startDate: v.startDate,
      endDate: v.endDate,
      ...(v.ownerId ? { ownerId: v.ownerId } : {}),
      parentId: v.parentId ?? null,
      terms: cleanTerms(v.terms),
    };
    const { customerId: _c, type: _t, ...patch } = full;
    const body: ContractInput | ContractPatch = !contract
      ? full
      : draft
        ? patch
        : { title: full.title, signedDate: full.signedDate, ...(v.ownerId ? { ownerId: v.ownerId } : {}) };
    setError(null);
    try {
      const saved = await save.mutateAsync({ contract, body });
      message.success(t(contract ? 'contracts.saved' : 'contracts.created'));
      navigate(`/contracts/${saved.id}`);
    } catch (err) {
      if (contract && err instanceof ApiError && err.status === 412) {
        message.warning(t('contracts.stale'));
        await qc.invalidateQueries({ queryKey: contractKeys.detail(contract.id) });
        return;
      }
      applyFieldErrors(form, err, fields, localize);
      if (!allFieldErrorsPlaced(err, fields)) setError(err);
    }
  };

  return (
    <Form<ContractInput>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
      scrollToFirstError
      data-testid="contract-form"
    >
      <ErrorAlert error={error} />
      {contract && !draft && (
        <Alert type="info" showIcon title={t('contracts.draftOnlyHint')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="number" label={t('contracts.fields.number')} rules={[required]}>
              <Input maxLength={60} disabled={!draft} autoFocus={!contract} data-testid="contract-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('contracts.fields.title')} rules={[required]}>
              <Input maxLength={300} data-testid="contract-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="customerId" label={t('contracts.fields.customer')} rules={[required]}>
              <CustomerPicker disabled={!!contract} initialLabel={contract?.customerName} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="type" label={t('contracts.fields.type')} rules={[required]}>
              <Select
                disabled={!!contract}
                options={contractTypes.map((x) => ({ value: x, label: t(`contracts.types.${x}`) }))}
                data-testid="contract-type"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="amount"
              label={t('contracts.fields.amount')}
              rules={[required, { pattern: DECIMAL_RE, message: t('contracts.amountInvalid') }]}
            >
              <Input prefix="¥" disabled={!draft} placeholder="128000.00" data-testid="contract-amount" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="signedDate" label={t('contracts.fields.signedDate')} {...dateProps}>
              <DatePicker style={{ width: '100%' }} data-testid="contract-signed" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="startDate"
              label={t('contracts.fields.startDate')}
              rules={[required]}
              {...dateProps}
            >
              <DatePicker style={{ width: '100%' }} disabled={!draft} data-testid="contract-start" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="endDate"
              label={t('contracts.fields.endDate')}
              dependencies={['startDate']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, v?: string) =>
                    !v || !getFieldValue('startDate') || v >= getFieldValue('startDate')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('contracts.endBeforeStart'))),
                }),
              ]}
              {...dateProps}
            >
              <DatePicker style={{ width: '100%' }} disabled={!draft} data-testid="contract-end" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="ownerId" label={t('contracts.fields.owner')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                allowClear
                placeholder={t('contracts.ownerDefault')}
                loading={users.isLoading}
                options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
                data-testid="contract-owner"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="parentId" label={t('contracts.fields.parent')}>
              <ParentContractPicker customerId={customerId} excludeId={contract?.id} disabled={!draft} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      {draft && (
        <Card style={{ marginBottom: 16 }}>
          <TermsEditor amount={amount} />
        </Card>
      )}
      <Flex gap={8} justify="flex-end">
        <Button onClick={() => navigate(contract ? `/contracts/${contract.id}` : '/contracts')}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="contract-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}

export default function ContractFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { data: contract, isLoading, error } = useContract(id);
  if (id && isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (id && error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('contracts.notFound')} />;
  if (id && !contract) return <ErrorAlert error={error} />;
  return (
    <>
      <PageHeader
        crumbs={[
          { title: t('contracts.title'), to: '/contracts' },
          ...(contract ? [{ title: contract.number, to: `/contracts/${contract.id}` }] : []),
          { title: contract ? t('contracts.edit') : t('contracts.new') },
        ]}
        title={contract ? `${t('contracts.edit')} ${contract.number}` : t('contracts.new')}
      />
      {/* Remounts with fresh values when the contract changes (e.g. after a 412 reload). */}
      <ContractForm key={contract ? `${contract.id}:${contract.version}` : 'new'} contract={contract} />
    </>
  );
}
