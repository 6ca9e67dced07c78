import { App, Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSaveContact } from '../customers.api';
import { type Contact, type ContactInput, contactFields, contactRoles } from '../customers.types';
import { useDuplicateAwareSave } from '../useDuplicateAwareSave';
import { DuplicateDialog } from './DuplicateDialog';

/** The form holds phones as one comma-separated text so a typed number is never lost. */
type ContactValues = Omit<ContactInput, 'phones'> & { phones?: string };

const splitPhones = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，;；、]+/)
    .map((p) => p.trim())
    .filter(Boolean);

/** Adds a contact, or edits one with If-Match on its version. */
export function ContactFormModal({
  customerId,
  contact,
  onClose,
}: {
  customerId: string;
  contact: Contact | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactValues>();
  const save = useSaveContact(customerId);
  const flow = useDuplicateAwareSave<ContactValues>(form, contactFields, async (values, allowDuplicate) => {
    const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);
    const body = {
      ...values,
      name: values.name.trim(),
      title: blank(values.title),
      email: blank(values.email),
      wechat: blank(values.wechat),
      notes: blank(values.notes),
      projectRole: values.projectRole ?? null,
      phones: splitPhones(values.phones),
      portalAccess: !!values.portalAccess,
      allowDuplicate,
    };
    try {
      await save.mutateAsync(contact ? { contact, body } : { body });
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) {
        message.warning(t('customers.staleReloaded'));
        onClose();
        return;
      }
      throw err;
    }
    message.success(contact ? t('common.saved') : t('customers.contacts.added'));
    onClose();
  });

  return (
    <Modal
      open
      title={contact ? t('customers.contacts.edit') : t('customers.contacts.add')}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={flow.saving}
      width={640}
      destroyOnHidden
    >
      <ErrorAlert error={flow.error} />
      <Form<ContactValues>
        form={form}
        layout="vertical"
        onFinish={flow.submit}
        initialValues={
          contact
            ? {
                name: contact.name,
                title: contact.title,
                phones: contact.phones.join(', '),
                email: contact.email,
                wechat: contact.wechat,
                projectRole: contact.projectRole,
                portalAccess: contact.portalAccess,
                notes: contact.notes,
              }
            : { phones: '', portalAccess: false }
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label={t('customers.contacts.fields.name')}
              rules={[{ required: true, whitespace: true, message: t('customers.contacts.nameRequired') }]}
            >
              <Input autoFocus maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="title" label={t('customers.contacts.fields.title')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="phones"
              label={t('customers.contacts.fields.phones')}
              tooltip={t('customers.contacts.phonesHint')}
            >
              <Input placeholder="13800138000, 010-12345678" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t('customers.contacts.fields.email')}
              rules={[{ type: 'email', message: t('customers.contacts.emailInvalid') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="wechat" label={t('customers.contacts.fields.wechat')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="projectRole" label={t('customers.contacts.fields.projectRole')}>
              <Select
                allowClear
                options={contactRoles.map((r) => ({ value: r, label: t(`customers.contactRoles.${r}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="portalAccess"
              label={t('customers.contacts.fields.portalAccess')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('customers.fields.notes')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
      <DuplicateDialog
        matches={flow.matches}
        saving={flow.saving}
        onProceed={() => void flow.proceed()}
        onCancel={flow.cancel}
      />
    </Modal>
  );
}
