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
  scope: z.enum(['own', 'team', 'queue', 'all', 'organisation']),
  teamIds: z.array(z.uuid()),
  customerId: z.uuid().nullable(),
  locale: z.string(),
  csrfToken: z.string().nullable(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const loginChallengeResponse = z.object({
  /** totp: send a code; totp_enrol: the role must use TOTP, enrol one first. */
  step: z.enum(['totp', 'totp_enrol']),
  challenge: z.string(),
  expiresAt: z.date(),
});

const challenge = z.string().min(1).max(200);
const code = z.string().trim().min(6).max(20);

export const challengeBody = z.strictObject({ challenge });
export const challengeCodeBody = z.strictObject({ challenge, code });
export const codeBody = z.strictObject({ code });

export const totpEnrolmentResponse = z.object({
  secret: z.string(),
  /** otpauth:// URI for the QR code authenticator apps scan. */
  otpauthUri: z.string(),
});
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) });
export const enrolledLoginResponse = meResponse.extend({ recoveryCodes: z.array(z.string()) });

export const totpStatusResponse = z.object({
  enabled: z.boolean(),
  enabledAt: z.date().nullable(),
  required: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});

export const loginBlockSchema = z.object({
  id: z.uuid(),
  /** pair: one account from one address; address: one address across accounts; account: across addresses. */
  kind: z.enum(['pair', 'address', 'account']),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  failures: z.number().int(),
  lastFailureAt: z.date(),
  /** Until when further tries are refused; null when failing but not blocked at this moment. */
  blockedUntil: z.date().nullable(),
});

export const securitySettingsSchema = z.object({ totpRequiredForAdmins: z.boolean() });
export const securitySettingsBody = z.strictObject({ totpRequiredForAdmins: z.boolean() });
