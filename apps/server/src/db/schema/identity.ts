/** Users, roles (permissions as data), teams, sessions, API tokens, login throttling, TOTP, security settings. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * own: records the user owns; team: records of the user's teams (and own); queue: customers with requests in
 * the user's teams' queues or contracts owned in their teams (and own) — service staff; all; organisation: a
 * customer contact's own customer.
 */
export type DataScope = 'own' | 'team' | 'queue' | 'all' | 'organisation';

export const roles = pgTable('roles', {
  id: id(),
  key: text('key').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  permissions: text('permissions').array().notNull().default(sql`'{}'::text[]`),
  dataScope: text('data_scope').$type<DataScope>().notNull().default('own'),
  /**
   * What the code's seed granted this system role when last synced. New grants in a release are
   * added at start; permissions an admin removed stay removed (see db/seed/base.ts).
   */
  seededPermissions: text('seeded_permissions').array().notNull().default(sql`'{}'::text[]`),
  /**
   * The data scope the code's seed gave this system role when last synced (null: synced before this was
   * recorded). A release that changes a seeded scope applies it only where the role still has the old one.
   */
  seededDataScope: text('seeded_data_scope').$type<DataScope>(),
  isSystem: boolean('is_system').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type TeamKind = 'service' | 'sales' | 'other';

export const teams = pgTable('teams', {
  id: id(),
  key: text('key').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').$type<TeamKind>().notNull().default('other'),
  /** Service tier for service teams: 1 customer service, 2 technical support, 3 experts. */
  tier: integer('tier'),
  leadId: uuid('lead_id'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    email: text('email'),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash'),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
    /** Set for customer contacts: the organisation whose data they may see. */
    customerId: uuid('customer_id'),
    locale: text('locale').notNull().default('zh-CN'),
    disabled: boolean('disabled').notNull().default(false),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_username_lower_uq').on(sql`lower(${t.username})`),
    uniqueIndex('users_email_lower_uq').on(sql`lower(${t.email})`),
  ],
);

export const userTeams = pgTable(
  'user_teams',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.teamId] }), index('user_teams_team_idx').on(t.teamId)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** sha256 of the random token; the token itself is only in the user's cookie. */
    tokenHash: text('token_hash').notNull().unique(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** First characters of the token, shown in lists so a person can tell tokens apart. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** Permissions this token may use; always intersected with the owner's role. */
    scopes: text('scopes').array().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: id(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_attempts_user_at_idx').on(t.username, t.at),
    index('login_attempts_ip_at_idx').on(t.ip, t.at),
    // "Has this account logged in from this address before?" (the account ceiling spares known addresses).
    index('login_attempts_known_address_idx')
      .on(sql`lower(${t.username})`, t.ip, t.at)
      .where(sql`${t.succeeded}`),
  ],
);

/** Any account / any address in a login_throttles key. */
export const THROTTLE_ANY = '*';

/**
 * Failed-login counters, one row per key: an (account, address) pair gets growing delays; an address across
 * every account (username '*') and an account across every address (ip '*') get ceilings. A row is
 * "blocked" while blocked_until is in the future; an admin lifts a block by deleting its row.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    id: id(),
    /** Lower-cased username, or '*' for an address's ceiling across accounts. */
    username: text('username').notNull(),
    /** Client address, or '*' for an account's ceiling across addresses. */
    ip: text('ip').notNull(),
    failures: integer('failures').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('login_throttles_key_uq').on(t.username, t.ip),
    index('login_throttles_last_failure_idx').on(t.lastFailureAt),
  ],
);

/**
 * A staff user's TOTP second factor (RFC 6238). The secret must be readable to verify codes, so it is
 * stored as is and never returned after enrolment. enabled_at is null while enrolment awaits its first code.
 */
export const totpCredentials = pgTable('totp_credentials', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Base32 secret. */
  secret: text('secret').notNull(),
  enabledAt: timestamp('enabled_at', { withTimezone: true }),
  /** The last time step a code was accepted for: a code is never accepted twice. */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  /** sha256 of the unused one-time recovery codes. */
  recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
});

export type LoginChallengePurpose = 'totp' | 'totp_enrol';

/**
 * The short-lived step between a correct password and a session: proves the password was right, grants
 * nothing else. 'totp' waits for a code; 'totp_enrol' lets an admin who must use TOTP enrol first.
 */
export const loginChallenges = pgTable(
  'login_challenges',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose').$type<LoginChallengePurpose>().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_challenges_user_idx').on(t.userId)],
);

/** Organisation-wide login security settings: a single row (id 1), defaults when absent. */
export const securitySettings = pgTable('security_settings', {
  id: integer('id').primaryKey().default(1),
  /** Users whose role can manage users or roles must use TOTP; without it they enrol at login. */
  totpRequiredForAdmins: boolean('totp_required_for_admins').notNull().default(false),
  updatedAt: updatedAt(),
});

/** Stored responses of create requests sent with an Idempotency-Key. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    userId: uuid('user_id').notNull(),
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    body: jsonb('body'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.route, t.key] })],
);
