/** The HTTP contract of case tracking: analysis and closing summary, knowledge draft, relations, merge. */
import { z } from 'zod';
import {
  requestRelationKinds,
  rootCauseCategories,
  stateCategories,
  verificationStatuses,
} from '../../db/schema/requests.js';

const text = z
  .string()
  .trim()
  .max(20_000)
  .nullable()
  .transform((v) => (v ? v : null));

/** Partial: only the fields sent change; null clears one. */
export const analysisBody = z.strictObject({
  rootCauseCategory: z.enum(rootCauseCategories).nullable().optional(),
  analysisNotes: text.optional(),
  workaround: text.optional(),
  fixDescription: text.optional(),
  fixVersionId: z.uuid().nullable().optional(),
  verificationStatus: z.enum(verificationStatuses).nullable().optional(),
  verificationNote: text.optional(),
  closingCause: text.optional(),
  closingSolution: text.optional(),
  closingPrevention: text.optional(),
});
export type AnalysisInput = z.infer<typeof analysisBody>;
export const analysisFields = Object.keys(analysisBody.shape) as (keyof AnalysisInput)[];

export const analysisResponse = z.object({
  id: z.uuid(),
  rootCauseCategory: z.enum(rootCauseCategories).nullable(),
  analysisNotes: z.string().nullable(),
  workaround: z.string().nullable(),
  fixDescription: z.string().nullable(),
  fixVersionId: z.uuid().nullable(),
  verificationStatus: z.enum(verificationStatuses).nullable(),
  /** Set when the verification is confirmed or rejected. */
  verifiedAt: z.string().nullable(),
  verificationNote: z.string().nullable(),
  closingCause: z.string().nullable(),
  closingSolution: z.string().nullable(),
  closingPrevention: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AnalysisDto = z.infer<typeof analysisResponse>;

export const knowledgeDraftResponse = z.object({
  title: z.string(),
  /** Sanitized HTML (same allow-list as replies), ready for a knowledge article editor. */
  body: z.string(),
});
export type KnowledgeDraft = z.infer<typeof knowledgeDraftResponse>;

export const requestIdParams = z.strictObject({ id: z.uuid() });
export const relationParams = z.strictObject({
  id: z.uuid(),
  relatedId: z.uuid(),
  kind: z.enum(requestRelationKinds),
});

export const relationBody = z.strictObject({
  relatedId: z.uuid(),
  kind: z.enum(requestRelationKinds),
});
export type RelationInput = z.infer<typeof relationBody>;

const relatedSummary = z.object({
  id: z.uuid(),
  number: z.string(),
  subject: z.string(),
  state: z.string(),
  stateCategory: z.enum(stateCategories),
});

export const relationResponse = z.object({
  requestId: z.uuid(),
  relatedId: z.uuid(),
  kind: z.enum(requestRelationKinds),
  /** outgoing: this request → related ("this is a duplicate of"); incoming: related → this request. */
  direction: z.enum(['outgoing', 'incoming']),
  /** The other request. */
  other: relatedSummary,
  createdAt: z.string(),
});
export type RelationDto = z.infer<typeof relationResponse>;

export const mergeBody = z.strictObject({ intoId: z.uuid() });

export const mergeResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  mergedIntoId: z.uuid(),
  state: z.string(),
  stateCategory: z.enum(stateCategories),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type MergeResult = z.infer<typeof mergeResponse>;
