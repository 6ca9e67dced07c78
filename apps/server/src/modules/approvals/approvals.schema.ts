/** The HTTP contract of approvals: list filters, the decision body, the response shape. */
import { z } from 'zod';
import { approvalDecisions, approvalStatuses } from '../../db/schema/approvals.js';

export const approvalListQuery = z.strictObject({
  /** Only pending requests whose current step is your role. */
  mine: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
  status: z.enum(approvalStatuses).optional(),
  kind: z.string().max(60).optional(),
  subjectId: z.uuid().optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ApprovalListQuery = z.infer<typeof approvalListQuery>;

export const decideBody = z
  .strictObject({
    decision: z.enum(approvalDecisions),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((b) => b.decision === 'approve' || (b.comment ?? '').length > 0, {
    message: 'A rejection needs a comment',
    path: ['comment'],
  });
export type DecideInput = z.infer<typeof decideBody>;

export const idParams = z.strictObject({ id: z.uuid() });

export const decisionResponse = z.object({
  step: z.number().int(),
  roleKey: z.string(),
  userId: z.uuid().nullable(),
  userName: z.string(),
  decision: z.enum(approvalDecisions),
  comment: z.string().nullable(),
  at: z.string(),
});

export const approvalResponse = z.object({
  id: z.uuid(),
  kind: z.string(),
  subjectType: z.string(),
  subjectId: z.uuid(),
  customerId: z.uuid().nullable(),
  title: z.string(),
  /** Approver role keys in order. */
  steps: z.array(z.string()),
  currentStep: z.number().int(),
  /** The role whose decision is awaited; null once the request is complete. */
  currentRole: z.string().nullable(),
  status: z.enum(approvalStatuses),
  requestedBy: z.uuid().nullable(),
  requestedByName: z.string(),
  decisions: z.array(decisionResponse),
  completedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ApprovalDto = z.infer<typeof approvalResponse>;

export const approvalPageResponse = z.object({
  items: z.array(approvalResponse),
  nextCursor: z.string().nullable(),
});
