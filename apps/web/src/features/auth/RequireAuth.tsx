import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { type Permission, useCan, useMe } from './useAuth';

/** Renders the signed-in app, or sends the visitor to /login and back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, isLoading, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  if (isLoading) return <Spin size="large" style={{ display: 'block', margin: '30vh auto' }} />;
  if (error)
    return (
      <div style={{ maxWidth: 560, margin: '20vh auto' }}>
        <ErrorAlert error={error} />
        <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
      </div>
    );
  if (!me) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Hides a page the user's role does not grant; the API refuses it anyway. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  const { t } = useTranslation();
  if (!can(permission)) return <Result status="403" title="403" subTitle={t('errors.forbidden')} />;
  return <>{children}</>;
}
