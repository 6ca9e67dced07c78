/** The desk's tunables: reopen window, auto-close delay and resolution rules, saved with If-Match. */
import { App, Button, Form, InputNumber, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { applyFieldErrors } from '../../../components/FormErrors';
import { type ResolutionRule, useDeskSettings, useSaveDeskSettings } from '../serviceDesk.api';
import { ResolutionRulesField } from './ResolutionRulesField';

interface Values {
  reopenWindowDays: number;
  autoCloseDays: number;
  resolutionRules: ResolutionRule[];
}

export function SettingsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data, isLoading, error } = useDeskSettings(true);
  const save = useSaveDeskSettings();
  const [form] = Form.useForm<Values>();
  if (isLoading) return <Skeleton active />;
  if (!data) return <ErrorAlert error={error} />;
  const submit = async (v: Values) => {
    try {
      await save.mutateAsync({ settings: data, body: v });
      message.success(t('serviceDesk.settings.saved'));
    } catch (err) {
      if (err instanceof ApiError && err.status === 412) message.warning(t('errors.stale'));
      else if (!applyFieldErrors(form, err, ['reopenWindowDays', 'autoCloseDays', 'resolutionRules']))
        message.error(errorMessage(err));
    }
  };
  return (
    <Form<Values>
      key={data.version}
      form={form}
      layout="vertical"
      initialValues={data}
      onFinish={submit}
      style={{ maxWidth: 880 }}
      data-testid="desk-settings"
    >
      <Form.Item
        name="reopenWindowDays"
        label={t('serviceDesk.settings.reopenWindowDays')}
        extra={t('serviceDesk.settings.reopenHint')}
        rules={[{ required: true }]}
      >
        <InputNumber min={0} max={365} precision={0} />
      </Form.Item>
      <Form.Item
        name="autoCloseDays"
        label={t('serviceDesk.settings.autoCloseDays')}
        extra={t('serviceDesk.settings.autoCloseHint')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={365} precision={0} />
      </Form.Item>
      <ResolutionRulesField />
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
