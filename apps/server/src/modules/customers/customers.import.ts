/**
 * Customer import (数据迁移): a dry run validates every row with the API's
 * schema, the credit-code checksum and duplicate checks (inside the file and
 * against the database) and stores the result; the commit then inserts all
 * rows in ONE transaction in the background, reporting progress from a
 * separate connection so it is visible while the transaction is open.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/access.js';
import { auditable } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalidState, notFound } from '../../platform/errors.js';
import { normalizePhones } from './credit-code.js';
import { isCreditCodeConflict, similarNames, toDuplicateMatch } from './customers.duplicates.js';
import { fieldOfPath, mapCodedValues, readImportFile, rowToCreateBody } from './customers.import-file.js';
import * as jobs from './customers.import-repo.js';
import { nameCore, normalizeName } from './customers.names.js';
import { checkAssignment, defaultTeam, requireCustomerAccess } from './customers.policy.js';
import * as repo from './customers.repo.js';
import {
  type CustomerCreate,
  customerCreateBody,
  type DuplicateMatch,
  type ImportReportDto,
} from './customers.schema.js';
import { searchColumns } from './customers.search.js';
import { regionName } from './reference/regions.js';

interface StoredRow {
  row: number;
  input: CustomerCreate;
  ownerId: string | null;
  teamId: string | null;
  duplicate: boolean;
  /** Region and industry as typed when they map to no code (kept as free text). */
  freeText?: { region: string | null; industry: string | null };
}
interface StoredReport {
  errors: ImportReportDto['errors'];
  duplicates: ImportReportDto['duplicates'];
  unmapped?: ImportReportDto['unmapped'];
}

/** Rows per insert statement and per progress update. */
export const IMPORT_CHUNK = 200;

