/**
 * Server messages in the reader's language. The server sends stable codes with parameters (field issues,
 * problem details, notifications); their texts live in the web dictionaries (i18n/server-messages.ts,
 * features/notifications/i18n.ts). A code without a text falls back to the server's English message.
 */
import dayjs from 'dayjs';
import i18n from 'i18next';
import type { ApiError, FieldError } from './client';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Parameters as the reader sees them: names given in both languages picked, instants as local time. */
export function readableParams(params: Record<string, unknown> | undefined): Record<string, unknown> {
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value && typeof value === 'object' && 'zh-CN' in value && 'en' in value)
      out[key] = (value as Record<string, unknown>)[lang];
    else if (typeof value === 'string' && ISO_INSTANT.test(value) && dayjs(value).isValid())
      out[key] = dayjs(value).format('YYYY-MM-DD HH:mm');
    else out[key] = value ?? '';
  }
  return out;
}

/** The text of the first key that exists, filled with the params; undefined when none does. */
export function messageText(keys: string[], params?: Record<string, unknown>): string | undefined {
  const key = keys.find((k) => i18n.exists(k));
  return key ? i18n.t(key, { ...readableParams(params), interpolation: { escapeValue: false } }) : undefined;
}

/** One field issue in the reader's language (zod's size checks have a variant per kind of value). */
export function fieldErrorText(issue: FieldError): string {
  if (!issue.code) return issue.message;
  const origin = typeof issue.params?.origin === 'string' ? issue.params.origin : undefined;
  const keys = [...(origin ? [`errors.field.${issue.code}_${origin}`] : []), `errors.field.${issue.code}`];
  return messageText(keys, { ...issue.params, message: issue.message }) ?? issue.message;
}

/** The problem's own message in the reader's language, when the server gave it a code we have a text for. */
export function problemDetailText(error: ApiError): string | undefined {
  return error.detailCode ? messageText([`errors.detail.${error.detailCode}`], error.params) : undefined;
}
