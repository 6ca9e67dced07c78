/**
 * The HTTP contract of service requests: strict zod bodies (unknown fields
 * are rejected), list/export query strings, and the list item and detail
 * shapes other modules import (RequestListItem, RequestDetail).
 */
import { z } from 'zod';
import {
  coverages,
  requestChannels,
  requestRelationKinds,
  rootCauseCategories,
  stateCategories,
  verificationStatuses,
} from '../../db/schema/requests.js';
import { severities } from '../../db/schema/sla.js';
import { instantString, optionalText, text } from '../../platform/fields.js';
import { requestCategories } from '../../workflows/entitlement.js';

const tagsField = z
  .array(text(40).min(1))
  .max(30)
  .transform((tags) => [...new Set(tags)]);

export const requestCreateBody = z.strictObject({
  customerId: z.uuid(),
  contactId: z.uuid().nullish(),
  deploymentId: z.uuid().nullish(),
  productId: z.uuid().nullish(),
  productVersionId: z.uuid().nullish(),
  /** Customer contacts always create through the portal, whatever they send. */
  channel: z.enum(requestChannels).default('phone'),
  category: z.enum(requestCategories),
  severity: z.enum(severities),
  subject: text(300).min(1),
  description: text(20_000).default(''),
  environment: optionalText(2000),
  reproductionSteps: optionalText(10_000),
  impactScope: optionalText(2000),
  tags: tagsField.default([]),
  teamId: z.uuid().nullish(),
  assigneeId: z.uuid().nullish(),
});
export type RequestCreate = z.infer<typeof requestCreateBody>;

export const requestPatchBody = z.strictObject({
  subject: text(300).min(1).optional(),
  description: text(20_000).optional(),
  category: z.enum(requestCategories).optional(),
  severity: z.enum(severities).optional(),
  /** Required with a severity change: it moves the due times, and the timeline says why. */
  reason: text(1000).min(1).optional(),
  contactId: z.uuid().nullable().optional(),
  deploymentId: z.uuid().nullable().optional(),
  productId: z.uuid().nullable().optional(),
  productVersionId: z.uuid().nullable().optional(),
  environment: optionalText(2000).optional(),
  reproductionSteps: optionalText(10_000).optional(),
  impactScope: optionalText(2000).optional(),
  tags: tagsField.optional(),
});
export type RequestPatch = z.infer<typeof requestPatchBody>;

export const transitionBody = z.strictObject({
  to: text(60).min(1),
  note: text(2000).optional(),
});
export const recheckBody = z.strictObject({ reason: text(1000).min(1) });

export const requestViews = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'waiting', 'all'] as const;
export const requestSorts = ['due', 'received', 'updated', 'severity', 'number'] as const;
export type RequestSort = (typeof requestSorts)[number];

/** A query value given as `?severity=L1&severity=L2` or `?severity=L1,L2`. */
const listParam = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) =>
      (Array.isArray(v) ? v : [v])
        .flatMap((s) => s.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).max(20))
    .optional();

/** The list filters; saved views store exactly this object. */
export const requestFilterQuery = z.strictObject({
  view: z.enum(requestViews).default('all'),
  customerId: z.uuid().optional(),
  severity: listParam(z.enum(severities)),
  category: listParam(z.enum(requestCategories)),
  state: listParam(z.string().max(60)),
  stateCategory: listParam(z.enum(stateCategories)),
  assigneeId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  productId: z.uuid().optional(),
  coverage: listParam(z.enum(coverages)),
  channel: listParam(z.enum(requestChannels)),
  receivedFrom: instantString.optional(),
  receivedTo: instantString.optional(),
  q: z.string().trim().max(200).optional(),
  /** `due` lists open work only (new, open, pending) unless `state` or `stateCategory` is given. */
  sort: z
    .enum(requestSorts)
    .default('received')
    .describe(
      'due: open work only unless state or stateCategory is given (due times of finished requests are history)',
    ),
  order: z.enum(['asc', 'desc']).optional(),
});
export type RequestFilter = z.infer<typeof requestFilterQuery>;

