import { SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { type TotpEnrolment, useTotpMutations, useTotpStatus } from './security.api';
import { RecoveryCodes, TotpEnrolForm } from './TotpEnrolForm';

/** The user's own two-step verification: turn on (QR code, first code, recovery codes) or off (with a code). */
export default function SecurityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useTotpStatus();
  const { start, confirm, disable } = useTotpMutations();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const s = status.data;

  const begin = async () => setEnrolment(await start.mutateAsync());
  const finish = async (code: string) => {
    const res = await confirm.mutateAsync(code);
    setEnrolment(null);
    setRecoveryCodes(res.recoveryCodes);
    message.success(t('security.totp.enabledDone'));
  };

  return (
    <>
      <PageHeader title={t('security.personalNav')} />
      <Card
        title={
          <Flex gap={8} align="center">
            <SafetyOutlined />
            {t('security.totp.title')}
            {s &&
              (s.enabled ? (
                <Tag color="green">{t('security.totp.on')}</Tag>
              ) : (
                <Tag>{t('security.totp.off')}</Tag>
              ))}
          </Flex>
        }
        loading={status.isLoading}
        style={{ maxWidth: 640 }}
      >
        <ErrorAlert error={status.error ?? start.error} />
        <Typography.Paragraph type="secondary">{t('security.totp.intro')}</Typography.Paragraph>
        {s?.required && !s.enabled && (
          <Alert type="warning" showIcon title={t('security.totp.required')} style={{ marginBottom: 16 }} />
        )}
        {recoveryCodes ? (
          <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
        ) : enrolment ? (
          <TotpEnrolForm enrolment={enrolment} onConfirm={finish} onCancel={() => setEnrolment(null)} />
        ) : s?.enabled ? (
          <Flex vertical gap={8} align="start">
            {s.enabledAt && (
              <Typography.Text>
                {t('security.totp.enabledAt', { at: dayjs(s.enabledAt).format('YYYY-MM-DD HH:mm') })}
              </Typography.Text>
            )}
            <Typography.Text>
              {t('security.totp.recoveryLeft', { count: s.recoveryCodesLeft })}
            </Typography.Text>
            <Button danger onClick={() => setDisabling(true)}>
              {t('security.totp.disable')}
            </Button>
          </Flex>
        ) : (
          s && (
            <Button type="primary" loading={start.isPending} onClick={() => void begin()}>
              {t('security.totp.start')}
            </Button>
          )
        )}
      </Card>
      {disabling && (
        <FormModal<{ code: string }>
          title={t('security.totp.disable')}
          fields={['code']}
          okText={t('security.totp.disable')}
          onClose={() => setDisabling(false)}
          onSubmit={async (v) => {
            await disable.mutateAsync(v.code.trim());
            message.success(t('security.totp.disabledDone'));
          }}
        >
          <Typography.Paragraph type="secondary">{t('security.totp.disableHint')}</Typography.Paragraph>
          <Form.Item
            name="code"
            label={t('security.login.code')}
            rules={[{ required: true, message: t('security.login.codeRequired') }]}
          >
            <Input autoFocus autoComplete="one-time-code" maxLength={20} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
