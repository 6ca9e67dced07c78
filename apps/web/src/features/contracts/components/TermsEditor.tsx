/**
 * The terms editor (SPEC §4), used inside a Form whose `terms` field holds
 * the API's terms object, so server field errors (['body','terms',...]) land
 * on the right input. Used by the contract form and by change requests.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useProductOptions } from '../../products/products.api';
import { usePolicies } from '../../sla/sla.api';
import { DECIMAL_RE, formatFen, sumFen, toFen } from '../contracts.format';
import { backupFrequencies, disputeSteps, type Installment, type Terms } from '../contracts.types';
import { ListErrors, ListHeader, RuleListsEditor } from './RuleListsEditor';
import { ScopeEditor } from './ScopeEditor';

/** Date-only strings in the form store, Dayjs in the picker. */
const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};

/** The terms as the API wants them: ordered dispute steps, no installments on one-time payment. */
export function cleanTerms(terms: Terms): Terms {
  const installments = (terms.payment.installments ?? []).map((i: Installment) => ({
    dueDate: i.dueDate,
    amount: String(i.amount ?? '').trim(),
    paidAt: i.paidAt ?? null,
  }));
  return {
    ...terms,
    uptimeTargetPercent: terms.uptimeTargetPercent ?? null,
    payment: {
      mode: terms.payment.mode,
      installments: terms.payment.mode === 'installments' ? installments : [],
    },
    dispute: {
      steps: disputeSteps.filter((s) => terms.dispute.steps.includes(s)),
      ...(terms.dispute.venue?.trim() ? { venue: terms.dispute.venue.trim() } : {}),
    },
  };
}

/** Server messages on terms that have a localized equivalent. */
export function useLocalizeTermsError() {
  const { t } = useTranslation();
  return (_field: string, message: string) =>
    message.startsWith('Installments add up to') ? t('contracts.terms.sumMismatch') : message;
}

function InstallmentSum({ amount }: { amount: string | undefined }) {
  const { t } = useTranslation();
  const rows = Form.useWatch(['terms', 'payment', 'installments']) as Installment[] | undefined;
  const sum = sumFen((rows ?? []).map((r) => r?.amount));
  const total = toFen(amount);
  const ok = sum !== null && total !== null && sum === total;
  return (
    <Typography.Text type={ok ? 'success' : 'danger'} data-testid="installment-sum">
      {t('contracts.terms.sum', {
        sum: sum === null ? '—' : formatFen(sum),
        amount: total === null ? '—' : formatFen(total),
      })}
      {' · '}
      {ok
        ? t('contracts.terms.sumOk')
        : sum !== null && total !== null
          ? t('contracts.terms.sumDiff', { diff: formatFen(sum - total) })
          : ''}
    </Typography.Text>
  );
}

