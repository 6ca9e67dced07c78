import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { fieldErrorText, problemDetailText } from '../api/messages';

/** Human message for any thrown value, preferring the problem document's detail. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      if (error.status === 403) return t('errors.forbidden');
      if (error.status === 404) return t('errors.notFound');
      if (error.status === 412) return t('errors.stale');
      if (error.status === 429) return t('errors.rateLimited');
      if (error.status >= 500) return t('errors.server', { detail: error.detail });
      const coded = problemDetailText(error);
      if (coded) return coded;
      // Field problems: the fields say what is wrong (in the reader's language), the title only that something is.
      if (error.errors.length && (error.code === 'validation' || error.code === 'duplicate'))
        return t(`errors.problem.${error.code}`);
      return error.detail;
    }
    if (error instanceof TypeError) return t('errors.network');
    return error instanceof Error ? error.message : String(error);
  };
}

/** Shows a failed request: the problem detail, field errors that have no form field, and the request id. */
export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const extra =
    error instanceof ApiError && error.errors.length
      ? error.errors.map((e) => `${e.path.filter((p) => p !== 'body').join('.')}: ${fieldErrorText(e)}`)
      : [];
  const requestId = error instanceof ApiError ? error.body.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16, ...style }}
      title={message(error)}
      description={
        extra.length || requestId ? (
          <>
            {extra.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {extra.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            {typeof requestId === 'string' && (
              <div style={{ opacity: 0.6, fontSize: 12 }}>{t('errors.requestId', { id: requestId })}</div>
            )}
          </>
        ) : undefined
      }
    />
  );
}
