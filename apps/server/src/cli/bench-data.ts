/**
 * Large-data generator for benchmarks: sales users in the seeded sales teams,
 * customers with realistic Chinese company names (region + 字号 + industry word
 * + legal suffix), valid unified social credit codes for a share of them, and
 * contacts with Chinese names, mobile phones and e-mails.
 *
 *   DATABASE_URL=postgres://... npx tsx apps/server/src/cli/bench-data.ts --customers 100000 --contacts 300000
 *
 * Rows go in directly with multi-row INSERTs (1000 rows per statement, one
 * transaction per batch, the next batch generated while the previous one is
 * written). Search columns and the normalised name are computed by the
 * customers module's own functions, so search behaves exactly as for rows
 * created through the API. No audit entries are written: this is synthetic
 * data, not user actions.
 */
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { eq, inArray, like } from 'drizzle-orm';
import { contacts, customers } from '../db/schema/customers.js';
import { roles, teams, users, userTeams } from '../db/schema/identity.js';
import { seedBase } from '../db/seed/base.js';
import { creditCodeCheckChar } from '../modules/customers/credit-code.js';
import { customerSearchColumns, normalizeName, normalizePhones } from '../modules/customers/index.js';
import { createDb, type Db } from '../platform/db.js';
import { runMigrations } from '../platform/migrate.js';
import { hashPassword } from '../platform/secrets.js';
import * as words from './bench-data.words.js';

export interface BenchDataOptions {
  customers: number;
  contacts: number;
  /** Sales users to create (in addition to sales users that already exist). */
  users: number;
  /** Share of customers with a unified social credit code (0..1). */
  creditCodeShare: number;
  seed: number;
  /** Customers per transaction. */
  batch: number;
  log: (line: string) => void;
}

export const defaultBenchDataOptions: BenchDataOptions = {
  customers: 100_000,
  contacts: 300_000,
  users: 300,
  creditCodeShare: 0.6,
  seed: 20261122,
  batch: 1000,
  log: (line) => console.log(line),
};

/** Password of the generated sales users. */
export const BENCH_USER_PASSWORD = 'bench1234';
const BENCH_USER_PREFIX = 'bench-rep-';
const ROWS_PER_STATEMENT = 1000;

/** mulberry32: small, fast, seedable; the same seed gives the same data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  /** Weighted pick from `[value, weight]` pairs. */
  const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
    let r = next() * xs.reduce((s, x) => s + x[1], 0);
    for (const [v, w] of xs) {
      r -= w;
      if (r < 0) return v;
    }
    return xs[xs.length - 1]![0];
  };
  /** Index skewed towards the front: a few owners/surnames get most rows, as in real data. */
  const skewed = (n: number) => Math.min(n - 1, Math.floor(n * next() ** 1.8));
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
  return { next, int, pick, weighted, skewed, digits };
}
type Rng = ReturnType<typeof rng>;

/** GB 11714 organisation code (8 digits + check character) for a number < 10^8. */
function organisationCode(n: number): string {
  const body = String(n).padStart(8, '0');
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, ch, i) => s + Number(ch) * weights[i]!, 0);
  const c = 11 - (sum % 11);
  return body + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/**
 * A valid 18-character credit code: 9 (market regulator) 1 (enterprise) +
 * division code + organisation code + GB 32100 check character. `index` is
 * mapped bijectively onto 8 digits, so distinct indexes give distinct codes.
 */
export function benchCreditCode(index: number, divisionCode: string): string {
  const org = organisationCode((index * 7_654_321 + 12_345_678) % 100_000_000);
  const first17 = `91${divisionCode}${org}`;
  return first17 + creditCodeCheckChar(first17)!;
}

function personName(r: Rng) {
  const [surname, surnamePy] = words.surnames[r.skewed(words.surnames.length)]!;
  const parts =
    r.next() < 0.7 ? [r.pick(words.givenChars), r.pick(words.givenChars)] : [r.pick(words.givenChars)];
  return {
    name: surname + parts.map((p) => p[0]).join(''),
    surnamePy,
    givenPy: parts.map((p) => p[1]).join(''),
  };
}

