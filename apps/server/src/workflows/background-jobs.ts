/**
 * The background jobs of a server process: a handler per job kind and the
 * recurring schedules. Modules export the use cases; they are wired here so the
 * platform's runner imports no module.
 */

import { runRenewalScan } from '../modules/contracts/index.js';
import type { Deps } from '../platform/deps.js';
import { type JobHandler, type Schedule, schedule } from '../platform/jobs/index.js';

export const RENEWAL_SCAN = 'contracts.renewal-scan';

export function backgroundJobs(deps: Deps): { handlers: Record<string, JobHandler>; schedules: Schedule[] } {
  return {
    handlers: {
      // The scan is idempotent (one renewal task per contract, state moves are checked), so a retry is safe.
      [RENEWAL_SCAN]: async ({ clock }) => {
        const result = await runRenewalScan(deps, clock.now());
        deps.log.info({ ...result, job: RENEWAL_SCAN }, 'renewal scan done');
      },
    },
    schedules: [schedule({ kind: RENEWAL_SCAN, every: 'daily', at: '02:00', timeZone: 'Asia/Shanghai' })],
  };
}
