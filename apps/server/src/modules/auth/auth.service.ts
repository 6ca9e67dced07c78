/**
 * Authentication: password login under the throttle (auth.throttle.ts), the TOTP second step when the user
 * has one or must enrol one (auth.totp.ts), server-side sessions with idle and absolute expiry, and API
 * tokens. Resolves a request's credentials into the Actor every other use case receives.
 */

import type { LoginChallengePurpose } from '../../db/schema/identity.js';
import type { Actor } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { isPermission, type Permission } from '../../platform/permissions.js';
import { dummyPasswordHash, randomToken, sha256, verifyPassword } from '../../platform/secrets.js';
import * as repo from './auth.repo.js';
import { admitLoginAttempt, loginFailed, loginSucceeded } from './auth.throttle.js';
import {
  beginEnrolment,
  confirmEnrolment,
  secondStep,
  type TotpEnrolment,
  useSecondFactor,
} from './auth.totp.js';

export const API_TOKEN_PREFIX = 'act_';

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

type UserWithRole = NonNullable<Awaited<ReturnType<typeof repo.loadUserWithRole>>>;

function toActor(
  row: UserWithRole,
  info: RequestInfo,
  via: Actor['via'],
  restrictTo?: readonly string[],
): Actor {
  let perms = row.role.permissions.filter(isPermission);
  if (restrictTo) perms = perms.filter((p) => restrictTo.includes(p));
  return {
    userId: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    roleKey: row.role.key,
    permissions: new Set<Permission>(perms),
    scope: row.role.dataScope,
    teamIds: row.teamIds,
    customerId: row.user.customerId,
    via,
    requestId: info.requestId,
    ip: info.ip,
    locale: row.user.locale,
  };
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  actor: Actor;
}

/** A correct password that still needs a second step (a TOTP code, or enrolling one first). */
export interface LoginChallenge {
  step: LoginChallengePurpose;
  challenge: string;
  expiresAt: Date;
}

export type LoginOutcome = ({ kind: 'session' } & LoginResult) | ({ kind: 'challenge' } & LoginChallenge);

export const CHALLENGE_MINUTES = 5;

/**
 * Checks the password under the throttle, then either opens a session or, for a user with TOTP (or an
 * admin who must enrol one), answers a short-lived challenge for the second step.
 */
export async function login(
  deps: Deps,
  input: { username: string; password: string },
  info: RequestInfo,
): Promise<LoginOutcome> {
  const now = deps.clock.now();
  const ip = info.ip ?? 'unknown';
  await admitLoginAttempt(deps, input.username, ip);
  const found = await repo.findUserForLogin(deps.db, input.username);
  const ok = found
    ? await verifyPassword(found.user.passwordHash, input.password)
    : await verifyPassword(await dummyPasswordHash(), `${input.password}x`);
  if (!found || !ok || found.user.disabled) {
    await repo.recordLoginAttempt(deps.db, { username: input.username, ip, succeeded: false, at: now });
    await loginFailed(deps, input.username, ip);
    throw new DomainError('unauthenticated', 'Wrong username or password, or the account is disabled', {
      detailCode: 'invalid_credentials',
      details: { reason: 'invalid_credentials' },
    });
  }
  const step = await secondStep(deps, found.user, found.role);
  if (step) {
    // The pair's failures are kept until the second step succeeds: otherwise knowing the password would
    // buy fresh free guesses at the code on every round.
    const challenge = randomToken();
    const expiresAt = new Date(now.getTime() + CHALLENGE_MINUTES * 60_000);
    await repo.insertChallenge(deps.db, {
      tokenHash: sha256(challenge),
      userId: found.user.id,
      purpose: step,
      createdAt: now,
      expiresAt,
    });
    return { kind: 'challenge', step, challenge, expiresAt };
  }
  return { kind: 'session', ...(await openSession(deps, found.user.id, input.username, info)) };
}

/** Records the successful login, clears the pair's throttle and opens a session. */
export async function openSession(
  deps: Deps,
  userId: string,
  username: string,
  info: RequestInfo,
): Promise<LoginResult> {
  const now = deps.clock.now();
  const ip = info.ip ?? 'unknown';
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(now.getTime() + deps.config.sessionMaxHours * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await repo.recordLoginAttempt(tx, { username, ip, succeeded: true, at: now });
    await loginSucceeded(tx, username, ip);
    await repo.setLastLogin(tx, userId, now);
    await repo.insertSession(tx, {
      userId,
      tokenHash: sha256(token),
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: info.ip,
      userAgent: info.userAgent?.slice(0, 300) ?? null,
    });
  });
  const loaded = await repo.loadUserWithRole(deps.db, userId);
  if (!loaded) throw new DomainError('unauthenticated', 'User vanished during login');
  return { token, csrfToken, expiresAt, actor: toActor(loaded, info, 'session') };
}

