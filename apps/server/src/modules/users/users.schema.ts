import { z } from 'zod';

export const localeSchema = z.enum(['zh-CN', 'en']);

const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9._-]+$/, 'Letters, digits, dot, dash and underscore only');
export const passwordSchema = z.string().min(8, 'At least 8 characters').max(200);

export const refSchema = z.object({ id: z.uuid(), key: z.string(), nameZh: z.string(), nameEn: z.string() });

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: refSchema,
  teams: z.array(refSchema),
  customerId: z.uuid().nullable(),
  disabled: z.boolean(),
  /** Two-step verification (TOTP) is on. */
  totpEnabled: z.boolean(),
  locale: z.string(),
  skills: z.array(z.string()),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type UserView = z.infer<typeof userSchema>;

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  roleKey: z.string().max(64).optional(),
  teamId: z.uuid().optional(),
  disabled: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export const createUserBody = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(200).nullish(),
  password: passwordSchema,
  roleId: z.uuid(),
  teamIds: z.array(z.uuid()).max(50).default([]),
  customerId: z.uuid().nullish(),
  locale: localeSchema.default('zh-CN'),
  skills: z.array(z.string().trim().min(1).max(50)).max(50).default([]),
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  email: z.email().max(200).nullable().optional(),
  roleId: z.uuid().optional(),
  teamIds: z.array(z.uuid()).max(50).optional(),
  customerId: z.uuid().nullable().optional(),
  disabled: z.boolean().optional(),
  locale: localeSchema.optional(),
  skills: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserBody>;

export const setPasswordBody = z.strictObject({ password: passwordSchema });

export const updateMeBody = z.strictObject({
  displayName: z.string().trim().min(1).max(100).optional(),
  locale: localeSchema.optional(),
});

export const userOptionSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  teamIds: z.array(z.uuid()),
});
export const idParams = z.strictObject({ id: z.uuid() });
