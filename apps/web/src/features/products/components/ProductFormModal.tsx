import { Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useSaveProduct } from '../products.api';
import type { Product, ProductInput } from '../products.types';

const fields = ['code', 'name', 'description', 'critical', 'active'];

/** Create or edit a product; edits send the version read as If-Match. */
export function ProductFormModal({
  product,
  onClose,
  onSaved,
}: {
  product?: Product;
  onClose: () => void;
  onSaved?: (p: Product) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveProduct();
  return (
    <FormModal<ProductInput>
      title={product ? t('products.edit') : t('products.new')}
      fields={fields}
      initialValues={
        product
          ? {
              code: product.code,
              name: product.name,
              description: product.description,
              critical: product.critical,
              active: product.active,
            }
          : { critical: false, active: true }
      }
      onSubmit={async (values) => {
        const saved = await save.mutateAsync({ product, body: values });
        onSaved?.(saved);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('products.fields.code')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input autoFocus maxLength={32} placeholder="HT-CRM" />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('products.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={t('products.fields.description')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="critical"
        label={t('products.fields.critical')}
        valuePropName="checked"
        extra={t('products.criticalHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item name="active" label={t('products.fields.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
