import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import type { DuplicateMatch } from '../customers.types';

/**
 * Early warning while typing: asks the API which customers already have this
 * name or credit code. The save itself still gets the authoritative 409.
 */
export function DuplicateHint({
  name,
  creditCode,
  excludeId,
}: {
  name?: string | null;
  creditCode?: string | null;
  excludeId?: string;
}) {
  const { t } = useTranslation();
  const [matches, setMatches] = useState<DuplicateMatch[]>([]);
  const trimmedName = name?.trim() ?? '';
  const code = creditCode?.trim().length === 18 ? creditCode.trim() : '';

  useEffect(() => {
    if (trimmedName.length < 2 && !code) {
      setMatches([]);
      return;
    }
    const controller = new AbortController();
    // Wait for a pause in typing instead of asking on every key.
    const timer = setTimeout(() => {
      api
        .post<{ matches: DuplicateMatch[] }>(
          '/customers/duplicates',
          { name: trimmedName || undefined, creditCode: code || undefined, excludeId },
          { signal: controller.signal },
        )
        .then((r) => setMatches(r.matches))
        .catch(() => setMatches([]));
    }, 500);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmedName, code, excludeId]);

  if (!matches.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('customers.duplicate.hint')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {matches.map((m) => (
            <li key={`${m.id ?? 'hidden'}-${m.reason}`}>
              {m.inScope ? (
                <Link to={`/customers/${m.id}`} target="_blank">
                  {m.name}
                </Link>
              ) : (
                t('customers.duplicate.hiddenName')
              )}{' '}
              · {t(`customers.duplicate.reasons.${m.reason}`, { score: Math.round(m.score * 100) })}
            </li>
          ))}
        </ul>
      }
    />
  );
}