function toReport(job: NonNullable<Awaited<ReturnType<typeof jobs.findImportJob>>>): ImportReportDto {
  const report = (job.report ?? { errors: [], duplicates: [] }) as StoredReport;
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    errors: report.errors,
    duplicates: report.duplicates,
    unmapped: report.unmapped ?? [],
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

const pushTo = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/** Validates an uploaded file and stores the dry-run report; nothing is imported yet. */
export async function dryRunImport(
  deps: Deps,
  actor: Actor,
  file: { fileName: string; data: Buffer },
): Promise<ImportReportDto> {
  requireCustomerAccess(actor, 'import');
  const fileRows = await readImportFile(file.data, file.fileName);
  const errors: StoredReport['errors'] = [];
  const unmapped: NonNullable<StoredReport['unmapped']> = [];
  const valid: StoredRow[] = [];

  const usernames = [
    ...new Set(fileRows.map((r) => r.values.owner?.toLowerCase()).filter((u) => u !== undefined)),
  ];
  const owners = await repo.usersByUsername(deps.db, usernames);
  const myTeams = actor.via === 'system' ? [] : await repo.teamIdsOfUser(deps.db, actor.userId);

  for (const fr of fileRows) {
    const parsed = customerCreateBody.safeParse(rowToCreateBody(fr.values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row: fr.row, path: [fieldOfPath(issue.path)], message: issue.message });
      }
      continue;
    }
    let ownerId: string | null = actor.via === 'system' ? null : actor.userId;
    let ownerTeams: readonly string[] = myTeams;
    if (fr.values.owner) {
      const owner = owners.get(fr.values.owner.toLowerCase());
      if (!owner) {
        errors.push({ row: fr.row, path: ['owner'], message: `No user with username ${fr.values.owner}` });
        continue;
      }
      ownerId = owner.id;
      ownerTeams = owner.teamIds;
    }
    const teamId = defaultTeam(actor, ownerId, ownerTeams);
    try {
      checkAssignment(actor, { ownerId, teamId }, ownerTeams, { owner: 'owner', team: 'teamId' });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      errors.push({ row: fr.row, path: ['owner'], message: err.message });
      continue;
    }
    const coded = mapCodedValues(fr.values);
    for (const u of coded.unmapped) unmapped.push({ row: fr.row, ...u });
    valid.push({
      row: fr.row,
      input: parsed.data,
      ownerId,
      teamId,
      duplicate: false,
      freeText: coded.freeText,
    });
  }

  // Duplicates inside the file: a repeated credit code is an error, a repeated name or phone a warning.
  const codeRows = new Map<string, number>();
  const nameRows = new Map<string, number[]>();
  // Rows with the same name core are near-duplicates of each other (华信智联科技 ~ 北京华信智联).
  const coreRows = new Map<string, number[]>();
  const phoneRows = new Map<string, number[]>();
  for (const r of valid) {
    const code = r.input.creditCode;
    if (code) {
      const first = codeRows.get(code);
      if (first !== undefined) {
        errors.push({ row: r.row, path: ['creditCode'], message: `Same credit code as row ${first}` });
      } else codeRows.set(code, r.row);
    }
    const norm = normalizeName(r.input.name);
    pushTo(nameRows, norm, r.row);
    pushTo(coreRows, nameCore(norm), r.row);
    for (const p of normalizePhones(r.input.contacts.flatMap((c) => c.phones))) pushTo(phoneRows, p, r.row);
  }

  // Against the database, in batches so 100k-row files stay a handful of queries.
  const codes = [...codeRows.keys()];
  const codesUsed = new Map<string, string>();
  const byName = new Map<string, DuplicateMatch[]>();
  const byPhone = new Map<string, DuplicateMatch[]>();
  const names = [...nameRows.keys()];
  const cores = [...new Set([...coreRows.keys(), ...names])];
  const byCore = new Map<
    string,
    { key: string; core: string | null; m: Parameters<typeof toDuplicateMatch>[0] }[]
  >();
  const phones = [...phoneRows.keys()];
  for (let i = 0; i < Math.max(codes.length, cores.length, phones.length); i += 1000) {
    for (const c of await repo.creditCodesInUse(deps.db, codes.slice(i, i + 1000))) {
      codesUsed.set(c.creditCode!, c.id);
    }
    const found = await repo.findDuplicateCandidates(
      deps.db,
      actor,
      {
        creditCodes: [],
        names: names.slice(i, i + 1000),
        cores: cores.slice(i, i + 1000),
        phones: phones.slice(i, i + 1000),
      },
      10_000,
    );
    for (const m of found.byCore) {
      const entry = { key: m.key, core: m.core, m };
      // Found through its core or through its normalised name being someone's core.
      for (const k of new Set([m.core ?? '', m.key])) pushTo(byCore, k, entry);
    }
    for (const m of found.byName) {
      pushTo(byName, m.key, toDuplicateMatch(m, 'name'));
    }
    for (const m of found.byPhone) {
      for (const p of m.phones) {
        pushTo(byPhone, p, toDuplicateMatch(m, 'phone'));
      }
    }
  }

  const duplicates: StoredReport['duplicates'] = [];
  for (const r of valid) {
    const code = r.input.creditCode;
    if (code && codesUsed.has(code)) {
      errors.push({
        row: r.row,
        path: ['creditCode'],
        message: 'This credit code is already used by a customer',
      });
    }
    const norm = normalizeName(r.input.name);
    const core = nameCore(norm);
    const rowPhones = normalizePhones(r.input.contacts.flatMap((c) => c.phones));
    const candidates = [...(byCore.get(core) ?? []), ...(byCore.get(norm) ?? [])];
    const similar = similarNames(norm, candidates).map(({ row, score }) =>
      toDuplicateMatch(row.m, 'similar_name', score),
    );
    const matches = [
      ...(byName.get(norm) ?? []),
      ...similar,
      ...rowPhones.flatMap((p) => byPhone.get(p) ?? []),
    ];
    const uniqueMatches = [...new Map(matches.map((m) => [`${m.id}:${m.reason}`, m])).values()];
    const earlier = new Set<number>();
    for (const n of nameRows.get(norm) ?? []) if (n < r.row) earlier.add(n);
    for (const n of coreRows.get(core) ?? []) if (n < r.row) earlier.add(n);
    for (const p of rowPhones) for (const n of phoneRows.get(p) ?? []) if (n < r.row) earlier.add(n);
    if (uniqueMatches.length || earlier.size) {
      r.duplicate = true;
      duplicates.push({ row: r.row, matches: uniqueMatches, sameAsRows: [...earlier].sort((a, b) => a - b) });
    }
  }
  errors.sort((a, b) => a.row - b.row);

  const job = await jobs.insertImportJob(deps.db, {
    kind: jobs.IMPORT_KIND,
    userId: actor.userId,
    fileName: file.fileName.slice(0, 200),
    status: 'validated',
    totalRows: fileRows.length,
    errorCount: errors.length,
    report: { errors, duplicates, unmapped } satisfies StoredReport,
    rows: errors.length ? null : valid,
    createdAt: deps.clock.now(),
  });
  return toReport(job);
}

/** Status and progress of an import of the caller. */
export async function getImport(deps: Deps, actor: Actor, id: string): Promise<ImportReportDto> {
  requireCustomerAccess(actor, 'import');
  const job = await jobs.findImportJob(deps.db, id, actor.userId);
  if (!job) throw notFound('Import');
  return toReport(job);
}

/**
 * Starts the all-or-nothing import of a clean dry run and returns at once;
 * poll `getImport` for progress. Refused when the dry run found errors.
 */
