import { z } from 'zod';
import { assignmentModes } from '../../db/schema/requests.js';
import { instant } from '../../platform/fields.js';

export const requestIdParams = z.strictObject({ id: z.uuid() });
export const teamIdParams = z.strictObject({ teamId: z.uuid() });
export const userIdParams = z.strictObject({ userId: z.uuid() });

export const assignBody = z
  .strictObject({
    /** null = take the request out of anyone's hands (it stays in its team's queue). */
    assigneeId: z.uuid().nullable().optional(),
    /** A service team: the request moves to its queue and tier. */
    teamId: z.uuid().optional(),
  })
  .refine((b) => b.assigneeId !== undefined || b.teamId !== undefined, {
    message: 'Give assigneeId or teamId',
    path: ['assigneeId'],
  });
export type AssignInput = z.infer<typeof assignBody>;

export const escalateBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export type EscalateInput = z.infer<typeof escalateBody>;

export const queueModeBody = z.strictObject({ mode: z.enum(assignmentModes) });

export const queueMemberSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  skills: z.array(z.string()),
  /** What the agent set; `availableNow` also counts an absence that has ended. */
  available: z.boolean(),
  absentUntil: z.date().nullable(),
  availableNow: z.boolean(),
  disabled: z.boolean(),
  /** Open requests assigned to them (any team). */
  load: z.number().int(),
});

export const queueSchema = z.object({
  teamId: z.uuid(),
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  tier: z.number().int().nullable(),
  leadId: z.uuid().nullable(),
  mode: z.enum(assignmentModes),
  version: z.number().int(),
  open: z.number().int(),
  unassigned: z.number().int(),
  atRisk: z.number().int(),
  breached: z.number().int(),
  members: z.array(queueMemberSchema),
});
export type QueueView = z.infer<typeof queueSchema>;

export const availabilityBody = z.strictObject({
  available: z.boolean(),
  /** Absent until this instant, then available again without anyone flipping the switch. */
  absentUntil: instant.nullable().optional(),
});
export type AvailabilityInput = z.infer<typeof availabilityBody>;

export const availabilitySchema = z.object({
  userId: z.uuid(),
  available: z.boolean(),
  absentUntil: z.date().nullable(),
  availableNow: z.boolean(),
  updatedAt: z.date().nullable(),
});
export type AvailabilityView = z.infer<typeof availabilitySchema>;
