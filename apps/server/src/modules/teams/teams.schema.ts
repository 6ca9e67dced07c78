import { z } from 'zod';

export const teamKindSchema = z.enum(['service', 'sales', 'other']);

export const teamSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: teamKindSchema,
  tier: z.number().int().nullable(),
  leadId: z.uuid().nullable(),
  memberCount: z.number().int(),
});
export type TeamView = z.infer<typeof teamSchema>;

export const createTeamBody = z.strictObject({
  key: z
    .string()
    .trim()
    .min(2)
    .max(48)
    .regex(/^[a-z][a-z0-9_]*$/, 'Lower-case letters, digits and underscore, starting with a letter'),
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(50),
  kind: teamKindSchema,
  tier: z.number().int().min(1).max(3).nullish(),
  leadId: z.uuid().nullish(),
});
export type CreateTeamInput = z.infer<typeof createTeamBody>;

export const updateTeamBody = createTeamBody.omit({ key: true }).partial();
export type UpdateTeamInput = z.infer<typeof updateTeamBody>;

export const setMembersBody = z.strictObject({ userIds: z.array(z.uuid()).max(500) });
export const memberSchema = z.object({ id: z.uuid(), username: z.string(), displayName: z.string() });
