/**
 * Authentication: password login with throttling, server-side sessions with
 * idle and absolute expiry, and API tokens. Resolves a request's credentials
 * into the Actor every other use case receives.
 */
import type { Actor } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { isPermission, type Permission } from '../../platform/permissions.js';
import { dummyPasswordHash, randomToken, sha256, verifyPassword } from '../../platform/secrets.js';
import * as repo from './auth.repo.js';

/** Failed logins allowed per account, and per IP, inside the window before further tries are refused. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

export const API_TOKEN_PREFIX = 'act_';

interface RequestInfo {
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

/** Checks the password, applies throttling, and opens a session. */
export async function login(
  deps: Deps,
  input: { username: string; password: string },
  info: RequestInfo,
): Promise<LoginResult> {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const ip = info.ip ?? 'unknown';
  const [accountFailures, ipFailures] = await Promise.all([
    repo.countFailures(deps.db, { username: input.username }, since),
    repo.countFailures(deps.db, { ip }, since),
  ]);
  if (accountFailures >= THROTTLE.perAccount || ipFailures >= THROTTLE.perIp) {
    throw new DomainError('rate_limited', 'Too many failed logins; try again later', {
      details: { retryAfterSeconds: THROTTLE.windowMinutes * 60 },
    });
  }
  const found = await repo.findUserForLogin(deps.db, input.username);
  const ok = found
    ? await verifyPassword(found.user.passwordHash, input.password)
    : await verifyPassword(await dummyPasswordHash(), `${input.password}x`);
  if (!found || !ok || found.user.disabled) {
    await repo.recordLoginAttempt(deps.db, { username: input.username, ip, succeeded: false, at: now });
    throw new DomainError('unauthenticated', 'Wrong username or password, or the account is disabled', {
      details: { reason: 'invalid_credentials' },
    });
  }
  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(now.getTime() + deps.config.sessionMaxHours * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await repo.recordLoginAttempt(tx, { username: input.username, ip, succeeded: true, at: now });
    await repo.setLastLogin(tx, found.user.id, now);
    await repo.insertSession(tx, {
      userId: found.user.id,
      tokenHash: sha256(token),
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: info.ip,
      userAgent: info.userAgent?.slice(0, 300) ?? null,
    });
  });
  const loaded = await repo.loadUserWithRole(deps.db, found.user.id);
  if (!loaded) throw new DomainError('unauthenticated', 'User vanished during login');
  return { token, csrfToken, expiresAt, actor: toActor(loaded, info, 'session') };
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
