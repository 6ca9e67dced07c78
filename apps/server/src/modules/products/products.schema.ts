/** The HTTP contract of the product catalog and product versions (strict bodies, response shapes). */
import { z } from 'zod';
import { isoDate, optionalText } from '../../platform/fields.js';

/** Short product code: letters, digits, dash, underscore; stored upper-cased. */
const code = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'Letters, digits, dash and underscore only')
  .transform((v) => v.toUpperCase());

/** Semver-ish version string: 7, 7.2, 7.2.1, 7.2.1.4, optional leading v and -/+ suffix. */
export const versionName = z
  .string()
  .trim()
  .max(64)
  .regex(/^v?\d+(\.\d+){0,3}([-+][0-9A-Za-z.+-]+)?$/, 'A version like 7.2.0, v7.2 or 7.2.0-rc.1');

const textList = z
  .array(z.string().trim().min(1).max(300))
  .max(500)
  .transform((items) => [...new Set(items)]);

export const productCreateBody = z.strictObject({
  code,
  name: z.string().trim().min(1).max(200),
  description: optionalText(5000),
  critical: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type ProductCreate = z.infer<typeof productCreateBody>;

export const productPatchBody = z.strictObject({
  code: code.optional(),
  name: z.string().trim().min(1).max(200).optional(),
  description: optionalText(5000).optional(),
  critical: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type ProductPatch = z.infer<typeof productPatchBody>;

export const productSorts = ['name', '-name', 'code', '-code', 'createdAt', '-createdAt'] as const;
export type ProductSort = (typeof productSorts)[number];

const boolParam = z.enum(['true', 'false']).transform((v) => v === 'true');

export const productListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  active: boolParam.optional(),
  critical: boolParam.optional(),
  sort: z.enum(productSorts).default('name'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ProductListQuery = z.infer<typeof productListQuery>;

export const versionCreateBody = z.strictObject({
  name: versionName,
  releaseDate: isoDate.nullish(),
  releaseNotes: optionalText(20000),
  fixedDefects: textList.default([]),
  securityFixes: textList.default([]),
});
export type VersionCreate = z.infer<typeof versionCreateBody>;

export const versionPatchBody = z.strictObject({
  name: versionName.optional(),
  releaseDate: isoDate.nullable().optional(),
  releaseNotes: optionalText(20000).optional(),
  fixedDefects: textList.optional(),
  securityFixes: textList.optional(),
});
export type VersionPatch = z.infer<typeof versionPatchBody>;

export const idParams = z.strictObject({ id: z.uuid() });

export const productResponse = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  critical: z.boolean(),
  active: z.boolean(),
  versionCount: z.number().int(),
  /** The newest version by release date (then creation), if any. */
  latestVersion: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ProductDto = z.infer<typeof productResponse>;

export const productPageResponse = z.object({
  items: z.array(productResponse),
  nextCursor: z.string().nullable(),
});

export const versionResponse = z.object({
  id: z.uuid(),
  productId: z.uuid(),
  name: z.string(),
  releaseDate: z.string().nullable(),
  releaseNotes: z.string().nullable(),
  fixedDefects: z.array(z.string()),
  securityFixes: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VersionDto = z.infer<typeof versionResponse>;

export const versionListResponse = z.object({ items: z.array(versionResponse) });
