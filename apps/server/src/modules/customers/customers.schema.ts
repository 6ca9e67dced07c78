/**
 * The HTTP contract of customers and contacts: zod request bodies (strict, so
 * unknown fields are rejected), query strings and response shapes. The same
 * body schema validates API requests and import rows.
 */
import { z } from 'zod';
import {
  contactRoles,
  customerScales,
  customerSources,
  customerTiers,
  lifecycleStages,
} from '../../db/schema/customers.js';
import { optionalText, text } from '../../platform/fields.js';
import { creditCodeProblem } from './credit-code.js';
import { industryCodes } from './reference/industries.js';
import { isRegionCode } from './reference/regions.js';

/** A GB/T 2260 division code of the region picker (province, city or district). */
const regionCodeField = z
  .string()
  .regex(/^\d{6}$/, 'A region code has 6 digits')
  .refine(isRegionCode, 'Unknown GB/T 2260 region code');

export const creditCodeField = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    if (v === '') return;
    const problem = creditCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { reason: 'credit_code' } });
  })
  .nullish()
  .transform((v) => (v ? v : null));

const tagsField = z
  .array(text(40).min(1))
  .max(30)
  .transform((tags) => [...new Set(tags)]);

export const contactBody = z.strictObject({
  name: text(100).min(1),
  title: optionalText(100),
  phones: z.array(text(40).min(1)).max(10).default([]),
  email: z
    .union([z.literal(''), z.email().max(200)])
    .nullish()
    .transform((v) => (v ? v : null)),
  wechat: optionalText(100),
  projectRole: z.enum(contactRoles).nullish(),
  portalAccess: z.boolean().default(false),
  notes: optionalText(2000),
});
export type ContactBody = z.infer<typeof contactBody>;

export const contactCreateBody = contactBody.extend({
  /** Create even when the phone is already used by another customer's contact. */
  allowDuplicate: z.boolean().default(false),
});

export const contactPatchBody = z.strictObject({
  name: text(100).min(1).optional(),
  title: optionalText(100).optional(),
  phones: z.array(text(40).min(1)).max(10).optional(),
  email: z
    .union([z.literal(''), z.email().max(200)])
    .nullish()
    .transform((v) => (v ? v : null))
    .optional(),
  wechat: optionalText(100).optional(),
  projectRole: z.enum(contactRoles).nullable().optional(),
  portalAccess: z.boolean().optional(),
  notes: optionalText(2000).optional(),
  allowDuplicate: z.boolean().optional(),
});
export type ContactPatch = z.infer<typeof contactPatchBody>;

const customerFields = {
  name: text(200).min(1),
  creditCode: creditCodeField,
  /** GB/T 4754-2017 section (A–T). */
  industryCode: z.enum(industryCodes).nullish(),
  scale: z.enum(customerScales).nullish(),
  /** GB/T 2260 code; the region's display names are derived from it. */
  regionCode: regionCodeField.nullish(),
  address: optionalText(300),
  source: z.enum(customerSources).nullish(),
  stage: z.enum(lifecycleStages).default('lead'),
  tier: z.enum(customerTiers).default('C'),
  ownerId: z.uuid().nullish(),
  teamId: z.uuid().nullish(),
  tags: tagsField.default([]),
  notes: optionalText(5000),
};

export const customerCreateBody = z.strictObject({
  ...customerFields,
  contacts: z.array(contactBody).max(50).default([]),
  /** Create even when the name or a contact phone matches another customer (credit codes never). */
  allowDuplicate: z.boolean().default(false),
});
export type CustomerCreate = z.infer<typeof customerCreateBody>;

export const customerPatchBody = z.strictObject({
  name: customerFields.name.optional(),
  creditCode: creditCodeField.optional(),
  industryCode: z.enum(industryCodes).nullable().optional(),
  scale: z.enum(customerScales).nullable().optional(),
  regionCode: regionCodeField.nullable().optional(),
  address: customerFields.address.optional(),
  source: z.enum(customerSources).nullable().optional(),
  stage: z.enum(lifecycleStages).optional(),
  tier: z.enum(customerTiers).optional(),
  ownerId: z.uuid().nullable().optional(),
  teamId: z.uuid().nullable().optional(),
  tags: tagsField.optional(),
  notes: customerFields.notes.optional(),
  allowDuplicate: z.boolean().optional(),
});
export type CustomerPatch = z.infer<typeof customerPatchBody>;

export const duplicateCheckBody = z.strictObject({
  name: text(200).optional(),
  creditCode: creditCodeField.optional(),
  phones: z.array(text(40)).max(50).optional(),
  /** Ignore this customer (when checking an edit). */
  excludeId: z.uuid().optional(),
});

/** A query value given as `?tag=a&tag=b` or `?tag=a,b`. */
const listParam = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(50))
    .optional();

