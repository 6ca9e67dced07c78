/**
 * TOTP second factor for staff: enrolment from one's own profile (confirmed by a first code), one-time
 * recovery codes, disabling with a code, the "required for admins" setting, and code checks for login.
 * The secret stays on the server: it is shown once, at enrolment, and never returned again.
 */
import { randomBytes } from 'node:crypto';
import type { roles, users } from '../../db/schema/identity.js';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, invalid } from '../../platform/errors.js';
import { sha256 } from '../../platform/secrets.js';
import * as repo from './auth.repo.js';
import { admitLoginAttempt, loginFailed, loginSucceeded } from './auth.throttle.js';
import { matchTotp, newTotpSecret, otpauthUri } from './totp.js';

const ISSUER = 'Aftercare';
const RECOVERY_CODE_COUNT = 8;

type UserRow = typeof users.$inferSelect;
type RoleRow = typeof roles.$inferSelect;

/** Roles that can grant access (manage users or roles) count as admins for the TOTP requirement. */
export const isAdminRole = (role: Pick<RoleRow, 'permissions'>) =>
  role.permissions.includes('users:manage') || role.permissions.includes('roles:manage');

/** Whether a user with a correct password still needs a second step, and which. */
export async function secondStep(
  deps: Deps,
  user: UserRow,
  role: RoleRow,
): Promise<'totp' | 'totp_enrol' | undefined> {
  if (user.customerId) return undefined;
  const credential = await repo.findTotp(deps.db, user.id);
  if (credential?.enabledAt) return 'totp';
  if (isAdminRole(role) && (await repo.readSecuritySettings(deps.db)).totpRequiredForAdmins) {
    return 'totp_enrol';
  }
  return undefined;
}

const normalizeRecovery = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();

/**
 * Accepts a current TOTP code (each time step once) or an unused recovery code (then spent).
 * Runs under a row lock so one code cannot open two sessions.
 */
export async function useSecondFactor(deps: Deps, userId: string, code: string): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const credential = await repo.lockTotp(tx, userId);
    if (!credential?.enabledAt) return false;
    const step = matchTotp(credential.secret, code.trim(), deps.clock.now(), credential.lastUsedStep);
    if (step !== undefined) {
      await repo.updateTotp(tx, userId, { lastUsedStep: step });
      return true;
    }
    const hashed = sha256(normalizeRecovery(code));
    if (!credential.recoveryCodeHashes.includes(hashed)) return false;
    await repo.updateTotp(tx, userId, {
      recoveryCodeHashes: credential.recoveryCodeHashes.filter((h) => h !== hashed),
    });
    return true;
  });
}

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
}

/** A new secret awaiting its first code; replaces an unfinished enrolment. */
export async function beginEnrolment(
  deps: Deps,
  user: { id: string; username: string },
): Promise<TotpEnrolment> {
  const existing = await repo.findTotp(deps.db, user.id);
  if (existing?.enabledAt) {
    throw new DomainError('invalid_state', 'Two-factor authentication is already on; turn it off first', {
      detailCode: 'totp_already_on',
    });
  }
  const secret = newTotpSecret();
  await repo.putPendingTotp(deps.db, user.id, secret, deps.clock.now());
  return { secret, otpauthUri: otpauthUri(ISSUER, user.username, secret) };
}

/** Confirms an enrolment with a first code; answers the recovery codes, shown only this once. */
export async function confirmEnrolment(
  deps: Deps,
  actor: Actor,
  userId: string,
  code: string,
): Promise<{ recoveryCodes: string[] }> {
  return deps.db.transaction(async (tx) => {
    const credential = await repo.lockTotp(tx, userId);
    if (!credential || credential.enabledAt) {
      throw new DomainError('invalid_state', 'No two-factor enrolment is waiting for a code', {
        detailCode: 'totp_not_pending',
      });
    }
    const step = matchTotp(credential.secret, code.trim(), deps.clock.now());
    if (step === undefined) throw invalid(['body', 'code'], 'Wrong code', 'invalid_code');
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const hex = randomBytes(5).toString('hex');
      return `${hex.slice(0, 5)}-${hex.slice(5)}`;
    });
    const now = deps.clock.now();
    await repo.updateTotp(tx, userId, {
      enabledAt: now,
      lastUsedStep: step,
      recoveryCodeHashes: recoveryCodes.map((c) => sha256(normalizeRecovery(c))),
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'user.totp_enabled',
      entityType: 'user',
      entityId: userId,
    });
    return { recoveryCodes };
  });
}