function mobile(r: Rng): string {
  const digits = `1${r.pick(['3', '4', '5', '6', '7', '8', '9'])}${r.digits(9)}`;
  const style = r.next();
  if (style < 0.2) return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`;
  if (style < 0.3) return `+86 ${digits}`;
  return digits;
}

interface Owner {
  id: string;
  teamId: string;
}

/** Creates the missing bench sales users (spread over the sales teams); returns every sales owner. */
async function ensureOwners(db: Db, wanted: number, r: Rng, log: (l: string) => void): Promise<Owner[]> {
  const salesTeams = await db
    .select({ id: teams.id })
    .from(teams)
    .where(eq(teams.kind, 'sales'))
    .orderBy(teams.key);
  if (salesTeams.length === 0) throw new Error('no sales teams seeded');
  const [role] = await db.select({ id: roles.id }).from(roles).where(eq(roles.key, 'sales_rep'));
  if (!role) throw new Error('role sales_rep is not seeded');
  const existing = await db
    .select({ id: users.id })
    .from(users)
    .where(like(users.username, `${BENCH_USER_PREFIX}%`));
  const missing = Math.max(0, wanted - existing.length);
  if (missing > 0) {
    const passwordHash = await hashPassword(BENCH_USER_PASSWORD);
    const rows = Array.from({ length: missing }, (_, i) => {
      const n = existing.length + i + 1;
      const p = personName(r);
      return {
        username: `${BENCH_USER_PREFIX}${String(n).padStart(4, '0')}`,
        displayName: p.name,
        email: `${p.givenPy}.${p.surnamePy}.${n}@vendor.example.com`,
        passwordHash,
        roleId: role.id,
      };
    });
    const created = await db.insert(users).values(rows).returning({ id: users.id });
    await db
      .insert(userTeams)
      .values(created.map((u, i) => ({ userId: u.id, teamId: salesTeams[i % salesTeams.length]!.id })));
    log(`created ${created.length} sales users (${BENCH_USER_PREFIX}*, password ${BENCH_USER_PASSWORD})`);
  }
  // Every user in a sales team owns customers, including demo users such as sales-rep.
  const owners = await db
    .select({ id: userTeams.userId, teamId: userTeams.teamId })
    .from(userTeams)
    .where(
      inArray(
        userTeams.teamId,
        salesTeams.map((t) => t.id),
      ),
    )
    .orderBy(userTeams.userId, userTeams.teamId);
  // Shuffled so the few heavy owners (see `skewed`) are random reps, not whoever was created first.
  for (let i = owners.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [owners[i], owners[j]] = [owners[j]!, owners[i]!];
  }
  return owners;
}

const stages = [
  ['lead', 30],
  ['prospect', 25],
  ['customer', 35],
  ['strategic_partner', 4],
  ['churned', 6],
] as const;
const tiers = [
  ['A', 10],
  ['B', 25],
  ['C', 45],
  ['D', 20],
] as const;
const scales = [
  ['micro', 10],
  ['small', 30],
  ['medium', 35],
  ['large', 18],
  ['enterprise', 7],
] as const;
const sources = [
  ['referral', 20],
  ['exhibition', 15],
  ['web', 25],
  ['partner', 20],
  ['cold_call', 10],
  ['event', 7],
  ['other', 3],
] as const;
const industryWeights = words.industries.map((x) => [x, x.weight] as const);
const cityWeights = words.cities.map((c) => [c, c.weight] as const);

type CustomerInsert = typeof customers.$inferInsert;
type ContactInsert = typeof contacts.$inferInsert;

function buildCustomer(
  r: Rng,
  index: number,
  contactCount: number,
  owners: Owner[],
  now: number,
  o: BenchDataOptions,
) {
  const city = r.weighted(cityWeights);
  const [district, division] = r.pick(city.districts);
  const ind = r.weighted(industryWeights);
  const [trade, tradePy] = r.pick(words.tradeNames);
  const name = `${city.short}${trade}${r.pick(ind.words)}${r.weighted(words.legalSuffixes)}`;
  const owner = r.next() < 0.02 ? undefined : owners[r.skewed(owners.length)];
  const createdAt = new Date(now - Math.floor(r.next() * 3 * 365 * 86_400_000));
  const updatedAt = new Date(Math.min(now, createdAt.getTime() + Math.floor(r.next() * 200 * 86_400_000)));
  const tagSet = new Set<string>();
  for (let t = r.int(4); t > 0; t--) tagSet.add(r.weighted(words.tags));
  const n = words.notes;
  const note =
    r.next() < 0.4 ? `${r.pick(n.when)}${r.pick(n.verb)}${r.pick(n.contract)}，${r.pick(n.remark)}` : null;
  const id = randomUUID();
  const people: ContactInsert[] = [];
  for (let c = 0; c < contactCount; c++) {
    const p = personName(r);
    const phones = [mobile(r)];
    if (r.next() < 0.15) phones.push(`${r.pick(words.areaCodes)}-${r.digits(8)}`);
    const [title, projectRole] = r.pick(words.titles);
    people.push({
      customerId: id,
      name: p.name,
      title,
      phones,
      phonesNormalized: normalizePhones(phones),
      email: r.next() < 0.8 ? `${p.givenPy}.${p.surnamePy}@${tradePy}.com.cn` : null,
      wechat: r.next() < 0.3 ? `wx_${p.surnamePy}${p.givenPy}${r.digits(3)}` : null,
      projectRole: projectRole as ContactInsert['projectRole'],
      portalAccess: false,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const fields = {
    name,
    creditCode: r.next() < o.creditCodeShare ? benchCreditCode(index, division) : null,
    industry: ind.industry,
    region: city.region,
    address: `${city.region}${district}${r.pick(words.roads)}${1 + r.int(300)}号`,
    tags: [...tagSet],
    notes: note,
  };
  const customer: CustomerInsert = {
    id,
    ...fields,
    normalizedName: normalizeName(name),
    scale: r.weighted(scales),
    source: r.weighted(sources),
    stage: r.weighted(stages),
    tier: r.weighted(tiers),
    ownerId: owner?.id ?? null,
    teamId: owner?.teamId ?? null,
    ...customerSearchColumns({ ...fields, contacts: people }),
    createdAt,
    updatedAt,
  };
  return { customer, people };
}

async function insertBatch(db: Db, rows: CustomerInsert[], people: ContactInsert[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await tx.insert(customers).values(rows.slice(i, i + ROWS_PER_STATEMENT));
    }
    for (let i = 0; i < people.length; i += ROWS_PER_STATEMENT) {
      await tx.insert(contacts).values(people.slice(i, i + ROWS_PER_STATEMENT));
    }
  });
}

/** Generates and inserts the data; the database must be migrated and seeded (roles, teams). */
export async function generateBenchData(db: Db, options: Partial<BenchDataOptions> = {}) {
  const o = { ...defaultBenchDataOptions, ...options };
  const r = rng(o.seed);
  const started = performance.now();
  const owners = await ensureOwners(db, o.users, r, o.log);
  const existing = await db.$count(customers);
  // Contacts per customer: each contact goes to a random customer (some have none, some many).
  const perCustomer = new Uint16Array(o.customers);
  for (let i = 0; i < o.contacts; i++) perCustomer[r.int(o.customers)]!++;
  const now = Date.now();
  let pending: Promise<void> | undefined;
  let done = 0;
  let doneContacts = 0;
  let lastLog = performance.now();
  for (let start = 0; start < o.customers; start += o.batch) {
    const rows: CustomerInsert[] = [];
    const people: ContactInsert[] = [];
    for (let i = start; i < Math.min(o.customers, start + o.batch); i++) {
      const built = buildCustomer(r, existing + i, perCustomer[i]!, owners, now, o);
      rows.push(built.customer);
      people.push(...built.people);
    }
    // Generate the next batch (CPU here) while PostgreSQL writes this one.
    await pending;
    pending = insertBatch(db, rows, people).then(() => {
      done += rows.length;
      doneContacts += people.length;
      const t = performance.now();
      if (t - lastLog > 5000 || done === o.customers) {
        lastLog = t;
        const s = (t - started) / 1000;
        o.log(
          `  ${done}/${o.customers} customers, ${doneContacts} contacts, ${s.toFixed(1)} s, ` +
            `${Math.round((done + doneContacts) / s)} rows/s`,
        );
      }
    });
  }
  await pending;
  const seconds = (performance.now() - started) / 1000;
  return { customers: done, contacts: doneContacts, owners: owners.length, seconds };
}

function parseArgs(argv: string[]): Partial<BenchDataOptions> {
  const out: Partial<BenchDataOptions> = {};
  const numeric = ['customers', 'contacts', 'users', 'seed', 'batch', 'creditCodeShare'] as const;
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]!.replace(/^--/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = Number(argv[i + 1]);
    if (!(numeric as readonly string[]).includes(key) || !Number.isFinite(value) || value < 0) {
      throw new Error(`usage: bench-data.ts [--customers N] [--contacts N] [--users N] [--seed N] [--batch N] [--credit-code-share 0..1]
(bad argument near ${argv[i]} ${argv[i + 1] ?? ''})`);
    }
    out[key as (typeof numeric)[number]] = value;
    i++;
  }
  return out;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the database to fill');
  const opts = parseArgs(process.argv.slice(2));
  await runMigrations(url);
  const db = createDb(url, { max: 3 });
  try {
    await seedBase(db);
    const res = await generateBenchData(db, opts);
    console.log(
      `inserted ${res.customers} customers and ${res.contacts} contacts (${res.owners} sales owners) in ` +
        `${res.seconds.toFixed(1)} s = ${Math.round((res.customers + res.contacts) / res.seconds)} rows/s`,
    );
  } finally {
    await db.$client.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
