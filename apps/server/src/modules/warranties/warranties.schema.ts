/** The HTTP contract of warranties (质保期): list filters, the adjust body, the response shape. */
import { z } from 'zod';
import { coverageTypes, environments } from '../../db/schema/products.js';
import { isoDate } from '../../platform/fields.js';

export const warrantyStatuses = ['not_started', 'in_force', 'expired'] as const;

export const coverageField = z
  .array(z.enum(coverageTypes))
  .min(1)
  .max(coverageTypes.length)
  .transform((items) => [...new Set(items)]);

export const warrantyPatchBody = z.strictObject({
  /** A start date other than the acceptance date; null goes back to following the acceptance date. */
  startDate: isoDate.nullable().optional(),
  months: z.number().int().min(1).max(120).optional(),
  coverage: coverageField.optional(),
  notes: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => (v ? v : null))
    .optional(),
});
export type WarrantyPatch = z.infer<typeof warrantyPatchBody>;

export const warrantySorts = ['endDate', '-endDate'] as const;

export const warrantyListQuery = z.strictObject({
  customerId: z.uuid().optional(),
  productId: z.uuid().optional(),
  status: z.enum(warrantyStatuses).optional(),
  /** Only warranties in force whose last day is within this many days from today (e.g. 60). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(warrantySorts).default('endDate'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type WarrantyListQuery = z.infer<typeof warrantyListQuery>;

export const deploymentIdParams = z.strictObject({ id: z.uuid() });

export const warrantyResponse = z.object({
  id: z.uuid(),
  deploymentId: z.uuid(),
  customerId: z.uuid(),
  customerName: z.string(),
  productId: z.uuid(),
  productName: z.string(),
  productCode: z.string(),
  environment: z.enum(environments),
  /** First day in force (Asia/Shanghai calendar date). */
  startDate: z.string(),
  /** True while the start follows the deployment's acceptance date. */
  startFromAcceptance: z.boolean(),
  months: z.number().int(),
  /** Last day in force, inclusive: the day before the start's N-month anniversary. */
  endDate: z.string(),
  coverage: z.array(z.enum(coverageTypes)),
  status: z.enum(warrantyStatuses),
  /** Days still in force counting today (1 on the last day, 0 when expired; whole term before the start). */
  daysLeft: z.number().int(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WarrantyDto = z.infer<typeof warrantyResponse>;

export const warrantyPageResponse = z.object({
  items: z.array(warrantyResponse),
  nextCursor: z.string().nullable(),
  /** The Asia/Shanghai date the statuses were computed for. */
  today: z.string(),
});
