import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useErrorMessage } from '../../components/ErrorAlert';
import { requestKeys } from './requests.api';

/**
 * Reports a failed request action. A 412 (someone else changed the request
 * since it was shown) says so plainly and reloads the request, so the next
 * attempt carries the current version.
 */
export const isStale = (err: unknown) => err instanceof ApiError && err.status === 412;

export function useActionError(requestId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const errorMessage = useErrorMessage();
  return (err: unknown) => {
    if (err instanceof ApiError && err.status === 412) {
      message.warning(t('requests.stale'));
      void qc.invalidateQueries({ queryKey: requestKeys.detail(requestId) });
      return;
    }
    const fields =
      err instanceof ApiError && err.errors.length ? `: ${err.errors.map((e) => e.message).join('; ')}` : '';
    message.error(`${errorMessage(err)}${fields}`);
  };
}
