import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { allFieldErrorsPlaced, applyFieldErrors } from '../../components/FormErrors';
import type { DuplicateMatch } from './customers.types';

/**
 * The save flow shared by customer and contact forms: field errors go onto the
 * fields, a 409 `duplicate` opens the duplicate dialog, and "save anyway"
 * repeats the request with allowDuplicate. Other failures end up in `error`.
 */
export function useDuplicateAwareSave<V>(
  form: FormInstance,
  fields: string[],
  save: (values: V, allowDuplicate: boolean) => Promise<unknown>,
  localize?: (field: string, message: string) => string,
) {
  const [matches, setMatches] = useState<DuplicateMatch[] | null>(null);
  const [pending, setPending] = useState<V | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const run = async (values: V, allowDuplicate: boolean) => {
    setSaving(true);
    setError(null);
    try {
      await save(values, allowDuplicate);
      setMatches(null);
      setPending(null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'duplicate' && Array.isArray(err.body.matches)) {
        setPending(values);
        setMatches(err.body.matches as DuplicateMatch[]);
      } else {
        setMatches(null);
        applyFieldErrors(form, err, fields, localize);
        if (!allFieldErrorsPlaced(err, fields)) setError(err);
      }
    } finally {
      setSaving(false);
    }
  };

  return {
    submit: (values: V) => run(values, false),
    proceed: () => (pending ? run(pending, true) : undefined),
    cancel: () => {
      setMatches(null);
      setPending(null);
    },
    matches,
    saving,
    error,
    setError,
  };
}
