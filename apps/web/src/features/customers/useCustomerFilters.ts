import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type CustomerFilters,
  type CustomerSort,
  customerSorts,
  industryCodes,
  type Stage,
  stages,
  type Tier,
  tiers,
} from './customers.types';

const list = (raw: string | null) => (raw ? raw.split(',').filter(Boolean) : []);

/** The list filters live in the URL so a filtered list can be bookmarked and survives "back". */
export function useCustomerFilters(): [CustomerFilters, (f: CustomerFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<CustomerFilters>(() => {
    const sort = params.get('sort');
    return {
      q: params.get('q') ?? undefined,
      stage: list(params.get('stage')).filter((s): s is Stage => stages.includes(s as Stage)),
      tier: list(params.get('tier')).filter((s): s is Tier => tiers.includes(s as Tier)),
      industryCode: industryCodes.find((c) => c === params.get('industryCode')),
      regionCode: /^\d{6}$/.test(params.get('regionCode') ?? '') ? params.get('regionCode')! : undefined,
      ownerId: params.get('ownerId') ?? undefined,
      teamId: params.get('teamId') ?? undefined,
      tag: list(params.get('tag')),
      sort: customerSorts.includes(sort as CustomerSort) ? (sort as CustomerSort) : undefined,
    };
  }, [params]);
  const setFilters = useCallback(
    (f: CustomerFilters) => {
      const next = new URLSearchParams();
      for (const [key, value] of Object.entries(f)) {
        if (Array.isArray(value) ? value.length : value)
          next.set(key, Array.isArray(value) ? value.join(',') : value);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}
