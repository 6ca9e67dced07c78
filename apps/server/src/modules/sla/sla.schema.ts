import { z } from 'zod';
import { severities } from '../../db/schema/sla.js';

/** Five years of minutes: more is a typo, not a target. */
const MAX_MINUTES = 5 * 366 * 24 * 60;
const minutes = z.number().int().min(1).max(MAX_MINUTES).nullable();

/**
 * One severity's targets in working minutes; null = no target ("as agreed").
 * Resolving cannot be due before responding, so when both are set the
 * resolution target must be at least the response target.
 */
export const targetSchema = z
  .strictObject({
    responseMinutes: minutes,
    resolutionMinutes: minutes,
    /** The calendar this target counts on; absent or null = the policy's calendar. */
    responseCalendarId: z.uuid().nullable().optional(),
    resolutionCalendarId: z.uuid().nullable().optional(),
  })
  .refine(
    (t) =>
      t.responseMinutes === null || t.resolutionMinutes === null || t.resolutionMinutes >= t.responseMinutes,
    { message: 'must not be shorter than the response target', path: ['resolutionMinutes'] },
  );

export const targetsSchema = z.strictObject({
  L1: targetSchema,
  L2: targetSchema,
  L3: targetSchema,
  L4: targetSchema,
});

const targetView = z.object({
  responseMinutes: z.number().nullable(),
  resolutionMinutes: z.number().nullable(),
  responseCalendarId: z.uuid().nullable().optional(),
  resolutionCalendarId: z.uuid().nullable().optional(),
});

export const policyVersionSchema = z.object({
  policyId: z.uuid(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  calendarId: z.uuid(),
  targets: z.object({ L1: targetView, L2: targetView, L3: targetView, L4: targetView }),
  warningPercent: z.number().int(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
});
export type PolicyVersionView = z.infer<typeof policyVersionSchema>;

export const policySchema = z.object({
  id: z.uuid(),
  builtinKey: z.string().nullable(),
  name: z.string(),
  /** The current version number; send it back as If-Match. */
  version: z.number().int(),
  current: policyVersionSchema,
  versions: z.array(z.object({ version: z.number().int(), effectiveFrom: z.string(), name: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PolicyView = z.infer<typeof policySchema>;

const name = z.string().trim().min(1).max(200);
const description = z.string().trim().max(2000).nullable();
const warningPercent = z.number().int().min(1).max(99);

export const createPolicyBody = z.strictObject({
  name,
  description: description.optional(),
  calendarId: z.uuid(),
  targets: targetsSchema,
  /** Warn when this share of a target has elapsed. */
  warningPercent: warningPercent.default(75),
});
export type CreatePolicyInput = z.infer<typeof createPolicyBody>;

export const updatePolicyBody = z.strictObject({
  name: name.optional(),
  description: description.optional(),
  calendarId: z.uuid().optional(),
  /** Severities given replace their targets; the others are kept. */
  targets: z
    .strictObject({
      L1: targetSchema.optional(),
      L2: targetSchema.optional(),
      L3: targetSchema.optional(),
      L4: targetSchema.optional(),
    })
    .optional(),
  warningPercent: warningPercent.optional(),
});
export type UpdatePolicyInput = z.infer<typeof updatePolicyBody>;

export const severitySchema = z.enum(severities);
