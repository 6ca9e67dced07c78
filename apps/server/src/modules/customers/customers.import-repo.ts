/** SQL of customer imports: the import_jobs rows and the bulk inserts of a commit. */
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { auditLog } from '../../db/schema/audit.js';
import { contacts, customers, type ImportStatus, importJobs } from '../../db/schema/customers.js';
import type { DbOrTx } from '../../platform/db.js';

export const IMPORT_KIND = 'customers';

export async function insertImportJob(db: DbOrTx, values: typeof importJobs.$inferInsert) {
  const [row] = await db.insert(importJobs).values(values).returning();
  return row!;
}

const { rows: _rows, ...jobColumns } = getTableColumns(importJobs);

/** An import job of this user (jobs are private to who uploaded them), without its stored rows. */
export async function findImportJob(db: DbOrTx, id: string, userId: string) {
  const rows = await db
    .select(jobColumns)
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.userId, userId), eq(importJobs.kind, IMPORT_KIND)))
    .limit(1);
  return rows[0];
}

/** The validated rows a dry run stored for the commit. */
export async function loadImportRows(db: DbOrTx, id: string): Promise<unknown> {
  const rows = await db.select({ rows: importJobs.rows }).from(importJobs).where(eq(importJobs.id, id));
  return rows[0]?.rows ?? [];
}

/** Moves a job from one status to another; false when another request got there first. */
export async function transitionImportJob(db: DbOrTx, id: string, from: ImportStatus, to: ImportStatus) {
  const rows = await db
    .update(importJobs)
    .set({ status: to })
    .where(and(eq(importJobs.id, id), eq(importJobs.status, from)))
    .returning({ id: importJobs.id });
  return rows.length > 0;
}

export async function updateImportJob(
  db: DbOrTx,
  id: string,
  values: Partial<typeof importJobs.$inferInsert>,
) {
  await db.update(importJobs).set(values).where(eq(importJobs.id, id));
}

/*
 * Bulk inserts pass each chunk as ONE jsonb parameter expanded by
 * jsonb_to_recordset: building a 200-row multi-VALUES statement through the
 * query builder costs ~30 ms of CPU, more than PostgreSQL needs to insert it.
 */

export interface CustomerImportRow {
  id: string;
  name: string;
  normalized_name: string;
  name_core: string;
  name_pinyin: string;
  credit_code: string | null;
  industry_code: string | null;
  industry: string | null;
  scale: string | null;
  region_code: string | null;
  region: string | null;
  address: string | null;
  source: string | null;
  stage: string;
  tier: string;
  owner_id: string | null;
  team_id: string | null;
  tags: string[];
  notes: string | null;
  search_vector: string;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export async function bulkInsertCustomers(db: DbOrTx, rows: CustomerImportRow[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${customers} (id, name, normalized_name, name_core, name_pinyin, credit_code, industry_code,
      industry, scale, region_code, region, address, source,
      stage, tier, owner_id, team_id, tags, notes, search_vector, search_text, created_at, updated_at)
    select id, name, normalized_name, name_core, name_pinyin, credit_code, industry_code,
      industry, scale, region_code, region, address, source,
      stage, tier, owner_id, team_id, tags, notes, search_vector, search_text, created_at, updated_at
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id uuid, name text, normalized_name text,
      name_core text, name_pinyin text, credit_code text, industry_code text, industry text, scale text,
      region_code text, region text, address text, source text, stage text, tier text,
      owner_id uuid, team_id uuid, tags text[], notes text, search_vector tsvector, search_text text,
      created_at timestamptz, updated_at timestamptz)`);
}

export interface ContactImportRow {
  customer_id: string;
  name: string;
  title: string | null;
  phones: string[];
  phones_normalized: string[];
  email: string | null;
  wechat: string | null;
  project_role: string | null;
  portal_access: boolean;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export async function bulkInsertContacts(db: DbOrTx, rows: ContactImportRow[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${contacts} (customer_id, name, title, phones, phones_normalized, email, wechat, project_role,
      portal_access, notes, created_at, updated_at)
    select customer_id, name, title, phones, phones_normalized, email, wechat, project_role,
      portal_access, notes, created_at, updated_at
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(customer_id uuid, name text, title text,
      phones text[], phones_normalized text[], email text, wechat text, project_role text, portal_access boolean,
      notes text, created_at timestamptz, updated_at timestamptz)`);
}

export interface AuditImportRow {
  at: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  customer_id: string;
  after: unknown;
  request_id: string;
  ip: string | null;
}

/** Audit rows in bulk: one entry per imported customer, in the import's transaction. */
export async function bulkInsertAudit(db: DbOrTx, rows: AuditImportRow[]) {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${auditLog} (at, actor_id, actor_name, action, entity_type, entity_id, customer_id, after,
      request_id, ip)
    select at, actor_id, actor_name, action, entity_type, entity_id, customer_id, after, request_id, ip
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(at timestamptz, actor_id uuid, actor_name text,
      action text, entity_type text, entity_id text, customer_id uuid, after jsonb, request_id text, ip text)`);
}