export const customerSorts = ['createdAt', '-createdAt', 'name', '-name', 'updatedAt', '-updatedAt'] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const customerFilterQuery = z.strictObject({
  stage: listParam(z.enum(lifecycleStages)),
  tier: listParam(z.enum(customerTiers)),
  industryCode: z.enum(industryCodes).optional(),
  /** A province, city or district: customers anywhere inside it. */
  regionCode: regionCodeField.optional(),
  ownerId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  tag: listParam(z.string().max(40)),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(customerSorts).default('-createdAt'),
});
export type CustomerFilter = z.infer<typeof customerFilterQuery>;

export const customerListQuery = customerFilterQuery.extend({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CustomerListQuery = z.infer<typeof customerListQuery>;

export const exportQuery = customerFilterQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

export const idParams = z.strictObject({ id: z.uuid() });
export const cursorQuery = z.strictObject({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

// ---- responses ----

export const contactResponse = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  phones: z.array(z.string()),
  email: z.string().nullable(),
  wechat: z.string().nullable(),
  projectRole: z.enum(contactRoles).nullable(),
  portalAccess: z.boolean(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContactDto = z.infer<typeof contactResponse>;

export const customerResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  creditCode: z.string().nullable(),
  industryCode: z.enum(industryCodes).nullable(),
  /** Free text from before industry codes that maps to no section (shown until a section is picked). */
  industry: z.string().nullable(),
  scale: z.enum(customerScales).nullable(),
  regionCode: z.string().nullable(),
  /** Names of the region's path ("北京市 海淀区"), or free text from before region codes that maps to none. */
  region: z.string().nullable(),
  address: z.string().nullable(),
  source: z.enum(customerSources).nullable(),
  stage: z.enum(lifecycleStages),
  tier: z.enum(customerTiers),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.uuid().nullable(),
  /** Team name in Chinese; `teamNameEn` in English. */
  teamName: z.string().nullable(),
  teamNameEn: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  contactCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CustomerDto = z.infer<typeof customerResponse>;

export const customerDetailResponse = customerResponse.extend({ contacts: z.array(contactResponse) });
export type CustomerDetailDto = z.infer<typeof customerDetailResponse>;

export const customerPageResponse = z.object({
  items: z.array(customerResponse),
  nextCursor: z.string().nullable(),
});

export const duplicateMatch = z.object({
  /** id, name and ownerName are null when the match is outside the caller's data scope. */
  id: z.uuid().nullable(),
  name: z.string().nullable(),
  /** `similar_name`: same name once business words are dropped (华信智联科技 ~ 华信智联); see `score`. */
  reason: z.enum(['credit_code', 'name', 'similar_name', 'phone']),
  /** How alike the names are (0–1) for a `similar_name` match; 1 otherwise. */
  score: z.number(),
  /** False when the match is outside the caller's data scope (it exists, but they cannot open it). */
  inScope: z.boolean(),
  ownerName: z.string().nullable(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatch>;
export const duplicatesResponse = z.object({ matches: z.array(duplicateMatch) });

export const facetsResponse = z.object({ tags: z.array(z.string()) });

const regionNode = (child?: z.ZodType) =>
  z.object({ code: z.string(), name: z.string(), ...(child ? { children: z.array(child).optional() } : {}) });

/** The region picker's tree and the industry sections, for forms and filters. */
export const referenceResponse = z.object({
  regions: z.array(regionNode(regionNode(regionNode()))),
  industries: z.array(z.object({ code: z.enum(industryCodes), nameZh: z.string(), nameEn: z.string() })),
});

export const timelineEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  entityName: z.string().nullable(),
  entityNameEn: z.string().nullable(),
  entityKey: z.string().nullable(),
  parentId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const timelineResponse = z.object({
  items: z.array(timelineEntry),
  nextCursor: z.string().nullable(),
});

export const contactListResponse = z.object({ items: z.array(contactResponse) });

export const importIssue = z.object({
  row: z.number().int(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export const importReport = z.object({
  id: z.uuid(),
  fileName: z.string(),
  status: z.enum(['validating', 'validated', 'importing', 'done', 'failed']),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  errors: z.array(importIssue),
  /** Values imported as free text because they map to no code (the row is imported; pick the code later). */
  unmapped: z.array(
    z.object({
      row: z.number().int(),
      field: z.enum(['region', 'industry']),
      value: z.string(),
    }),
  ),
  /** Possible duplicates: existing customers (`matches`) and earlier rows of the same file (`sameAsRows`). */
  duplicates: z.array(
    z.object({
      row: z.number().int(),
      matches: z.array(duplicateMatch),
      sameAsRows: z.array(z.number().int()),
    }),
  ),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportReportDto = z.infer<typeof importReport>;

export const importCommitBody = z
  .strictObject({
    /** Leave out rows the dry run flagged as possible duplicates. */
    skipDuplicates: z.boolean().default(false),
  })
  .nullish();
