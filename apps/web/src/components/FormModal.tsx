import { Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';
import { allFieldErrorsPlaced, applyFieldErrors } from './FormErrors';

/**
 * A modal form that submits on Enter, puts the API's field errors on the
 * fields and shows any other failure above the form. Closes on success.
 */
export function FormModal<V extends object>({
  title,
  initialValues,
  onSubmit,
  onClose,
  fields,
  children,
  okText,
  width = 560,
  form: given,
}: {
  title: ReactNode;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  /** Top-level field names, to know which API errors belong on a field. */
  fields: string[];
  children: ReactNode;
  okText?: string;
  width?: number;
  form?: FormInstance<V>;
}) {
  const { t } = useTranslation();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const finish = async (values: V) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (err) {
      applyFieldErrors(form, err, fields);
      if (!allFieldErrorsPlaced(err, fields)) setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={width}
      destroyOnHidden
      maskClosable={false}
    >
      <ErrorAlert error={error} />
      <Form<V>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={initialValues}
        onFinish={finish}
      >
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
