import { SafetyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { Me } from './auth.api';
import {
  confirmLoginEnrolment,
  type LoginChallenge,
  loginWithCode,
  startLoginEnrolment,
  type TotpEnrolment,
} from './security.api';
import { RecoveryCodes, TotpEnrolForm } from './TotpEnrolForm';

/** Message for a failed login step; the throttle's wait is told in seconds. */
export function useLoginErrorMessage() {
  const { t } = useTranslation();
  return (err: unknown, wrong: string) => {
    if (err instanceof ApiError && err.status === 429) {
      const seconds = Number(err.body.retryAfterSeconds);
      return Number.isFinite(seconds) ? t('security.login.tooMany', { seconds }) : t('login.tooMany');
    }
    if (err instanceof ApiError && err.status === 401 && err.body.reason === 'challenge_expired')
      return t('security.login.expired');
    if (err instanceof ApiError && (err.status === 401 || err.status === 400)) return wrong;
    return err instanceof ApiError ? err.detail : t('errors.network');
  };
}

/** After a correct password: the TOTP code, or (when the role requires it) enrolling TOTP first. */
export function LoginSecondStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: LoginChallenge;
  onSignedIn: (me: Me) => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation();
  const message = useLoginErrorMessage();
  const [form] = Form.useForm<{ code: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [enrolled, setEnrolled] = useState<(Me & { recoveryCodes: string[] }) | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the secret is fetched once per challenge.
  useEffect(() => {
    if (challenge.step !== 'totp_enrol') return;
    startLoginEnrolment(challenge.challenge).then(setEnrolment, (err: unknown) =>
      setError(message(err, t('security.login.expired'))),
    );
  }, [challenge]);

  const sendCode = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await loginWithCode(challenge.challenge, code.trim()));
    } catch (err) {
      setError(message(err, t('security.login.badCode')));
      form.setFieldValue('code', '');
    } finally {
      setBusy(false);
    }
  };

  const confirmEnrolment = async (code: string) => {
    try {
      setEnrolled(await confirmLoginEnrolment(challenge.challenge, code));
    } catch (err) {
      throw new Error(message(err, t('security.login.badCode')));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        <SafetyOutlined />{' '}
        {challenge.step === 'totp' ? t('security.login.codeTitle') : t('security.login.enrolTitle')}
      </Typography.Title>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      {challenge.step === 'totp' && (
        <Form form={form} layout="vertical" onFinish={sendCode} requiredMark={false}>
          <Typography.Paragraph type="secondary">{t('security.login.codeHint')}</Typography.Paragraph>
          <Form.Item
            name="code"
            label={t('security.login.code')}
            rules={[{ required: true, message: t('security.login.codeRequired') }]}
          >
            <Input autoFocus autoComplete="one-time-code" maxLength={20} />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('security.login.verify')}
          </Button>
        </Form>
      )}
      {challenge.step === 'totp_enrol' && !enrolled && (
        <>
          <Typography.Paragraph type="secondary">{t('security.login.enrolHint')}</Typography.Paragraph>
          {enrolment ? (
            <TotpEnrolForm enrolment={enrolment} onConfirm={confirmEnrolment} />
          ) : (
            !error && <Spin />
          )}
        </>
      )}
      {enrolled && <RecoveryCodes codes={enrolled.recoveryCodes} onDone={() => onSignedIn(enrolled)} />}
      <Button type="link" onClick={onRestart}>
        {t('security.login.back')}
      </Button>
    </Flex>
  );
}
