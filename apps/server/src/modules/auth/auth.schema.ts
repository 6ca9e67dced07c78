import { z } from 'zod';
import { permissions } from '../../platform/permissions.js';

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const meResponse = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  permissions: z.array(z.enum(permissions)),
  scope: z.enum(['own', 'team', 'all', 'organisation']),
  teamIds: z.array(z.uuid()),
  customerId: z.uuid().nullable(),
  locale: z.string(),
  csrfToken: z.string().nullable(),
});
export type MeResponse = z.infer<typeof meResponse>;