export function TermsEditor({
  amount,
}: {
  /** The contract amount the installments must add up to. */ amount?: string;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const policies = usePolicies();
  const mode = Form.useWatch(['terms', 'payment', 'mode']);
  const dataProtection = Form.useWatch(['terms', 'dataProtection']);
  const required = { required: true, message: t('common.required') };
  const percent = { min: 0, max: 100, style: { width: '100%' } };

  return (
    <div data-testid="terms-editor">
      <Divider titlePlacement="start">{t('contracts.terms.scope')}</Divider>
      <Form.Item name={['terms', 'scope']} noStyle>
        <ScopeEditor />
      </Form.Item>
      <CoveredProductsField />

      <Divider titlePlacement="start">{t('contracts.terms.sla')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={['terms', 'slaPolicyId']}
            label={t('contracts.terms.sla')}
            extra={t('contracts.terms.slaHint')}
          >
            <Select
              allowClear
              loading={policies.isLoading}
              placeholder={t('contracts.terms.slaNone')}
              options={(policies.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              data-testid="terms-sla"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['terms', 'uptimeTargetPercent']} label={t('contracts.terms.uptime')}>
            <InputNumber {...percent} step={0.1} placeholder="99.5" data-testid="terms-uptime" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name={['terms', 'upgrades']} label={t('contracts.terms.upgrades')} rules={[required]}>
            <Select
              options={(['included', 'charged'] as const).map((u) => ({
                value: u,
                label: t(`contracts.upgrades.${u}`),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('contracts.terms.dataProtection')}</Divider>
      <Flex gap={8} align="center" style={{ marginBottom: 12 }}>
        <Switch
          checked={!!dataProtection}
          aria-label={t('contracts.terms.dataProtectionOn')}
          onChange={(on) =>
            form.setFieldValue(
              ['terms', 'dataProtection'],
              on ? { backupFrequency: 'daily', storageLocation: '', recoveryTimeHours: 24 } : null,
            )
          }
          data-testid="terms-data-protection"
        />
        <span>{t('contracts.terms.dataProtectionOn')}</span>
      </Flex>
      {dataProtection && (
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item
              name={['terms', 'dataProtection', 'backupFrequency']}
              label={t('contracts.terms.backupFrequency')}
              rules={[required]}
            >
              <Select
                options={backupFrequencies.map((f) => ({
                  value: f,
                  label: t(`contracts.backupFrequencies.${f}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['terms', 'dataProtection', 'storageLocation']}
              label={t('contracts.terms.storageLocation')}
              rules={[required]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name={['terms', 'dataProtection', 'recoveryTimeHours']}
              label={t('contracts.terms.recoveryTimeHours')}
              rules={[required]}
            >
              <InputNumber min={0} max={8760} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}

      <Divider titlePlacement="start">{t('contracts.terms.payment')}</Divider>
      <Form.Item name={['terms', 'payment', 'mode']} rules={[required]}>
        <Radio.Group
          options={(['one_time', 'installments'] as const).map((m) => ({
            value: m,
            label: t(`contracts.paymentModes.${m}`),
          }))}
          data-testid="terms-payment-mode"
        />
      </Form.Item>
      {mode === 'installments' && (
        <Form.List name={['terms', 'payment', 'installments']}>
          {(fields, { add, remove }, { errors }) => (
            <div data-testid="installments">
              {fields.length > 0 && (
                <ListHeader
                  columns={[
                    { label: '', width: 28 },
                    { label: t('contracts.terms.dueDate'), width: 150 },
                    { label: t('contracts.terms.installmentAmount'), width: 180 },
                    { label: t('contracts.terms.paidAt'), width: 150 },
                  ]}
                />
              )}
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="flex-start" wrap>
                  <Typography.Text style={{ width: 28, lineHeight: '32px' }}>{index + 1}.</Typography.Text>
                  <Form.Item name={[field.name, 'dueDate']} rules={[required]} {...dateProps}>
                    <DatePicker
                      style={{ width: 150 }}
                      placeholder={t('contracts.terms.dueDate')}
                      aria-label={t('contracts.terms.dueDate')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'amount']}
                    rules={[required, { pattern: DECIMAL_RE, message: t('contracts.amountInvalid') }]}
                  >
                    <Input
                      prefix="¥"
                      style={{ width: 180 }}
                      placeholder={t('contracts.terms.installmentAmount')}
                      aria-label={t('contracts.terms.installmentAmount')}
                      data-testid={`installment-amount-${index}`}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'paidAt']} {...dateProps}>
                    <DatePicker
                      style={{ width: 150 }}
                      placeholder={t('contracts.terms.paidAt')}
                      aria-label={t('contracts.terms.paidAt')}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <ListErrors errors={errors} />
              <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ dueDate: null, amount: '', paidAt: null })}
                  data-testid="add-installment"
                >
                  {t('contracts.terms.addInstallment')}
                </Button>
                <InstallmentSum amount={amount} />
              </Flex>
            </div>
          )}
        </Form.List>
      )}

      <RuleListsEditor />

      <Divider titlePlacement="start">{t('contracts.terms.dispute')}</Divider>
      <Form.Item
        name={['terms', 'dispute', 'steps']}
        label={t('contracts.terms.disputeSteps')}
        rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}
      >
        <Checkbox.Group
          options={disputeSteps.map((s) => ({ value: s, label: t(`contracts.disputeSteps.${s}`) }))}
        />
      </Form.Item>
      <Form.Item name={['terms', 'dispute', 'venue']} label={t('contracts.terms.venue')}>
        <Input maxLength={500} />
      </Form.Item>
    </div>
  );
}

type CoveredProduct = Terms['coveredProducts'][number];

/**
 * The products the contract covers (a CRM contract does not cover the ERP):
 * picked by product; an entry's deployment and module limits set through the
 * API are kept when the product stays picked. None = every product.
 */
function CoveredProductsField() {
  const { t } = useTranslation();
  const products = useProductOptions();
  return (
    <Form.Item
      name={['terms', 'coveredProducts']}
      label={t('contracts.terms.coveredProducts')}
      extra={t('contracts.terms.coveredProductsHint')}
      getValueProps={(v: CoveredProduct[] | undefined) => ({ value: (v ?? []).map((p) => p.productId) })}
      getValueFromEvent={(ids: string[]) => ids}
      normalize={(ids: string[], prev: CoveredProduct[] | undefined) =>
        ids.map(
          (id) => prev?.find((p) => p.productId === id) ?? { productId: id, deploymentIds: [], modules: [] },
        )
      }
    >
      <Select
        mode="multiple"
        allowClear
        loading={products.isLoading}
        placeholder={t('contracts.terms.allProducts')}
        options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        optionFilterProp="label"
        data-testid="terms-covered-products"
      />
    </Form.Item>
  );
}
