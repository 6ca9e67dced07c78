/**
 * API tokens for integrations. A token is shown once at creation and stored
 * only as a hash; its scopes can only narrow the owner's own permissions.
 */
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { DbOrTx } from '../../platform/db.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, notFound } from '../../platform/errors.js';
import { randomToken, sha256 } from '../../platform/secrets.js';
import { API_TOKEN_PREFIX } from '../auth/index.js';
import * as repo from './tokens.repo.js';
import type { CreateTokenInput, TokenView } from './tokens.schema.js';

export async function listTokens(deps: Deps, actor: Actor): Promise<TokenView[]> {
  requirePermission(actor, 'tokens:own');
  return repo.listOwnTokens(deps.db, actor.userId);
}

export async function createToken(
  deps: Deps,
  actor: Actor,
  input: CreateTokenInput,
): Promise<TokenView & { token: string }> {
  requirePermission(actor, 'tokens:own');
  // A token may not be used to mint more tokens with wider reach than the session that made it.
  if (actor.via === 'token')
    throw new DomainError('forbidden', 'API tokens cannot create tokens', { detailCode: 'session_only' });
  const outside = input.scopes.findIndex((s) => !actor.permissions.has(s));
  if (outside >= 0) {
    throw new DomainError('forbidden', 'A token cannot hold a permission you do not have', {
      detailCode: 'permission_not_held',
      issues: [
        {
          path: ['body', 'scopes', outside],
          message: 'You do not have this permission',
          code: 'permission_not_held',
        },
      ],
    });
  }
  const now = deps.clock.now();
  const token = `${API_TOKEN_PREFIX}${randomToken(30)}`;
  const row = await deps.db.transaction(async (tx) => {
    const created = await repo.insertToken(tx, {
      userId: actor.userId,
      name: input.name,
      prefix: token.slice(0, 10),
      tokenHash: sha256(token),
      scopes: [...new Set(input.scopes)],
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
      createdAt: now,
    });
    await recordAudit(tx, deps.clock, actor, {
      action: 'token.created',
      entityType: 'api_token',
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { ...row, token };
}

export async function revokeToken(deps: Deps, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'tokens:own');
  const token = await repo.findOwnToken(deps.db, actor.userId, id);
  if (!token) throw notFound('Token');
  if (token.revokedAt) return;
  await deps.db.transaction(async (tx) => {
    await repo.revokeToken(tx, id, deps.clock.now());
    await recordAudit(tx, deps.clock, actor, {
      action: 'token.revoked',
      entityType: 'api_token',
      entityId: id,
      before: token,
    });
  });
}

/**
 * Revokes all of a user's API tokens inside the caller's transaction (account disabled, password reset by an
 * admin): a token must not outlive the credentials it was minted under. Each revocation is audited.
 */
export async function revokeAllUserTokens(
  tx: DbOrTx,
  deps: Pick<Deps, 'clock'>,
  actor: Actor,
  userId: string,
  reason: 'user_disabled' | 'password_reset',
): Promise<number> {
  const revoked = await repo.revokeUserTokens(tx, userId, deps.clock.now());
  for (const token of revoked) {
    await recordAudit(tx, deps.clock, actor, {
      action: 'token.revoked',
      entityType: 'api_token',
      entityId: token.id,
      after: { ...token, reason },
    });
  }
  return revoked.length;
}
