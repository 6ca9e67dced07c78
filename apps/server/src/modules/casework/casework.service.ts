/**
 * Case tracking ([002 §3.3, §3.5]): the analysis of a request (root cause,
 * workaround, permanent fix, the customer's verification) and its closing
 * summary (cause, solution, prevention), which can become a knowledge
 * article draft. Only staff write it. What customers read (the request
 * detail, requests.read.ts): the workaround, fix, verification and closing
 * summary are answers to them; the analysis (root-cause category and notes)
 * is the vendor's working record and, like internal notes, never reaches
 * customer roles.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { invalid, invalidState, notFound } from '../../platform/errors.js';
import {
  appendEvent,
  findRequest,
  lockRequest,
  type RequestRow,
  saveRequest,
} from '../requests/requests.kernel.js';
import { sanitizeBody } from '../timeline/index.js';
import * as repo from './casework.repo.js';
import {
  type AnalysisDto,
  type AnalysisInput,
  analysisFields,
  type KnowledgeDraft,
} from './casework.schema.js';

type AnalysisPatch = Partial<Pick<RequestRow, keyof AnalysisInput | 'verifiedAt'>>;

function toDto(r: RequestRow): AnalysisDto {
  return {
    id: r.id,
    rootCauseCategory: r.rootCauseCategory,
    analysisNotes: r.analysisNotes,
    workaround: r.workaround,
    fixDescription: r.fixDescription,
    fixVersionId: r.fixVersionId,
    verificationStatus: r.verificationStatus,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    verificationNote: r.verificationNote,
    closingCause: r.closingCause,
    closingSolution: r.closingSolution,
    closingPrevention: r.closingPrevention,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const pick = (r: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, r[k]]));

/** Updates the fields sent (If-Match required). Nothing sent that differs = no new version. */
export async function updateAnalysis(
  deps: Deps,
  actor: Actor,
  requestId: string,
  expectedVersion: number | undefined,
  input: AnalysisInput,
): Promise<AnalysisDto> {
  requirePermission(actor, 'requests:update');
  return deps.db.transaction(async (tx) => {
    const row = await lockRequest(tx, actor, requestId, expectedVersion);
    const now = deps.clock.now();
    const patch: AnalysisPatch = {};
    for (const field of analysisFields) {
      if (input[field] !== undefined) Object.assign(patch, { [field]: input[field] });
    }
    if (input.fixVersionId) {
      const version = await repo.findProductVersion(tx, input.fixVersionId);
      if (!version || (row.productId && version.productId !== row.productId)) {
        throw invalid(['fixVersionId'], "Not a version of the request's product", 'not_product_version');
      }
    }
    if (input.verificationStatus !== undefined && input.verificationStatus !== row.verificationStatus) {
      const decided = input.verificationStatus === 'confirmed' || input.verificationStatus === 'rejected';
      patch.verifiedAt = decided ? now : null;
    }
    const changed = Object.keys(patch).filter((k) => {
      const before = row[k as keyof AnalysisPatch];
      const after = patch[k as keyof AnalysisPatch];
      return (
        (before instanceof Date ? before.getTime() : before) !==
        (after instanceof Date ? after.getTime() : after)
      );
    });
    if (changed.length === 0) return toDto(row);
    const saved = await saveRequest(tx, row, patch, now);
    await appendEvent(tx, requestId, 'analysis_updated', {
      actorId: actor.via === 'system' ? null : actor.userId,
      at: now,
      data: { fields: changed },
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'service_request.analysis',
      entityType: 'service_request',
      entityId: row.id,
      customerId: row.customerId,
      before: { ...pick(row, changed), version: row.version },
      after: { ...pick(saved, changed), version: saved.version },
    });
    return toDto(saved);
  });
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Plain text → paragraphs, line breaks kept. */
const paragraphs = (s: string) =>
  s
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');

const headings = {
  zh: {
    problem: '问题描述',
    environment: '环境',
    cause: '原因',
    solution: '解决方案',
    prevention: '预防措施',
    fix: '修复版本',
  },
  en: {
    problem: 'Problem',
    environment: 'Environment',
    cause: 'Cause',
    solution: 'Solution',
    prevention: 'Prevention',
    fix: 'Fixed in',
  },
};

/**
 * A knowledge article draft from the closing summary (409 until the cause or
 * the solution is written). Headings follow the caller's language.
 */
export async function knowledgeDraft(deps: Deps, actor: Actor, requestId: string): Promise<KnowledgeDraft> {
  requirePermission(actor, 'requests:internal');
  const row = await findRequest(deps.db, actor, requestId);
  if (!row) throw notFound('Service request');
  const cause = row.closingCause ?? row.analysisNotes;
  const solution = row.closingSolution ?? row.fixDescription ?? row.workaround;
  if (!row.closingCause && !row.closingSolution) {
    throw invalidState(
      'Write the closing summary (cause or solution) first',
      undefined,
      'closing_summary_required',
    );
  }
  const h = actor.locale.startsWith('zh') ? headings.zh : headings.en;
  const fixVersion = row.fixVersionId ? await repo.findProductVersion(deps.db, row.fixVersionId) : undefined;
  const sections: [string, string | null | undefined][] = [
    [h.problem, row.description || row.subject],
    [h.environment, row.environment],
    [h.cause, cause],
    [h.solution, solution],
    [h.prevention, row.closingPrevention],
    [h.fix, fixVersion?.name],
  ];
  const body = sections
    .filter((s): s is [string, string] => Boolean(s[1]?.trim()))
    .map(([title, text]) => `<h3>${escapeHtml(title)}</h3>${paragraphs(text)}`)
    .join('');
  return { title: row.subject, body: sanitizeBody(body) };
}
