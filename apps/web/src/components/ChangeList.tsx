import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const IGNORED = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'searchText',
  'searchVector',
  'normalizedName',
  'id',
]);

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.length ? v.map(show).join(', ') : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** The fields an audited change touched, as "field: before → after". */
export function changedFields(before: unknown, after: unknown): { key: string; from: string; to: string }[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !IGNORED.has(k));
  return (
    keys
      // A missing key and null both mean "no value".
      .filter((k) => JSON.stringify(b[k] ?? null) !== JSON.stringify(a[k] ?? null))
      .map((k) => ({ key: k, from: show(b[k]), to: show(a[k]) }))
  );
}

/** Field-by-field diff of an audit entry; labels come from the given i18n prefix when known. */
export function ChangeList({
  before,
  after,
  labelPrefix,
}: {
  before: unknown;
  after: unknown;
  labelPrefix?: string;
}) {
  const { t } = useTranslation();
  const changes = changedFields(before, after);
  if (!changes.length) return null;
  // A created record has only "after", a deleted one only "before": list values, not arrows.
  const onlyNew = !before;
  const onlyOld = !!before && !after;
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {changes.map((c) => (
        <li key={c.key}>
          <Typography.Text type="secondary">
            {t('common.labelled', {
              label: labelPrefix ? t(`${labelPrefix}.${c.key}`, { defaultValue: c.key }) : c.key,
            })}
          </Typography.Text>
          {onlyNew ? (
            <span>{c.to}</span>
          ) : onlyOld ? (
            <Typography.Text delete type="secondary">
              {c.from}
            </Typography.Text>
          ) : (
            <>
              <Typography.Text delete type="secondary">
                {c.from}
              </Typography.Text>
              {' → '}
              <span>{c.to}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