export interface TotpStatus {
  enabled: boolean;
  enabledAt: Date | null;
  /** The setting requires it for this user's role. */
  required: boolean;
  recoveryCodesLeft: number;
}

function requireOwnSession(actor: Actor) {
  if (actor.customerId)
    throw new DomainError('forbidden', 'Two-factor authentication is for staff accounts', {
      detailCode: 'staff_only',
    });
  // An API token must not be able to switch its owner's second factor.
  if (actor.via !== 'session')
    throw new DomainError('forbidden', 'Only a signed-in session can do this', {
      detailCode: 'session_only',
    });
}

export async function getTotpStatus(deps: Deps, actor: Actor): Promise<TotpStatus> {
  const [credential, settings, loaded] = await Promise.all([
    repo.findTotp(deps.db, actor.userId),
    repo.readSecuritySettings(deps.db),
    repo.loadUserWithRole(deps.db, actor.userId),
  ]);
  const enabled = Boolean(credential?.enabledAt);
  return {
    enabled,
    enabledAt: credential?.enabledAt ?? null,
    required:
      Boolean(loaded && !loaded.user.customerId && isAdminRole(loaded.role)) &&
      settings.totpRequiredForAdmins,
    recoveryCodesLeft: enabled ? (credential?.recoveryCodeHashes.length ?? 0) : 0,
  };
}

/** Starts enrolment from the user's own profile. */
export async function startOwnEnrolment(deps: Deps, actor: Actor): Promise<TotpEnrolment> {
  requireOwnSession(actor);
  return beginEnrolment(deps, { id: actor.userId, username: actor.username });
}

export async function confirmOwnEnrolment(deps: Deps, actor: Actor, code: string) {
  requireOwnSession(actor);
  return confirmEnrolment(deps, actor, actor.userId, code);
}

/** Turns the user's own TOTP off; needs a current code or a recovery code, checked under the login throttle. */
export async function disableOwnTotp(deps: Deps, actor: Actor, code: string): Promise<void> {
  requireOwnSession(actor);
  const ip = actor.ip ?? 'unknown';
  await admitLoginAttempt(deps, actor.username, ip);
  if (!(await useSecondFactor(deps, actor.userId, code))) {
    await loginFailed(deps, actor.username, ip);
    throw invalid(['body', 'code'], 'Wrong code', 'invalid_code');
  }
  await deps.db.transaction(async (tx) => {
    await loginSucceeded(tx, actor.username, ip);
    await repo.deleteTotp(tx, actor.userId);
    await recordAudit(tx, deps.clock, actor, {
      action: 'user.totp_disabled',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}

/** Removes a user's TOTP and pending login challenges (an admin's reset; the caller audits). */
export async function removeTotp(tx: DbOrTx, userId: string): Promise<boolean> {
  await repo.deleteUserChallenges(tx, userId);
  return Boolean(await repo.deleteTotp(tx, userId));
}

export async function getSecuritySettings(deps: Deps, actor: Actor) {
  requirePermission(actor, 'users:manage');
  const s = await repo.readSecuritySettings(deps.db);
  return { totpRequiredForAdmins: s.totpRequiredForAdmins };
}

export async function updateSecuritySettings(
  deps: Deps,
  actor: Actor,
  input: { totpRequiredForAdmins: boolean },
) {
  requirePermission(actor, 'users:manage');
  const before = await repo.readSecuritySettings(deps.db);
  await deps.db.transaction(async (tx) => {
    await repo.writeSecuritySettings(tx, input, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: 'security_settings.updated',
      entityType: 'security_settings',
      entityId: '1',
      before: { totpRequiredForAdmins: before.totpRequiredForAdmins },
      after: input,
    });
  });
  return input;
}
