import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';
import { fieldErrorText } from '../api/messages';

/**
 * Puts the API's field errors (problem `errors[].path`, e.g. ['body', 'creditCode'])
 * on the matching antd Form fields. Returns true when at least one field got
 * its error, so the caller can skip a generic alert for pure field problems.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: unknown,
  knownFields: string[],
  /** Replaces a server message (English) with a localized one when the form knows better. */
  localize?: (field: string, message: string) => string,
): boolean {
  if (!(error instanceof ApiError) || error.errors.length === 0) return false;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of error.errors) {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    const head = path[0];
    if (typeof head !== 'string' || !knownFields.includes(head)) continue;
    // Arrays of scalars (phones, tags) show the error on the whole list field.
    const name = path.length > 1 && typeof path[1] === 'number' && path.length === 2 ? [head] : path;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    const own = localize?.(head, issue.message);
    entry.errors.push(own && own !== issue.message ? own : fieldErrorText(issue));
    byField.set(key, entry);
  }
  if (byField.size === 0) return false;
  form.setFields([...byField.values()]);
  return true;
}

/** Whether every field error of the problem was placed on a form field. */
export function allFieldErrorsPlaced(error: unknown, knownFields: string[]): boolean {
  if (!(error instanceof ApiError) || error.errors.length === 0) return false;
  return error.errors.every((issue) => {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    return typeof path[0] === 'string' && knownFields.includes(path[0]);
  });
}
