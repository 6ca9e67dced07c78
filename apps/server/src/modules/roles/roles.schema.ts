import { z } from 'zod';
import { permissions } from '../../platform/permissions.js';

export const dataScopeSchema = z.enum(['own', 'team', 'queue', 'all', 'organisation']);

export const roleSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  permissions: z.array(z.string()),
  dataScope: dataScopeSchema,
  isSystem: z.boolean(),
  userCount: z.number().int(),
});
export type RoleView = z.infer<typeof roleSchema>;

const permissionList = z.array(z.enum(permissions)).max(permissions.length);

export const createRoleBody = z.strictObject({
  key: z
    .string()
    .trim()
    .min(2)
    .max(48)
    .regex(/^[a-z][a-z0-9_]*$/, 'Lower-case letters, digits and underscore, starting with a letter'),
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(50),
  permissions: permissionList,
  dataScope: dataScopeSchema,
});
export type CreateRoleInput = z.infer<typeof createRoleBody>;

export const updateRoleBody = z.strictObject({
  nameZh: z.string().trim().min(1).max(50).optional(),
  nameEn: z.string().trim().min(1).max(50).optional(),
  permissions: permissionList.optional(),
  dataScope: dataScopeSchema.optional(),
});
export type UpdateRoleInput = z.infer<typeof updateRoleBody>;
