import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useProductOptions, useVersions } from '../../products/products.api';
import { useCreateDeployment, useUpdateDeployment } from '../deployments.api';
import { type Deployment, type Environment, environments } from '../deployments.types';

interface Values {
  productId: string;
  versionId: string;
  environment: Environment;
  goLiveDate?: Dayjs | null;
  acceptanceDate?: Dayjs | null;
  notes?: string | null;
}

const fields = ['productId', 'versionId', 'environment', 'goLiveDate', 'acceptanceDate', 'notes'];
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** Adds a deployment to a customer, or edits environment, dates and notes of one (product and version stay). */
export function DeploymentFormModal({
  customerId,
  deployment,
  onClose,
}: {
  customerId: string;
  deployment?: Deployment;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const productId = Form.useWatch('productId', form);
  const products = useProductOptions();
  const versions = useVersions(deployment ? undefined : productId);
  const create = useCreateDeployment();
  const update = useUpdateDeployment();

  return (
    <FormModal<Values>
      form={form}
      title={deployment ? t('deployments.edit') : t('deployments.add')}
      fields={fields}
      initialValues={
        deployment
          ? {
              environment: deployment.environment,
              goLiveDate: deployment.goLiveDate ? dayjs(deployment.goLiveDate) : null,
              acceptanceDate: deployment.acceptanceDate ? dayjs(deployment.acceptanceDate) : null,
              notes: deployment.notes,
            }
          : { environment: 'production' }
      }
      onSubmit={(v) => {
        const dates = {
          environment: v.environment,
          goLiveDate: day(v.goLiveDate),
          acceptanceDate: day(v.acceptanceDate),
          notes: v.notes ?? null,
        };
        return deployment
          ? update.mutateAsync({ deployment, body: dates })
          : create.mutateAsync({ customerId, productId: v.productId, versionId: v.versionId, ...dates });
      }}
      onClose={onClose}
    >
      {!deployment && (
        <>
          <Form.Item
            name="productId"
            label={t('deployments.fields.product')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              autoFocus
              showSearch={{ optionFilterProp: 'label' }}
              loading={products.isLoading}
              onChange={() => form.setFieldValue('versionId', undefined)}
              options={(products.data?.items ?? []).map((p) => ({
                value: p.id,
                label: `${p.name} (${p.code})`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="versionId"
            label={t('deployments.fields.version')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select
              disabled={!productId}
              loading={versions.isLoading && !!productId}
              options={(versions.data?.items ?? []).map((v) => ({
                value: v.id,
                label: v.releaseDate ? `${v.name} · ${v.releaseDate}` : v.name,
              }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="environment" label={t('deployments.fields.environment')}>
        <Select options={environments.map((e) => ({ value: e, label: t(`deployments.environment.${e}`) }))} />
      </Form.Item>
      <Form.Item name="goLiveDate" label={t('deployments.fields.goLiveDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="acceptanceDate"
        label={t('deployments.fields.acceptanceDate')}
        extra={t('deployments.fields.acceptanceHint')}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="notes" label={t('deployments.fields.notes')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