export async function commitImport(
  deps: Deps,
  actor: Actor,
  id: string,
  opts: { skipDuplicates: boolean },
): Promise<ImportReportDto> {
  requireCustomerAccess(actor, 'import');
  const job = await jobs.findImportJob(deps.db, id, actor.userId);
  if (!job) throw notFound('Import');
  if (job.errorCount > 0) {
    throw invalidState(
      'The dry run found errors; fix the file and upload it again',
      {
        errorCount: job.errorCount,
      },
      'import_has_errors',
    );
  }
  if (!(await jobs.transitionImportJob(deps.db, id, 'validated', 'importing'))) {
    throw invalidState(
      `This import is already ${job.status}`,
      { importStatus: job.status },
      'import_not_pending',
    );
  }
  const rows = (await jobs.loadImportRows(deps.db, id)) as StoredRow[];
  void runImport(deps, actor, id, rows, opts).catch((err) => deps.log.error({ err, id }, 'import crashed'));
  return toReport({ ...job, status: 'importing' });
}

async function runImport(
  deps: Deps,
  actor: Actor,
  jobId: string,
  rows: StoredRow[],
  opts: { skipDuplicates: boolean },
): Promise<void> {
  try {
    await deps.db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        const chunk = rows.slice(i, i + IMPORT_CHUNK).filter((r) => !(opts.skipDuplicates && r.duplicate));
        const now = deps.clock.now().toISOString();
        const customerValues: jobs.CustomerImportRow[] = [];
        const contactValues: jobs.ContactImportRow[] = [];
        const auditValues: jobs.AuditImportRow[] = [];
        for (const r of chunk) {
          const id = randomUUID();
          const { contacts: people, allowDuplicate: _a, ...f } = r.input;
          const search = searchColumns({
            ...f,
            region: f.regionCode ? regionName(f.regionCode) : null,
            contacts: people,
          });
          customerValues.push({
            id,
            name: f.name,
            normalized_name: normalizeName(f.name),
            name_core: search.nameCore,
            name_pinyin: search.namePinyin,
            credit_code: f.creditCode,
            industry_code: f.industryCode ?? null,
            industry: r.freeText?.industry ?? null,
            scale: f.scale ?? null,
            region_code: f.regionCode ?? null,
            region: (f.regionCode ? regionName(f.regionCode) : r.freeText?.region) ?? null,
            address: f.address,
            source: f.source ?? null,
            stage: f.stage,
            tier: f.tier,
            owner_id: r.ownerId,
            team_id: r.teamId,
            tags: f.tags,
            notes: f.notes,
            search_vector: search.searchVector,
            search_text: search.searchText,
            created_at: now,
            updated_at: now,
          });
          for (const c of people) {
            contactValues.push({
              customer_id: id,
              name: c.name,
              title: c.title,
              phones: c.phones,
              phones_normalized: normalizePhones(c.phones),
              email: c.email,
              wechat: c.wechat,
              project_role: c.projectRole ?? null,
              portal_access: c.portalAccess,
              notes: c.notes,
              created_at: now,
              updated_at: now,
            });
          }
          auditValues.push({
            at: now,
            actor_id: actor.via === 'system' ? null : actor.userId,
            actor_name: actor.displayName,
            action: 'customer.import',
            entity_type: 'customer',
            entity_id: id,
            customer_id: id,
            after: auditable({
              ...f,
              ownerId: r.ownerId,
              teamId: r.teamId,
              contacts: people,
              importId: jobId,
              row: r.row,
            }),
            request_id: actor.requestId,
            ip: actor.ip,
          });
        }
        await jobs.bulkInsertCustomers(tx, customerValues);
        await jobs.bulkInsertContacts(tx, contactValues);
        await jobs.bulkInsertAudit(tx, auditValues);
        // Through the pool, not `tx`: progress must be visible before the import commits.
        await jobs.updateImportJob(deps.db, jobId, {
          processedRows: Math.min(i + IMPORT_CHUNK, rows.length),
        });
      }
    });
    await jobs.updateImportJob(deps.db, jobId, {
      status: 'done',
      processedRows: rows.length,
      rows: null,
      finishedAt: deps.clock.now(),
    });
  } catch (err) {
    await jobs.updateImportJob(deps.db, jobId, {
      status: 'failed',
      error: importFailure(err, rows),
      finishedAt: deps.clock.now(),
    });
  }
}

/** A message a person can act on: which row broke the import. */
function importFailure(err: unknown, rows: StoredRow[]): string {
  if (isCreditCodeConflict(err)) {
    const e = err as { detail?: string; cause?: { detail?: string } };
    const code = /=\(([^)]+)\)/.exec(e.detail ?? e.cause?.detail ?? '')?.[1];
    const row = rows.find((r) => r.input.creditCode === code)?.row;
    return `Row ${row ?? '?'}: credit code ${code ?? ''} is already used by another customer; nothing was imported`;
  }
  return `Import failed, nothing was imported: ${(err as Error).message ?? String(err)}`;
}
