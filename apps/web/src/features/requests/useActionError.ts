import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { fieldErrorText } from '../../api/messages';
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
    if (isStale(err)) {
      message.warning(t('requests.stale'));
      void qc.invalidateQueries({ queryKey: requestKeys.detail(requestId) });
      return;
    }
    // Closing with rigour: say which of the desk's requirements are missing, in the reader's language.
    const missing = err instanceof ApiError ? err.body.missing : undefined;
    if (err instanceof ApiError && err.body.reason === 'resolution_requirements' && Array.isArray(missing)) {
      const items = missing.map((m) => t(`serviceDesk.requirement.${String(m)}`));
      message.error(t('requests.closing.missing', { items: items.join(t('requests.closing.separator')) }));
      return;
    }
    const fields =
      err instanceof ApiError && err.errors.length ? `: ${err.errors.map(fieldErrorText).join('; ')}` : '';
    message.error(`${errorMessage(err)}${fields}`);
  };
}

/**
 * The submit of a request dialog: on success a toast and the dialog closes; a
 * stale version is reported (toast + reload) and the dialog stays for a second
 * try; any other error shows in the dialog, unless `handled` took it (e.g. as
 * field errors on the form).
 */
export function useDialogAction(requestId: string, onClose: () => void) {
  const { message } = App.useApp();
  const onError = useActionError(requestId);
  const [error, setError] = useState<unknown>(null);
  const run = async (
    action: () => Promise<unknown>,
    success: string,
    handled?: (err: unknown) => boolean,
  ) => {
    setError(null);
    try {
      await action();
      message.success(success);
      onClose();
    } catch (err) {
      if (isStale(err)) onError(err);
      else if (!handled?.(err)) setError(err);
    }
  };
  return { error, run };
}
