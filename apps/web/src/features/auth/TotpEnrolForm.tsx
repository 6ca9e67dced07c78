import { Alert, Button, Flex, Form, Input, QRCode, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/ErrorAlert';
import type { TotpEnrolment } from './security.api';

/** The QR code and key of a new TOTP secret, confirmed by the first code the app shows. */
export function TotpEnrolForm({
  enrolment,
  onConfirm,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onConfirm: (code: string) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(code.trim());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Text>{t('security.totp.scan')}</Typography.Text>
      <Flex justify="center">
        <QRCode value={enrolment.otpauthUri} size={180} />
      </Flex>
      <Typography.Text>
        {t('security.totp.secret')}：
        <Typography.Text code copyable data-testid="totp-secret">
          {enrolment.secret}
        </Typography.Text>
      </Typography.Text>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="code"
          label={t('security.login.code')}
          rules={[{ required: true, message: t('security.login.codeRequired') }]}
        >
          <Input autoFocus autoComplete="one-time-code" inputMode="numeric" maxLength={6} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('security.totp.confirm')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('security.totp.cancel')}</Button>}
        </Flex>
      </Form>
    </Flex>
  );
}

/** Recovery codes, shown once right after enrolment. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Alert
        type="warning"
        showIcon
        title={t('security.totp.recoveryTitle')}
        description={t('security.totp.recoveryHint')}
      />
      <Typography.Paragraph copyable={{ text: codes.join('\n') }} style={{ marginBottom: 0 }}>
        <pre data-testid="recovery-codes" style={{ margin: 0 }}>
          {codes.join('\n')}
        </pre>
      </Typography.Paragraph>
      <Button type="primary" onClick={onDone}>
        {t('security.totp.savedThem')}
      </Button>
    </Flex>
  );
}
