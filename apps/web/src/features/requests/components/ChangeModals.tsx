/** Changes that move the due times and must say why: a severity change and a re-run of the entitlement check. */
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { applyFieldErrors } from '../../../components/FormErrors';
import { usePatchRequest, useRecheckEntitlement } from '../requests.api';
import { type RequestDetail, severities } from '../requests.types';
import { useDialogAction } from '../useActionError';

export function SeverityModal({ request, onClose }: { request: RequestDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const patch = usePatchRequest();
  const { error, run } = useDialogAction(request.id, onClose);
  const [form] = Form.useForm<{ severity: string; reason: string }>();
  const submit = (v: { severity: string; reason: string }) =>
    run(
      () => patch.mutateAsync({ request, body: { severity: v.severity, reason: v.reason.trim() } }),
      t('requests.actions.severityChanged'),
      (err) => applyFieldErrors(form, err, ['severity', 'reason']),
    );
  return (
    <Modal
      open
      title={t('requests.actions.changeSeverity')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={patch.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ severity: request.severity }}>
        <Form.Item name="severity" label={t('requests.fields.severity')} rules={[{ required: true }]}>
          <Select options={severities.map((s) => ({ value: s, label: t(`requests.severity.${s}`) }))} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('requests.actions.severityReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RecheckModal({ request, onClose }: { request: RequestDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const recheck = useRecheckEntitlement();
  const { error, run } = useDialogAction(request.id, onClose);
  const [form] = Form.useForm<{ reason: string }>();
  const submit = (v: { reason: string }) =>
    run(() => recheck.mutateAsync({ request, reason: v.reason.trim() }), t('requests.actions.rechecked'));
  return (
    <Modal
      open
      title={t('requests.actions.recheck')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={recheck.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('requests.actions.recheckReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
