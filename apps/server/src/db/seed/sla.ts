/**
 * Seeds the shipped calendars (7×24; China mainland working days with the
 * library's holidays and 调休) and SLA policies (SPEC §6: Standard, Business
 * hours, Premium). Safe on every start: only what is missing (by builtin key)
 * is inserted, and a calendar's days only together with the calendar, so an
 * admin's edits are never overwritten. Seeded version 1 is effective from the
 * epoch: it applies to any request, however old.
 */
import { and, eq } from 'drizzle-orm';
import {
  CALENDAR_24X7_DEFINITION,
  CHINA_DEFAULT_DAY_HOURS,
  CHINA_MAINLAND_YEARS,
  chinaMainlandDefinition,
} from '../../platform/calendar/index.js';
import type { DbOrTx } from '../../platform/db.js';
import { calendarDays, calendars, type SlaTargets, slaPolicies, slaPolicyVersions } from '../schema/sla.js';

const day = [...CHINA_DEFAULT_DAY_HOURS];
const noHours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

/** SPEC §6 default targets (minutes): 2 h/4 h, 4 h/12 h, 12 h/24 h, 24 h/as agreed. */
export const STANDARD_TARGETS: SlaTargets = {
  L1: { responseMinutes: 120, resolutionMinutes: 240 },
  L2: { responseMinutes: 240, resolutionMinutes: 720 },
  L3: { responseMinutes: 720, resolutionMinutes: 1440 },
  L4: { responseMinutes: 1440, resolutionMinutes: null },
};

/** SPEC §6 premium: first feedback within an hour for everything, 4 h resolution for urgent (L1–L2). */
export const PREMIUM_TARGETS: SlaTargets = {
  L1: { responseMinutes: 60, resolutionMinutes: 240 },
  L2: { responseMinutes: 60, resolutionMinutes: 240 },
  L3: { responseMinutes: 60, resolutionMinutes: 1440 },
  L4: { responseMinutes: 60, resolutionMinutes: null },
};

/**
 * Business hours as real contracts write it: "L1: 7×24, others: business
 * hours" — an outage logged on Friday night is answered that night, not on
 * Monday. `alwaysOpenId` is the seeded 7×24 calendar.
 */
export const businessHoursTargets = (alwaysOpenId: string): SlaTargets => ({
  ...STANDARD_TARGETS,
  L1: { ...STANDARD_TARGETS.L1, responseCalendarId: alwaysOpenId, resolutionCalendarId: alwaysOpenId },
});

const builtinPolicies = [
  { key: 'standard', name: '标准服务', calendar: '24x7', targets: () => STANDARD_TARGETS },
  { key: 'business_hours', name: '工作时间服务', calendar: 'china_mainland', targets: businessHoursTargets },
  { key: 'premium', name: '尊享服务', calendar: '24x7', targets: () => PREMIUM_TARGETS },
] as const;

export async function seedSla(db: DbOrTx): Promise<void> {
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(calendars)
      .values({
        builtinKey: '24x7',
        name: CALENDAR_24X7_DEFINITION.name ?? '7×24',
        kind: '24x7',
        timeZone: CALENDAR_24X7_DEFINITION.timeZone,
        weeklyHours: noHours,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: calendars.builtinKey });
    const china = chinaMainlandDefinition();
    const [created] = await tx
      .insert(calendars)
      .values({
        builtinKey: 'china_mainland',
        name: china.name ?? '中国大陆工作日',
        kind: 'business',
        timeZone: china.timeZone,
        weeklyHours: { ...noHours, mon: day, tue: day, wed: day, thu: day, fri: day },
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: calendars.builtinKey })
      .returning({ id: calendars.id });
    if (created) {
      const rows = CHINA_MAINLAND_YEARS.flatMap((y) => [
        ...y.holidays.map((h) => ({ date: h.date, kind: 'holiday' as const, name: h.name ?? null })),
        ...y.makeUpDays.map((m) => ({ date: m.date, kind: 'workday' as const, name: m.name ?? null })),
      ]);
      await tx.insert(calendarDays).values(rows.map((r) => ({ ...r, calendarId: created.id })));
    }

    const [always] = await tx
      .select({ id: calendars.id })
      .from(calendars)
      .where(eq(calendars.builtinKey, '24x7'));
    for (const p of builtinPolicies) {
      const [policy] = await tx
        .insert(slaPolicies)
        .values({ builtinKey: p.key, name: p.name, version: 1, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: slaPolicies.builtinKey })
        .returning({ id: slaPolicies.id });
      if (!policy) continue;
      const [calendar] = await tx
        .select({ id: calendars.id })
        .from(calendars)
        .where(eq(calendars.builtinKey, p.calendar));
      await tx.insert(slaPolicyVersions).values({
        policyId: policy.id,
        version: 1,
        effectiveFrom: new Date(0),
        name: p.name,
        description: null,
        calendarId: calendar!.id,
        targets: p.targets(always!.id),
        warningPercent: 75,
        createdAt: now,
        createdBy: null,
      });
    }
    await upgradeBusinessHours(tx, always!.id, now);
  });
}

/**
 * Databases seeded before per-target calendars have a business-hours policy
 * whose L1 counts business hours. If an admin never changed it (still the
 * seeded version 1), append version 2 with L1 on 7×24, effective now:
 * requests already received keep their terms, like any policy change.
 */
async function upgradeBusinessHours(tx: DbOrTx, alwaysOpenId: string, now: Date): Promise<void> {
  const [p] = await tx.select().from(slaPolicies).where(eq(slaPolicies.builtinKey, 'business_hours'));
  if (p?.version !== 1) return;
  const [v1] = await tx
    .select()
    .from(slaPolicyVersions)
    .where(and(eq(slaPolicyVersions.policyId, p.id), eq(slaPolicyVersions.version, 1)));
  if (!v1 || v1.createdBy !== null || v1.targets.L1.responseCalendarId !== undefined) return;
  await tx.insert(slaPolicyVersions).values({
    ...v1,
    version: 2,
    effectiveFrom: now,
    targets: { ...v1.targets, L1: businessHoursTargets(alwaysOpenId).L1 },
    createdAt: now,
  });
  await tx.update(slaPolicies).set({ version: 2, updatedAt: now }).where(eq(slaPolicies.id, p.id));
}
