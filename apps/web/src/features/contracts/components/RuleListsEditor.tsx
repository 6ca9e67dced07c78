/** Penalty and reward rule tables of the terms editor (rows under terms.penalties / terms.rewards). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Form, InputNumber, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { penaltyMetrics, rewardKinds } from '../contracts.types';

/** Column captions above a row editor, aligned with the inputs below. */
export function ListHeader({ columns }: { columns: { label: string; width: number }[] }) {
  return (
    <Flex gap={8} style={{ marginBottom: 4 }}>
      {columns.map((c) => (
        <Typography.Text key={c.label} type="secondary" style={{ width: c.width, fontSize: 12 }}>
          {c.label}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** Errors on a whole list (e.g. the server's installment-sum check), shown like field errors. */
export function ListErrors({ errors }: { errors: ReactNode[] }) {
  if (!errors.length) return null;
  return (
    <div role="alert" style={{ marginBottom: 8 }}>
      {errors.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: messages have no identity of their own
        <Typography.Text key={i} type="danger" style={{ display: 'block' }}>
          {e}
        </Typography.Text>
      ))}
    </div>
  );
}

/** A required 0–100 percentage in a rule row. */
function PercentItem({ name, label, width }: { name: (string | number)[]; label: string; width: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} rules={[{ required: true, message: t('common.required') }]}>
      <InputNumber min={0} max={100} placeholder={label} aria-label={label} style={{ width }} />
    </Form.Item>
  );
}

export function RuleListsEditor() {
  const { t } = useTranslation();
  const required = { required: true, message: t('common.required') };
  return (
    <>
      <Divider titlePlacement="start">{t('contracts.terms.penalties')}</Divider>
      <Form.List name={['terms', 'penalties']}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length > 0 && (
              <ListHeader
                columns={[
                  { label: t('contracts.terms.metric'), width: 150 },
                  { label: t('contracts.terms.threshold'), width: 130 },
                  { label: t('contracts.terms.deductPercent'), width: 130 },
                  { label: t('contracts.terms.capPercent'), width: 130 },
                ]}
              />
            )}
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item name={[field.name, 'metric']} rules={[required]}>
                  <Select
                    style={{ width: 150 }}
                    aria-label={t('contracts.terms.metric')}
                    options={penaltyMetrics.map((m) => ({ value: m, label: t(`contracts.metrics.${m}`) }))}
                  />
                </Form.Item>
                <PercentItem
                  name={[field.name, 'threshold']}
                  label={t('contracts.terms.threshold')}
                  width={130}
                />
                <PercentItem
                  name={[field.name, 'deductPercent']}
                  label={t('contracts.terms.deductPercent')}
                  width={130}
                />
                <Form.Item
                  name={[field.name, 'capPercent']}
                  dependencies={[['terms', 'penalties', field.name, 'deductPercent']]}
                  rules={[
                    required,
                    ({ getFieldValue }) => ({
                      validator: (_, v) =>
                        v == null ||
                        v >= (getFieldValue(['terms', 'penalties', field.name, 'deductPercent']) ?? 0)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('contracts.terms.capBelowDeduct'))),
                    }),
                  ]}
                >
                  <InputNumber
                    min={0}
                    max={100}
                    placeholder={t('contracts.terms.capPercent')}
                    aria-label={t('contracts.terms.capPercent')}
                    style={{ width: 130 }}
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
            <Button
              icon={<PlusOutlined />}
              style={{ marginBottom: 16 }}
              onClick={() =>
                add({ metric: 'response_rate', threshold: 95, deductPercent: 5, capPercent: 20 })
              }
              data-testid="add-penalty"
            >
              {t('contracts.terms.addPenalty')}
            </Button>
          </>
        )}
      </Form.List>

      <Divider titlePlacement="start">{t('contracts.terms.rewards')}</Divider>
      <Form.List name={['terms', 'rewards']}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length > 0 && (
              <ListHeader
                columns={[
                  { label: t('contracts.terms.consecutivePeriods'), width: 150 },
                  { label: t('contracts.terms.kind'), width: 150 },
                  { label: t('contracts.terms.percent'), width: 130 },
                ]}
              />
            )}
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="flex-start" wrap>
                <Form.Item name={[field.name, 'consecutivePeriods']} rules={[required]}>
                  <InputNumber
                    min={1}
                    max={40}
                    precision={0}
                    placeholder={t('contracts.terms.consecutivePeriods')}
                    aria-label={t('contracts.terms.consecutivePeriods')}
                    style={{ width: 150 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'kind']} rules={[required]}>
                  <Select
                    style={{ width: 150 }}
                    aria-label={t('contracts.terms.kind')}
                    options={rewardKinds.map((k) => ({ value: k, label: t(`contracts.rewardKinds.${k}`) }))}
                  />
                </Form.Item>
                <PercentItem
                  name={[field.name, 'percent']}
                  label={t('contracts.terms.percent')}
                  width={130}
                />
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <ListErrors errors={errors} />
            <Button
              icon={<PlusOutlined />}
              style={{ marginBottom: 16 }}
              onClick={() => add({ consecutivePeriods: 4, kind: 'renewal_discount', percent: 5 })}
              data-testid="add-reward"
            >
              {t('contracts.terms.addReward')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
