import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type RequestFilters, type Sort, sorts, type View, views } from './requests.types';

const keys = [
  'customerId',
  'severity',
  'category',
  'state',
  'stateCategory',
  'assigneeId',
  'teamId',
  'productId',
  'coverage',
  'channel',
  'receivedFrom',
  'receivedTo',
  'q',
] as const;

/** The console filters live in the URL so a filtered queue can be bookmarked and survives "back". */
export function useRequestFilters(defaultView: View): [RequestFilters, (f: RequestFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<RequestFilters>(() => {
    const f: RequestFilters = {};
    const view = params.get('view');
    f.view = views.includes(view as View) ? (view as View) : defaultView;
    for (const k of keys) {
      const v = params.get(k);
      if (v) f[k] = v;
    }
    const sort = params.get('sort');
    if (sorts.includes(sort as Sort)) f.sort = sort as Sort;
    const order = params.get('order');
    if (order === 'asc' || order === 'desc') f.order = order;
    return f;
  }, [params, defaultView]);
  const setFilters = useCallback(
    (f: RequestFilters) => {
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(f)) if (value) next.set(key, String(value));
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}
