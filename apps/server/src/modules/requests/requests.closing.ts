/**
 * Closing with rigour: what resolving a request needs, from the desk's
 * resolution rules (service_desk_settings.resolution_rules, per category and
 * severity; empty = nothing). A staff member resolving without it gets 409
 * with `missing` naming each requirement, so the UI can say what to add:
 * - answer: a public human reply on the timeline, or a solution (the closing
 *   summary's solution, a workaround or a fix description);
 * - root_cause: the root-cause category of the analysis;
 * - closing_summary: the closing summary's cause and solution.
 * The desk's own moves (auto-close, imports) are not held to it.
 */
import { and, eq, isNotNull } from 'drizzle-orm';
import { requestTimeline } from '../../db/schema/request-timeline.js';
import type { ResolutionRequirement, ResolutionRule } from '../../db/schema/requests.js';
import type { Tx } from '../../platform/db.js';
import { invalidState } from '../../platform/errors.js';
import type { RequestRow } from './requests.kernel.js';

const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;

/** The requirements of every rule whose categories and severities (empty = any) match the request. */
export function requirementsFor(
  rules: readonly ResolutionRule[],
  row: Pick<RequestRow, 'category' | 'severity'>,
): ResolutionRequirement[] {
  const out = new Set<ResolutionRequirement>();
  for (const rule of rules) {
    if (rule.categories.length && !rule.categories.includes(row.category)) continue;
    if (rule.severities.length && !rule.severities.includes(row.severity)) continue;
    for (const r of rule.require) out.add(r);
  }
  return [...out];
}

async function hasPublicReply(tx: Tx, requestId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: requestTimeline.id })
    .from(requestTimeline)
    .where(
      and(
        eq(requestTimeline.requestId, requestId),
        eq(requestTimeline.kind, 'reply'),
        eq(requestTimeline.visibility, 'public'),
        eq(requestTimeline.automatic, false),
        isNotNull(requestTimeline.authorId),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** What the request still lacks to be resolved under these rules (empty = it may be). */
export async function missingToResolve(
  tx: Tx,
  rules: readonly ResolutionRule[],
  row: RequestRow,
): Promise<ResolutionRequirement[]> {
  const missing: ResolutionRequirement[] = [];
  for (const need of requirementsFor(rules, row)) {
    if (need === 'root_cause' && !row.rootCauseCategory) missing.push(need);
    if (need === 'closing_summary' && !(filled(row.closingCause) && filled(row.closingSolution)))
      missing.push(need);
    if (need === 'answer') {
      const solved = filled(row.closingSolution) || filled(row.workaround) || filled(row.fixDescription);
      if (!solved && !(await hasPublicReply(tx, row.id))) missing.push(need);
    }
  }
  return missing;
}

/** Throws 409 (reason resolution_requirements, `missing`) when the request may not be resolved yet. */
export async function assertResolvable(tx: Tx, rules: readonly ResolutionRule[], row: RequestRow) {
  const missing = await missingToResolve(tx, rules, row);
  if (missing.length) {
    throw invalidState(
      `Resolving this request needs: ${missing.join(', ')}`,
      {
        reason: 'resolution_requirements',
        missing,
      },
      'resolution_requirements',
    );
  }
}
