/** Customers (the organisations a vendor serves), their contacts, and import jobs. */
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { teams, users } from './identity.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const lifecycleStages = ['lead', 'prospect', 'customer', 'strategic_partner', 'churned'] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];
export const customerTiers = ['A', 'B', 'C', 'D'] as const;
export type CustomerTier = (typeof customerTiers)[number];
export const customerScales = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export type CustomerScale = (typeof customerScales)[number];
export const customerSources = [
  'referral',
  'exhibition',
  'web',
  'partner',
  'cold_call',
  'event',
  'other',
] as const;
export type CustomerSource = (typeof customerSources)[number];

/** GB/T 4754-2017 sections (门类); names in modules/customers/reference/industries.ts. */
export const industryCodes = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
] as const;
export type IndustryCode = (typeof industryCodes)[number];

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    /** Lower-cased name without spaces, punctuation and legal suffixes, for duplicate detection. */
    normalizedName: text('normalized_name').notNull(),
    /**
     * The normalised name without trailing business words (科技, 软件, 信息技术 …): equal cores with
     * different normalised names are near-duplicates (华信智联科技（北京）有限公司 ~ 北京华信智联).
     * Null until computed, like `namePinyin`.
     */
    nameCore: text('name_core'),
    /**
     * Full pinyin and initials of the name and of its distinctive part, space separated
     * ("haierjituan hejt haier he"), for pinyin search. Null until computed: rows written
     * before this column existed are filled in at start (backfillCustomerKeys).
     */
    namePinyin: text('name_pinyin'),
    creditCode: text('credit_code'),
    /** GB/T 4754-2017 section letter (A–T). */
    industryCode: text('industry_code').$type<IndustryCode>(),
    /** Free text from before industry codes, kept only when it maps to no section. */
    industry: text('industry'),
    scale: text('scale').$type<CustomerScale>(),
    /** GB/T 2260 division code of the province, city or district (6 digits). */
    regionCode: text('region_code'),
    /** Display names of the division path ("北京市 海淀区"), or unmapped free text from before codes. */
    region: text('region'),
    address: text('address'),
    source: text('source').$type<CustomerSource>(),
    stage: text('stage').$type<LifecycleStage>().notNull().default('lead'),
    tier: text('tier').$type<CustomerTier>().notNull().default('C'),
    ownerId: uuid('owner_id').references(() => users.id),
    teamId: uuid('team_id').references(() => teams.id),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** jieba-segmented words of name, address, region, industry, tags, notes, contacts. */
    searchVector: tsvector('search_vector').notNull(),
    /** The same fields joined as plain text, for substring (pg_trgm) search. */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('customers_credit_code_uq').on(t.creditCode).where(sql`${t.creditCode} is not null`),
    index('customers_normalized_name_idx').on(t.normalizedName),
    index('customers_name_core_idx').on(t.nameCore),
    index('customers_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('customers_name_idx').on(t.name, t.id),
    index('customers_updated_idx').on(t.updatedAt.desc(), t.id.desc()),
    index('customers_owner_idx').on(t.ownerId, t.createdAt.desc()),
    index('customers_team_idx').on(t.teamId, t.createdAt.desc()),
    index('customers_stage_idx').on(t.stage),
    index('customers_tags_idx').using('gin', t.tags),
    index('customers_search_vector_idx').using('gin', t.searchVector),
    index('customers_search_text_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('customers_name_pinyin_trgm_idx').using('gin', sql`${t.namePinyin} gin_trgm_ops`),
    // The start-up backfill finds the rows it still has to fill without scanning the table.
    index('customers_name_pinyin_missing_idx').on(t.id).where(sql`${t.namePinyin} is null`),
    index('customers_region_code_idx').on(t.regionCode),
    index('customers_industry_code_idx').on(t.industryCode),
  ],
);

export const contactRoles = [
  'decision_maker',
  'it_admin',
  'key_user',
  'business_owner',
  'finance',
  'other',
] as const;
export type ContactRole = (typeof contactRoles)[number];

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    title: text('title'),
    /** Phone numbers as typed; `phonesNormalized` holds digits only, for duplicate detection. */
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    phonesNormalized: text('phones_normalized').array().notNull().default(sql`'{}'::text[]`),
    email: text('email'),
    wechat: text('wechat'),
    projectRole: text('project_role').$type<ContactRole>(),
    portalAccess: boolean('portal_access').notNull().default(false),
    /** The portal user created for this contact when portal access is granted. */
    userId: uuid('user_id').references(() => users.id),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('contacts_customer_idx').on(t.customerId, t.name),
    index('contacts_phones_idx').using('gin', t.phonesNormalized),
  ],
);

export type ImportStatus = 'validating' | 'validated' | 'importing' | 'done' | 'failed';

/** A CSV/Excel import: dry-run results, then an all-or-nothing commit with progress. */
export const importJobs = pgTable('import_jobs', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  kind: text('kind').notNull(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  fileName: text('file_name').notNull(),
  status: text('status').$type<ImportStatus>().notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  errorCount: integer('error_count').notNull().default(0),
  /** Per-row errors and duplicate warnings from the dry run. */
  report: jsonb('report'),
  /** The parsed, validated rows waiting for the commit. */
  rows: jsonb('rows'),
  error: text('error'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});
