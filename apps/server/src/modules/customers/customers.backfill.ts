/**
 * Fills the keys computed in JavaScript for customers written before they
 * existed (migrations 0015/0016 add them empty; SQL cannot compute pinyin): the
 * name's pinyin, core and normalised form (region words are dropped now), and
 * region and industry codes mapped from the old free text where it fits. Runs
 * at every start and finds nothing to do once done (a partial index holds the
 * rows still missing their pinyin). Derived data: no version bump, no audit.
 */
import { isNull, sql } from 'drizzle-orm';
import { customers } from '../../db/schema/customers.js';
import type { DbOrTx } from '../../platform/db.js';
import { nameColumns } from './customers.names.js';
import { mapIndustry } from './reference/industries.js';
import { mapRegion, regionName } from './reference/regions.js';

const BATCH = 500;

/** The coded values and free text a row gets from its old region and industry text. */
export function mapLegacyText(row: {
  region: string | null;
  regionCode: string | null;
  industry: string | null;
  industryCode: string | null;
}) {
  const regionCode = row.regionCode ?? (row.region ? mapRegion(row.region) : undefined) ?? null;
  const industryCode = row.industryCode ?? (row.industry ? mapIndustry(row.industry) : undefined) ?? null;
  return {
    regionCode,
    region: regionCode ? (regionName(regionCode) ?? row.region) : row.region,
    industryCode,
    industry: industryCode ? null : row.industry,
  };
}

/** Computes the missing keys batch by batch; returns how many customers it filled. */
export async function backfillCustomerKeys(db: DbOrTx): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db
      .select({
        id: customers.id,
        name: customers.name,
        region: customers.region,
        regionCode: customers.regionCode,
        industry: customers.industry,
        industryCode: customers.industryCode,
      })
      .from(customers)
      .where(isNull(customers.namePinyin))
      .limit(BATCH);
    if (rows.length === 0) return total;
    const values = rows.map((r) => ({ id: r.id, ...nameColumns(r.name), ...mapLegacyText(r) }));
    await db.execute(sql`
      update ${customers} c set
        normalized_name = x."normalizedName", name_core = x."nameCore", name_pinyin = x."namePinyin",
        region_code = x."regionCode", region = x.region, industry_code = x."industryCode", industry = x.industry
      from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as x(id uuid, "normalizedName" text,
        "nameCore" text, "namePinyin" text, "regionCode" text, region text, "industryCode" text, industry text)
      where c.id = x.id`);
    total += rows.length;
  }
}
