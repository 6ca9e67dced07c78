/**
 * Contract terms as data (SPEC §4): service scope, SLA, uptime, data
 * protection, upgrades, payment, penalties, rewards and the dispute clause.
 * Stored as jsonb in contract_terms and validated here on every write.
 * Money is a decimal string with at most two decimals ("128000.00") and is
 * summed as integer fen (BigInt), never as a JS float.
 */
import { z } from 'zod';
import { isoDate } from './contracts.dates.js';

export const scopeItemTypes = [
  'bug_fix',
  'functional_update',
  'performance',
  'security_fix',
  'inspection',
  'training',
  'on_site',
  'data_migration',
  'upgrade',
] as const;
export type ScopeItemType = (typeof scopeItemTypes)[number];

export const disputeSteps = ['negotiation', 'mediation', 'arbitration', 'court'] as const;

/** CNY with up to 12 integer digits and 2 decimals, as a string. */
export const DECIMAL_RE = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;
export const decimalString = z.string().regex(DECIMAL_RE, 'A decimal amount like "128000.00"');

/** "128000.5" → 12800050n fen. */
export function toFen(amount: string): bigint {
  const [whole, frac = ''] = amount.split('.');
  return BigInt(whole ?? '0') * 100n + BigInt(frac.padEnd(2, '0'));
}

/** 12800050n → "128000.50". */
export function fromFen(fen: bigint): string {
  const whole = fen / 100n;
  const frac = fen % 100n;
  return `${whole}.${String(frac).padStart(2, '0')}`;
}

const percent = z.number().min(0).max(100);

const scopeItem = z.strictObject({
  type: z.enum(scopeItemTypes),
  /** How often, e.g. monthly for a full system inspection (巡检). */
  frequency: z.enum(['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'on_demand']).optional(),
  /** How many times per contract term, if limited. */
  quota: z.number().int().min(1).max(10_000).optional(),
  notes: z.string().trim().max(1000).optional(),
});

/**
 * A product the contract covers (a CRM maintenance contract does not cover
 * the customer's ERP). `deploymentIds` narrows it to some of the customer's
 * deployments of it (empty: all); `modules` names the covered modules for
 * people (requests name no module, so the check does not match on them).
 */
const coveredProduct = z.strictObject({
  productId: z.uuid(),
  deploymentIds: z.array(z.uuid()).max(200).default([]),
  modules: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
});
export type CoveredProduct = z.infer<typeof coveredProduct>;

const installment = z.strictObject({
  dueDate: isoDate,
  amount: decimalString,
  paidAt: isoDate.nullish(),
});

export const termsSchema = z.strictObject({
  scope: z
    .array(scopeItem)
    .max(scopeItemTypes.length)
    .refine((items) => new Set(items.map((i) => i.type)).size === items.length, 'Each scope item type once'),
  /** Covered products; empty = every product of the customer (terms written before products were named). */
  coveredProducts: z
    .array(coveredProduct)
    .max(100)
    .refine((items) => new Set(items.map((i) => i.productId)).size === items.length, 'Each product once')
    .default([]),
  /** The SLA policy the contract runs on (must exist); required before a maintenance contract is reviewed. */
  slaPolicyId: z.uuid().nullable(),
  uptimeTargetPercent: percent.nullable().default(null),
  dataProtection: z
    .strictObject({
      backupFrequency: z.enum(['hourly', 'daily', 'weekly', 'monthly']),
      storageLocation: z.string().trim().min(1).max(500),
      recoveryTimeHours: z.number().min(0).max(8760),
    })
    .nullable()
    .default(null),
  upgrades: z.enum(['included', 'charged']),
  payment: z
    .strictObject({
      mode: z.enum(['one_time', 'installments']),
      installments: z.array(installment).max(120).default([]),
    })
    .refine((p) => p.mode === 'one_time' || p.installments.length > 0, {
      message: 'Installment payment needs at least one installment',
      path: ['installments'],
    }),
  penalties: z
    .array(
      z
        .strictObject({
          metric: z.enum(['response_rate', 'resolution_rate', 'uptime']),
          /** Below this measured percentage the deduction applies. */
          threshold: percent,
          deductPercent: percent,
          capPercent: percent,
        })
        .refine((p) => p.capPercent >= p.deductPercent, {
          message: 'The cap must not be below the deduction',
          path: ['capPercent'],
        }),
    )
    .max(20)
    .default([]),
  rewards: z
    .array(
      z.strictObject({
        consecutivePeriods: z.number().int().min(1).max(40),
        kind: z.enum(['renewal_discount', 'bonus']),
        percent,
      }),
    )
    .max(20)
    .default([]),
  dispute: z
    .strictObject({
      /** Escalation order; a subset of negotiation → mediation → arbitration → court, in that order. */
      steps: z
        .array(z.enum(disputeSteps))
        .min(1)
        .refine(
          (steps) =>
            steps.every((s, i) => i === 0 || disputeSteps.indexOf(s) > disputeSteps.indexOf(steps[i - 1]!)),
          'Steps must follow negotiation → mediation → arbitration → court, each once',
        ),
      venue: z.string().trim().max(500).optional(),
    })
    .default({ steps: [...disputeSteps] }),
});
export type Terms = z.infer<typeof termsSchema>;

/** Terms of a new draft when none are given. */
export const defaultTerms = (): Terms => ({
  scope: [],
  coveredProducts: [],
  slaPolicyId: null,
  uptimeTargetPercent: null,
  dataProtection: null,
  upgrades: 'charged',
  payment: { mode: 'one_time', installments: [] },
  penalties: [],
  rewards: [],
  dispute: { steps: [...disputeSteps] },
});

/**
 * Installments must add up to the contract amount exactly. Returns the
 * failing issue (path relative to the terms) or null.
 */
export function installmentIssue(
  terms: Terms,
  amount: string,
): { path: (string | number)[]; message: string } | null {
  const list = terms.payment.installments;
  if (!list.length) return null;
  const sum = list.reduce((acc, i) => acc + toFen(i.amount), 0n);
  if (sum === toFen(amount)) return null;
  return {
    path: ['payment', 'installments'],
    message: `Installments add up to ${fromFen(sum)}, not the contract amount ${fromFen(toFen(amount))}`,
  };
}
