/** The HTTP contract of renewal tasks (续约任务): list filters, the status change and the task view. */
import { z } from 'zod';

export const renewalTaskStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type RenewalTaskStatus = (typeof renewalTaskStatuses)[number];

export const renewalTaskListQuery = z.strictObject({
  status: z.enum(renewalTaskStatuses).optional(),
  ownerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});
export type RenewalTaskListQuery = z.infer<typeof renewalTaskListQuery>;

export const renewalTaskPatchBody = z.strictObject({
  status: z.enum(renewalTaskStatuses),
  note: z.string().trim().max(2000).nullable().optional(),
  /** The renewal contract that came out of the evaluation (same customer). */
  newContractId: z.uuid().nullable().optional(),
});
export type RenewalTaskPatch = z.infer<typeof renewalTaskPatchBody>;

export const renewalTaskResponse = z.object({
  id: z.uuid(),
  contractId: z.uuid(),
  contractNumber: z.string(),
  contractTitle: z.string(),
  contractState: z.string(),
  customerId: z.uuid(),
  customerName: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  endDate: z.string(),
  /** Days from today (Asia/Shanghai) to the end date; negative once it has passed. */
  daysLeft: z.number().int(),
  openedAtDays: z.number().int(),
  status: z.enum(renewalTaskStatuses),
  note: z.string().nullable(),
  newContractId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string().nullable(),
});
export type RenewalTaskDto = z.infer<typeof renewalTaskResponse>;

export const renewalTaskPageResponse = z.object({
  items: z.array(renewalTaskResponse),
  nextCursor: z.string().nullable(),
  today: z.string(),
});
