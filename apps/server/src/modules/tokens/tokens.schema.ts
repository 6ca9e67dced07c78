import { z } from 'zod';
import { permissions } from '../../platform/permissions.js';

export const tokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TokenView = z.infer<typeof tokenSchema>;

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(permissions)).min(1).max(permissions.length),
  expiresInDays: z.number().int().min(1).max(3650).nullish(),
});
export type CreateTokenInput = z.infer<typeof createTokenBody>;

export const createdTokenSchema = tokenSchema.extend({ token: z.string() });
