import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { applyLocale, isLocale, storedLocale } from '../../i18n';
import { login, type Me } from './auth.api';
import { LoginSecondStep, useLoginErrorMessage } from './LoginSecondStep';
import type { LoginChallenge } from './security.api';
import { ME_KEY, useMe } from './useAuth';

interface Values {
  username: string;
  password: string;
}

/** Only same-app paths are followed after login, never another origin. */
const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [challenge, setChallenge] = useState<LoginChallenge | null>(null);
  const loginError = useLoginErrorMessage();

  if (me) return <Navigate to={safeNext(params.get('next'))} replace />;

  const signedIn = (user: Me) => {
    // The profile language applies unless this browser already chose one.
    if (!storedLocale() && isLocale(user.locale)) applyLocale(user.locale, false);
    qc.setQueryData(ME_KEY, user);
    navigate(safeNext(params.get('next')), { replace: true });
  };

  const submit = async (values: Values) => {
    setError(null);
    setSubmitting(true);
    try {
      const result = await login(values.username, values.password);
      if ('challenge' in result) setChallenge(result);
      else signedIn(result);
    } catch (err) {
      setError(loginError(err, t('login.bad')));
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch signedIn={false} />
      </div>
      <Card style={{ width: 380, maxWidth: 'calc(100vw - 32px)' }}>
        <Flex vertical align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={3} style={{ marginBottom: 4 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        {challenge && (
          <LoginSecondStep
            challenge={challenge}
            onSignedIn={signedIn}
            onRestart={() => {
              setChallenge(null);
              form.setFieldValue('password', '');
            }}
          />
        )}
        {!challenge && error && (
          <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 16 }} />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          requiredMark={false}
          style={challenge ? { display: 'none' } : undefined}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