async function openChallenge(deps: Deps, token: string, purpose: LoginChallengePurpose) {
  const row = await repo.findChallengeByHash(deps.db, sha256(token));
  const loaded =
    row && row.purpose === purpose && row.expiresAt > deps.clock.now()
      ? await repo.loadUserWithRole(deps.db, row.userId)
      : undefined;
  if (!row || !loaded || loaded.user.disabled) {
    throw new DomainError('unauthenticated', 'The login step expired; sign in again', {
      detailCode: 'challenge_expired',
      details: { reason: 'challenge_expired' },
    });
  }
  return { row, loaded };
}

/** Second login step: a TOTP or recovery code for a 'totp' challenge, throttled like a password. */
export async function loginWithCode(
  deps: Deps,
  input: { challenge: string; code: string },
  info: RequestInfo,
): Promise<LoginResult> {
  const { row, loaded } = await openChallenge(deps, input.challenge, 'totp');
  const { username } = loaded.user;
  const ip = info.ip ?? 'unknown';
  await admitLoginAttempt(deps, username, ip);
  if (!(await useSecondFactor(deps, loaded.user.id, input.code))) {
    await repo.recordLoginAttempt(deps.db, { username, ip, succeeded: false, at: deps.clock.now() });
    await loginFailed(deps, username, ip);
    throw new DomainError('unauthenticated', 'Wrong code', {
      detailCode: 'invalid_code',
      details: { reason: 'invalid_code' },
    });
  }
  await repo.deleteChallenge(deps.db, row.id);
  return openSession(deps, loaded.user.id, username, info);
}

/** An admin who must use TOTP and has none: a secret to enrol, bound to the 'totp_enrol' challenge. */
export async function startLoginEnrolment(deps: Deps, input: { challenge: string }): Promise<TotpEnrolment> {
  const { loaded } = await openChallenge(deps, input.challenge, 'totp_enrol');
  return beginEnrolment(deps, loaded.user);
}

/** Confirms the enrolment started at login and opens the session; the recovery codes are shown once. */
export async function confirmLoginEnrolment(
  deps: Deps,
  input: { challenge: string; code: string },
  info: RequestInfo,
): Promise<LoginResult & { recoveryCodes: string[] }> {
  const { row, loaded } = await openChallenge(deps, input.challenge, 'totp_enrol');
  const actor = toActor(loaded, info, 'session');
  const { recoveryCodes } = await confirmEnrolment(deps, actor, loaded.user.id, input.code);
  await repo.deleteChallenge(deps.db, row.id);
  return { ...(await openSession(deps, loaded.user.id, loaded.user.username, info)), recoveryCodes };
}

export interface SessionActor {
  actor: Actor;
  sessionId: string;
  csrfToken: string;
}

/** Resolves a session cookie; undefined when the session is missing, expired, idle too long or the user is disabled. */
export async function resolveSession(
  deps: Deps,
  token: string,
  info: RequestInfo,
): Promise<SessionActor | undefined> {
  const session = await repo.findSessionByHash(deps.db, sha256(token));
  if (!session) return undefined;
  const now = deps.clock.now();
  const idleLimit = session.lastSeenAt.getTime() + deps.config.sessionIdleMinutes * 60_000;
  if (now >= session.expiresAt || now.getTime() >= idleLimit) {
    await repo.deleteSession(deps.db, session.id);
    return undefined;
  }
  const loaded = await repo.loadUserWithRole(deps.db, session.userId);
  if (!loaded || loaded.user.disabled) return undefined;
  // Refresh the idle timer at most once a minute to keep reads cheap.
  if (now.getTime() - session.lastSeenAt.getTime() > 60_000)
    await repo.touchSession(deps.db, session.id, now);
  return { actor: toActor(loaded, info, 'session'), sessionId: session.id, csrfToken: session.csrfToken };
}

/** Resolves `Authorization: Bearer act_...`; the token's scopes narrow its owner's permissions. */
export async function resolveApiToken(
  deps: Deps,
  token: string,
  info: RequestInfo,
): Promise<Actor | undefined> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return undefined;
  const row = await repo.findActiveApiToken(deps.db, sha256(token));
  const now = deps.clock.now();
  if (!row || (row.expiresAt && row.expiresAt <= now)) return undefined;
  const loaded = await repo.loadUserWithRole(deps.db, row.userId);
  if (!loaded || loaded.user.disabled) return undefined;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await repo.touchApiToken(deps.db, row.id, now);
  return { ...toActor(loaded, info, 'token', row.scopes), tokenId: row.id };
}

export async function logout(deps: Deps, sessionId: string): Promise<void> {
  await repo.deleteSession(deps.db, sessionId);
}
