/**
 * Login throttling that slows guessing without letting a stranger lock anyone out.
 *
 * - Each (account, address) pair gets a few free failures, then growing delays (1 s, 2 s, 4 s … capped).
 *   The attempt is counted under a row lock before the password is checked, so parallel guesses cannot
 *   share one free slot; a success clears the pair.
 * - An address failing across many accounts (credential stuffing) hits a ceiling that slows that address only.
 * - An account failing from many addresses hits a high ceiling that slows addresses the account has never
 *   logged in from; its owner's known addresses are spared, so even a distributed attack cannot lock them out.
 * Failed TOTP codes count like failed passwords. State is in the database so every process sees it.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, notFound } from '../../platform/errors.js';
import * as repo from './auth.repo.js';

export const THROTTLE = {
  windowMinutes: 15,
  /** Failures of one account from one address that cost no delay (typos). */
  pairFree: 3,
  /** Failures from one address across all accounts before that address is slowed. */
  perIp: 30,
  /** Failures of one account across all addresses before unknown addresses are slowed. */
  perAccount: 100,
  maxDelaySeconds: 15 * 60,
  /**
   * A pair forgets its failures only after this long without one (or on a success). Shorter, and waiting
   * out the capped delay would buy the free tries again.
   */
  pairMemoryHours: 24,
  /** An address the account logged in from within this many days is "known" and spared the account ceiling. */
  knownAddressDays: 30,
} as const;

export type ThrottleKind = 'pair' | 'address' | 'account';
const ANY = '*';

/** Seconds to wait after the n-th failure when `free` failures cost nothing: 1, 2, 4 … up to the cap. */
export function delayAfter(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(2 ** (failures - free - 1), THROTTLE.maxDelaySeconds);
}

/** Failures of each kind of key that cost no delay. */
const thresholds: Record<ThrottleKind, number> = {
  pair: THROTTLE.pairFree,
  address: THROTTLE.perIp - 1,
  account: THROTTLE.perAccount - 1,
};

export const kindOf = (row: { username: string; ip: string }): ThrottleKind =>
  row.username === ANY ? 'address' : row.ip === ANY ? 'account' : 'pair';

function rateLimited(until: Date, now: Date): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new DomainError('rate_limited', 'Too many failed logins; wait before trying again', {
    detailCode: 'login_throttled',
    params: { retryAfterSeconds },
    details: { retryAfterSeconds },
  });
}

const accountKey = (username: string) => username.trim().toLowerCase();
const windowStart = (now: Date) => new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
/** Failures before this instant are forgotten: ceilings count within a window, a pair remembers longer. */
const forgetBefore = (kind: ThrottleKind, now: Date) =>
  kind === 'pair' ? new Date(now.getTime() - THROTTLE.pairMemoryHours * 3_600_000) : windowStart(now);

/**
 * Lets one login step (password or TOTP code) through, or throws rate_limited with Retry-After.
 * The attempt is counted on the pair before the credential is checked; call `loginSucceeded` to clear it
 * and `loginFailed` to count it against the ceilings.
 */
export async function admitLoginAttempt(deps: Deps, username: string, ip: string): Promise<void> {
  const now = deps.clock.now();
  const user = accountKey(username);
  const [address, account] = await Promise.all([
    repo.findThrottle(deps.db, ANY, ip),
    repo.findThrottle(deps.db, user, ANY),
  ]);
  if (address?.blockedUntil && address.blockedUntil > now) throw rateLimited(address.blockedUntil, now);
  if (
    account?.blockedUntil &&
    account.blockedUntil > now &&
    !(await repo.loggedInFrom(deps.db, user, ip, daysBefore(now, THROTTLE.knownAddressDays)))
  ) {
    throw rateLimited(account.blockedUntil, now);
  }
  await deps.db.transaction(async (tx) => {
    const pair = await repo.lockThrottle(tx, user, ip, now);
    if (pair.blockedUntil && pair.blockedUntil > now) throw rateLimited(pair.blockedUntil, now);
    await count(tx, pair, now, 'pair');
  });
}

/** Counts a wrong password or code against the address's and the account's ceilings. */
export async function loginFailed(deps: Deps, username: string, ip: string): Promise<void> {
  const now = deps.clock.now();
  const user = accountKey(username);
  // Every failure can add rows for new keys; forgetting the ones nobody remembers keeps the table small.
  // The last-failure index makes this cheap when there is nothing to forget.
  await repo.deleteForgottenThrottles(deps.db, forgetBefore('pair', now), now);
  await deps.db.transaction(async (tx) => {
    await count(tx, await repo.lockThrottle(tx, ANY, ip, now), now, 'address');
    await count(tx, await repo.lockThrottle(tx, user, ANY, now), now, 'account');
  });
}

/** The right credential: the pair starts afresh (the ceilings keep counting other people's failures). */
export async function loginSucceeded(db: DbOrTx, username: string, ip: string): Promise<void> {
  await repo.deleteThrottle(db, accountKey(username), ip);
}

async function count(
  tx: DbOrTx,
  row: Awaited<ReturnType<typeof repo.lockThrottle>>,
  now: Date,
  kind: ThrottleKind,
): Promise<void> {
  const fresh = row.failures === 0 || row.lastFailureAt <= forgetBefore(kind, now);
  const failures = fresh ? 1 : row.failures + 1;
  const delay = delayAfter(failures, thresholds[kind]);
  await repo.updateThrottle(tx, row.id, {
    failures,
    windowStartedAt: fresh ? now : row.windowStartedAt,
    lastFailureAt: now,
    blockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
  });
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export interface LoginBlockView {
  id: string;
  kind: ThrottleKind;
  username: string | null;
  ip: string | null;
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

/** Keys that are blocked now or whose failures already cost a delay within the window (admin view). */
export async function listLoginBlocks(deps: Deps, actor: Actor): Promise<LoginBlockView[]> {
  requirePermission(actor, 'users:manage');
  const now = deps.clock.now();
  const rows = await repo.listThrottles(deps.db, now, forgetBefore('pair', now));
  return rows
    .filter(
      (r) =>
        (r.blockedUntil && r.blockedUntil > now) ||
        (r.failures > thresholds[kindOf(r)] && r.lastFailureAt > forgetBefore(kindOf(r), now)),
    )
    .map((r) => ({
      id: r.id,
      kind: kindOf(r),
      username: r.username === ANY ? null : r.username,
      ip: r.ip === ANY ? null : r.ip,
      failures: r.failures,
      lastFailureAt: r.lastFailureAt,
      blockedUntil: r.blockedUntil && r.blockedUntil > now ? r.blockedUntil : null,
    }));
}

/** Lifts a block: the key's failures are forgotten (audited). */
export async function liftLoginBlock(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'users:manage');
  await deps.db.transaction(async (tx) => {
    const row = await repo.deleteThrottleById(tx, id);
    if (!row) throw notFound('Login block');
    await recordAudit(tx, deps.clock, actor, {
      action: 'login_block.lifted',
      entityType: 'login_block',
      entityId: id,
      before: { ...row, kind: kindOf(row) },
    });
  });
}