export const requestListQuery = requestFilterQuery.extend({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type RequestListQuery = z.infer<typeof requestListQuery>;
export const requestExportQuery = requestFilterQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const idParams = z.strictObject({ id: z.uuid() });

// ---- responses ----

const ts = z.string().nullable();

export const requestListItem = z.object({
  id: z.uuid(),
  number: z.string(),
  subject: z.string(),
  customerId: z.uuid(),
  customerName: z.string(),
  severity: z.enum(severities),
  category: z.string(),
  channel: z.enum(requestChannels),
  state: z.string(),
  stateCategory: z.enum(stateCategories),
  coverage: z.enum(coverages),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  tier: z.number().int(),
  assigneeId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  productId: z.uuid().nullable(),
  receivedAt: z.string(),
  responseWarnAt: ts,
  responseDueAt: ts,
  resolutionWarnAt: ts,
  resolutionDueAt: ts,
  pausedAt: ts,
  firstResponseAt: ts,
  resolvedAt: ts,
  responseBreachedAt: ts,
  resolutionBreachedAt: ts,
  responseWarnedAt: ts,
  resolutionWarnedAt: ts,
  updatedAt: z.string(),
  version: z.number().int(),
});
export type RequestListItem = z.infer<typeof requestListItem>;

/** Open requests per console tab (the list with sort=due counts open work only). */
export const requestCounts = z.object({
  mine: z.number().int(),
  team: z.number().int(),
  unassigned: z.number().int(),
  at_risk: z.number().int(),
  breached: z.number().int(),
  waiting: z.number().int(),
  /** Counts stop at this many (a count equal to it means "this many or more"); null = exact. */
  cap: z.number().int().nullable(),
});
export type RequestCounts = z.infer<typeof requestCounts>;

export const requestPage = z.object({ items: z.array(requestListItem), nextCursor: z.string().nullable() });

export const requestRelationView = z.object({
  requestId: z.uuid(),
  number: z.string(),
  subject: z.string(),
  kind: z.enum(requestRelationKinds),
  /** outgoing: this request is <kind> the other; incoming: the other is <kind> this one. */
  direction: z.enum(['outgoing', 'incoming']),
});

export const requestDetail = requestListItem.extend({
  contactId: z.uuid().nullable(),
  contactName: z.string().nullable(),
  deploymentId: z.uuid().nullable(),
  deploymentName: z.string().nullable(),
  productName: z.string().nullable(),
  productVersionId: z.uuid().nullable(),
  description: z.string(),
  environment: z.string().nullable(),
  reproductionSteps: z.string().nullable(),
  impactScope: z.string().nullable(),
  tags: z.array(z.string()),
  stateName: z.object({ zh: z.string(), en: z.string() }),
  allowedTransitions: z.array(z.string()),
  contractId: z.uuid().nullable(),
  warrantyId: z.uuid().nullable(),
  feeCategory: z.string().nullable(),
  entitlement: z.record(z.string(), z.unknown()),
  slaPolicyId: z.uuid().nullable(),
  slaPolicyVersion: z.number().int().nullable(),
  calendarId: z.uuid().nullable(),
  responseTargetMinutes: z.number().int().nullable(),
  resolutionTargetMinutes: z.number().int().nullable(),
  warningPercent: z.number().int(),
  /**
   * Years the due times run into whose holidays the calendar has not loaded: the due times are provisional
   * (computed as plain weekly hours there) until the year is imported. Empty = firm.
   */
  slaProvisionalYears: z.array(z.number().int()),
  pausedWorkingSeconds: z.number().int(),
  nextSlaCheckAt: ts,
  firstResponseCalendarMinutes: z.number().int().nullable(),
  firstResponseWorkingMinutes: z.number().int().nullable(),
  responseMet: z.boolean().nullable(),
  resolutionCalendarMinutes: z.number().int().nullable(),
  resolutionWorkingMinutes: z.number().int().nullable(),
  resolutionMet: z.boolean().nullable(),
  closedAt: ts,
  reopenCount: z.number().int(),
  breachCount: z.number().int(),
  rootCauseCategory: z.enum(rootCauseCategories).nullable(),
  analysisNotes: z.string().nullable(),
  workaround: z.string().nullable(),
  fixDescription: z.string().nullable(),
  fixVersionId: z.uuid().nullable(),
  fixVersionName: z.string().nullable(),
  verificationStatus: z.enum(verificationStatuses).nullable(),
  verifiedAt: ts,
  verificationNote: z.string().nullable(),
  closingCause: z.string().nullable(),
  closingSolution: z.string().nullable(),
  closingPrevention: z.string().nullable(),
  mergedIntoId: z.uuid().nullable(),
  imported: z.boolean(),
  createdBy: z.uuid().nullable(),
  createdAt: z.string(),
  relations: z.array(requestRelationView),
});
export type RequestDetail = z.infer<typeof requestDetail>;
