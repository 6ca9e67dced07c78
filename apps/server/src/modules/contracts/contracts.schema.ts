/** The HTTP contract of contracts: bodies, list filters and response shapes. */
import { z } from 'zod';
import { changeRequestStatuses, contractStates, contractTypes } from '../../db/schema/contracts.js';
import { isoDate } from './contracts.dates.js';
import { decimalString, termsSchema } from './contracts.terms.js';

const number = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._/-]*$/u, 'Letters, digits, ".", "_", "/" and "-"');
const title = z.string().trim().min(1).max(300);

export const contractCreateBody = z
  .strictObject({
    number,
    customerId: z.uuid(),
    type: z.enum(contractTypes),
    title,
    /** CNY as a decimal string, e.g. "128000.00" (never a number: no float rounding). */
    amount: decimalString,
    signedDate: isoDate.nullish(),
    startDate: isoDate,
    endDate: isoDate,
    /** Defaults to you. */
    ownerId: z.uuid().optional(),
    /** The contract this one renews. */
    parentId: z.uuid().nullish(),
    terms: termsSchema.optional(),
  })
  .refine((b) => b.endDate >= b.startDate, {
    message: 'Must not be before the start date',
    path: ['endDate'],
  });
export type ContractCreate = z.infer<typeof contractCreateBody>;

export const contractPatchBody = z.strictObject({
  number: number.optional(),
  title: title.optional(),
  amount: decimalString.optional(),
  signedDate: isoDate.nullable().optional(),
  startDate: isoDate.optional(),
  endDate: isoDate.optional(),
  ownerId: z.uuid().optional(),
  parentId: z.uuid().nullable().optional(),
  /** Full replacement terms; only while the contract is a draft. */
  terms: termsSchema.optional(),
});
export type ContractPatch = z.infer<typeof contractPatchBody>;

export const contractSorts = ['endDate', '-endDate', '-createdAt', 'number'] as const;
export type ContractSort = (typeof contractSorts)[number];

export const contractListQuery = z.strictObject({
  type: z.enum(contractTypes).optional(),
  state: z.enum(contractStates).optional(),
  customerId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  /** Contracts in force whose last day is within this many days from today (Asia/Shanghai). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(contractSorts).default('-createdAt'),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ContractListQuery = z.infer<typeof contractListQuery>;

export const customerContractsQuery = contractListQuery.omit({ customerId: true });

export const transitionBody = z.strictObject({
  to: z.enum(contractStates),
  reason: z.string().trim().min(1).max(2000).optional(),
});
export type TransitionInput = z.infer<typeof transitionBody>;

export const changeRequestBody = z.strictObject({
  reason: z.string().trim().min(1).max(2000),
  /** The complete new terms (not a patch). */
  terms: termsSchema,
});
export type ChangeRequestInput = z.infer<typeof changeRequestBody>;

export const idParams = z.strictObject({ id: z.uuid() });
export const versionParams = z.strictObject({ id: z.uuid(), version: z.coerce.number().int().min(1) });
export const documentParams = z.strictObject({ id: z.uuid(), documentId: z.uuid() });

const termsView = z.record(z.string(), z.unknown());

const targetView = z.object({
  responseMinutes: z.number().nullable(),
  resolutionMinutes: z.number().nullable(),
  responseCalendarId: z.uuid().nullable().optional(),
  resolutionCalendarId: z.uuid().nullable().optional(),
});

/** The SLA policy version that was in force when a terms version took effect (not today's). */
export const termsSlaView = z.object({
  policyId: z.uuid(),
  policyVersion: z.number().int(),
  name: z.string(),
  effectiveFrom: z.string(),
  calendarId: z.uuid(),
  calendarName: z.string().nullable(),
  targets: z.object({ L1: targetView, L2: targetView, L3: targetView, L4: targetView }),
  warningPercent: z.number().int(),
});

export const termsVersionResponse = z.object({
  version: z.number().int(),
  effectiveFrom: z.string(),
  terms: termsView,
  /** The targets in force then; null when the terms name no policy. Only on the terms history routes. */
  sla: termsSlaView.nullable().optional(),
  createdBy: z.uuid().nullable(),
  changeRequestId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type TermsVersionDto = z.infer<typeof termsVersionResponse>;

export const termsResponse = z.object({
  current: termsVersionResponse,
  versions: z.array(termsVersionResponse),
});

export const contractResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  customerId: z.uuid(),
  customerName: z.string(),
  type: z.enum(contractTypes),
  title: z.string(),
  amount: z.string(),
  signedDate: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  state: z.enum(contractStates),
  terminationReason: z.string().nullable(),
  termsVersion: z.number().int(),
  /** The current terms (full, validated). */
  terms: termsView,
  /** The latest approval request on the contract (review), if any. */
  approvalId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractDto = z.infer<typeof contractResponse>;

export const contractPageResponse = z.object({
  items: z.array(contractResponse.omit({ terms: true, approvalId: true })),
  nextCursor: z.string().nullable(),
  today: z.string(),
});

export const changeRequestResponse = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  reason: z.string(),
  terms: termsView,
  status: z.enum(changeRequestStatuses),
  approvalId: z.uuid().nullable(),
  resultingVersion: z.number().int().nullable(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type ChangeRequestDto = z.infer<typeof changeRequestResponse>;

export const documentResponse = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.uuid().nullable(),
  uploadedByName: z.string(),
  createdAt: z.string(),
});
export type DocumentDto = z.infer<typeof documentResponse>;
