/**
 * The entitlement check (SPEC §5 "every service request is checked against
 * warranty and service contracts at intake"): is a request of this category,
 * from this customer (deployment, product), at this instant covered by a
 * maintenance contract, by a warranty, or billable, and WHY. It spans the
 * contracts, warranties and SLA modules, so it lives here (ARCHITECTURE).
 *
 * Rules, in order:
 * 1. A maintenance contract of the customer that is active or expiring and in
 *    force on the Asia/Shanghai date of `at` (start ≤ date ≤ end, inclusive),
 *    whose terms in effect at `at` include the category's scope item and
 *    cover the request's product and deployment (entitlement.products.ts), covers.
 *    When several cover, the best SLA wins: the shorter L1 response target,
 *    then the shorter L1 resolution target (no target counts as the worst).
 * 2. Otherwise a warranty in force on that date (of the deployment or product
 *    when given) whose coverage includes the category's warranty item covers.
 * 3. Otherwise the request is billable under the category's fee category.
 */
import type { CoverageType } from '../db/schema/products.js';
import type { SlaTargets } from '../db/schema/sla.js';
import { findContractsInForce, type ScopeItemType } from '../modules/contracts/index.js';
import { getCustomer } from '../modules/customers/index.js';
import { getDeployment } from '../modules/deployments/index.js';
import { resolvePolicyAt } from '../modules/sla/index.js';
import { findWarrantiesInForce, shanghaiDate } from '../modules/warranties/index.js';
import { type Actor, requirePermission } from '../platform/access.js';
import type { Deps } from '../platform/deps.js';
import { invalid } from '../platform/errors.js';
import { matchCoveredProducts, productNamer } from './entitlement.products.js';

/** Service request categories (SPEC §6). */
export const requestCategories = [
  'consultation',
  'incident',
  'defect',
  'feature_request',
  'security',
  'upgrade',
  'training',
  'data_migration',
  'customization',
  'on_site',
] as const;
export type RequestCategory = (typeof requestCategories)[number];

/** Fee categories of billable work (SPEC §11). */
export const feeCategories = [
  'basic_maintenance',
  'technical_support',
  'upgrade',
  'customization',
  'training',
  'other',
] as const;
export type FeeCategory = (typeof feeCategories)[number];

/**
 * What covers each category. `contract`: the scope item a maintenance
 * contract must include ('any': every maintenance contract in force covers
 * it, as its basic support; null: never covered by a contract, because
 * customization always goes through its own paid process, SPEC §10).
 * `warranty`: the warranty coverage item (warranties cover bug fixes,
 * functional updates, performance and security fixes only, SPEC §5).
 * `fee`: the fee category when nothing covers it.
 */
export const coverageTable: Record<
  RequestCategory,
  { contract: ScopeItemType | 'any' | null; warranty: CoverageType | null; fee: FeeCategory }
> = {
  consultation: { contract: 'any', warranty: null, fee: 'technical_support' },
  incident: { contract: 'bug_fix', warranty: 'bug_fix', fee: 'technical_support' },
  defect: { contract: 'bug_fix', warranty: 'bug_fix', fee: 'basic_maintenance' },
  feature_request: { contract: 'functional_update', warranty: 'functional_update', fee: 'customization' },
  security: { contract: 'security_fix', warranty: 'security_fix', fee: 'basic_maintenance' },
  upgrade: { contract: 'upgrade', warranty: null, fee: 'upgrade' },
  training: { contract: 'training', warranty: null, fee: 'training' },
  data_migration: { contract: 'data_migration', warranty: null, fee: 'other' },
  customization: { contract: null, warranty: null, fee: 'customization' },
  on_site: { contract: 'on_site', warranty: null, fee: 'technical_support' },
};

export interface EntitlementReason {
  code: string;
  message: string;
  data: Record<string, unknown>;
}

export interface EntitlementQuery {
  customerId: string;
  deploymentId?: string | undefined;
  productId?: string | undefined;
  category: RequestCategory;
  at: Date;
}

export interface ContractCoverage {
  id: string;
  number: string;
  title: string;
  startDate: string;
  endDate: string;
  termsVersion: number;
  slaPolicyId: string | null;
  policyName: string | null;
  policyVersion: number | null;
  targets: SlaTargets | null;
  calendarId: string | null;
  calendarName: string | null;
}

export interface Entitlement {
  coverage: 'contract' | 'warranty' | 'billable';
  date: string;
  category: RequestCategory;
  contract?: ContractCoverage;
  warranty?: {
    id: string;
    deploymentId: string;
    productId: string;
    productName: string;
    startDate: string;
    endDate: string;
    coverage: CoverageType[];
  };
  feeCategory?: FeeCategory;
  reasons: EntitlementReason[];
}

const rank = (c: ContractCoverage): [number, number] => [
  c.targets?.L1.responseMinutes ?? Number.POSITIVE_INFINITY,
  c.targets?.L1.resolutionMinutes ?? Number.POSITIVE_INFINITY,
];
const better = (a: ContractCoverage, b: ContractCoverage) => {
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] !== rb[0] ? ra[0] - rb[0] : ra[1] - rb[1];
};

/**
 * Resolves the entitlement of a request. 404 when the customer (or the
 * deployment) is outside the caller's scope, exactly like a missing one.
 * `customerChecked`: the caller has already checked that the customer exists
 * and is in its scope (the intake), so it is not read again.
 */
export async function resolveEntitlement(
  deps: Deps,
  actor: Actor,
  q: EntitlementQuery,
  opts: { customerChecked?: boolean } = {},
): Promise<Entitlement> {
  requirePermission(actor, 'entitlements:check');
  // The intake has just checked the customer in its own transaction; reading it (and its contacts) again costs 2 statements.
  if (!opts.customerChecked) await getCustomer(deps, actor, q.customerId);
  let productId = q.productId;
  if (q.deploymentId) {
    const d = await getDeployment(deps, actor, q.deploymentId);
    if (d.customerId !== q.customerId)
      throw invalid(['querystring', 'deploymentId'], 'Not a deployment of this customer', 'not_of_customer', {
        entity: 'deployment',
      });
    if (productId && productId !== d.productId)
      throw invalid(
        ['querystring', 'productId'],
        'Not the product of this deployment',
        'not_deployment_product',
      );
    productId = d.productId;
  }
  const date = shanghaiDate(q.at);
  const rule = coverageTable[q.category];
  const reasons: EntitlementReason[] = [];
  const say = (code: string, message: string, data: Record<string, unknown> = {}) =>
    reasons.push({ code, message, data });

  const covering: ContractCoverage[] = [];
  const nameOf = productNamer(deps);
  const contracts = await findContractsInForce(deps, { customerId: q.customerId, at: q.at });
  if (!contracts.some((c) => c.type === 'maintenance'))
    say('no_contract_in_force', `No maintenance contract is in force on ${date}`, { date });
  for (const c of contracts) {
    const ref = { contractId: c.id, number: c.number, startDate: c.startDate, endDate: c.endDate };
    if (c.type !== 'maintenance') {
      say('contract_not_service', `${c.number} is a ${c.type} contract, not a maintenance contract`, ref);
      continue;
    }
    if (rule.contract === null) {
      say('category_not_in_contracts', `${q.category} is never covered by a contract`, ref);
      continue;
    }
    const scopeItem = rule.contract === 'any' ? null : c.terms.scope.find((s) => s.type === rule.contract);
    if (rule.contract !== 'any' && !scopeItem) {
      say(
        'contract_scope_excludes',
        `${c.number} (terms v${c.termsVersion}) does not include ${rule.contract}`,
        {
          ...ref,
          scopeItem: rule.contract,
          termsVersion: c.termsVersion,
        },
      );
      continue;
    }
    if (q.category === 'upgrade' && c.terms.upgrades !== 'included') {
      say('contract_upgrades_charged', `${c.number} includes upgrades only against a fee`, ref);
      continue;
    }
    const match = matchCoveredProducts(c.terms.coveredProducts, { productId, deploymentId: q.deploymentId });
    if (match.code !== 'all_products') {
      const covered = (await Promise.all(c.terms.coveredProducts.map((p) => nameOf(p.productId)))).join('、');
      const productName = productId ? await nameOf(productId) : null;
      const data = {
        ...ref,
        termsVersion: c.termsVersion,
        productId: productId ?? null,
        productName,
        covered,
      };
      if (match.code === 'product_excludes') {
        say('contract_product_excludes', `${c.number} covers ${covered}, not ${productName}`, data);
        continue;
      }
      if (match.code === 'deployment_excludes') {
        say('contract_deployment_excludes', `${c.number} covers ${productName} on other deployments only`, {
          ...data,
          deploymentId: q.deploymentId ?? null,
        });
        continue;
      }
      if (match.code === 'product_unstated')
        say('contract_product_unstated', `The request names no product; ${c.number} covers ${covered}`, data);
    }
    let sla: Omit<ContractCoverage, 'id' | 'number' | 'title' | 'startDate' | 'endDate' | 'termsVersion'> = {
      slaPolicyId: c.terms.slaPolicyId,
      policyName: null,
      policyVersion: null,
      targets: null,
      calendarId: null,
      calendarName: null,
    };
    if (c.terms.slaPolicyId) {
      const p = await resolvePolicyAt(deps, c.terms.slaPolicyId, q.at);
      sla = {
        slaPolicyId: p.policyId,
        policyName: p.name,
        policyVersion: p.version,
        targets: p.targets,
        calendarId: p.calendarId,
        calendarName: p.calendar.definition.name ?? null,
      };
    }
    covering.push({
      id: c.id,
      number: c.number,
      title: c.title,
      startDate: c.startDate,
      endDate: c.endDate,
      termsVersion: c.termsVersion,
      ...sla,
    });
    say(
      'contract_covers',
      `${c.number} is in force from ${c.startDate} to ${c.endDate} and its terms v${c.termsVersion} include ${rule.contract === 'any' ? 'basic support' : rule.contract}`,
      {
        ...ref,
        scopeItem: rule.contract,
        termsVersion: c.termsVersion,
        frequency: scopeItem?.frequency ?? null,
      },
    );
  }
  if (covering.length) {
    const best = [...covering].sort(better)[0]!;
    if (covering.length > 1)
      say('best_sla', `${best.number} has the best SLA (shortest L1 response, then resolution)`, {
        chosen: best.id,
        candidates: covering.map((c) => ({ contractId: c.id, l1: c.targets?.L1 ?? null })),
      });
    return { coverage: 'contract', date, category: q.category, contract: best, reasons };
  }

  const warranties = await findWarrantiesInForce(deps, {
    customerId: q.customerId,
    ...(q.deploymentId ? { deploymentId: q.deploymentId } : {}),
    ...(productId ? { productId } : {}),
    at: q.at,
  });
  if (!warranties.length)
    say('no_warranty_in_force', `No warranty is in force on ${date}`, { date, productId: productId ?? null });
  const coveringWarranty = rule.warranty
    ? warranties
        .filter((w) => w.coverage.includes(rule.warranty!))
        .sort((a, b) => (a.endDate < b.endDate ? 1 : -1))[0]
    : undefined;
  for (const w of warranties) {
    if (w === coveringWarranty) continue;
    say(
      'warranty_coverage_excludes',
      `The warranty of ${w.productName} (to ${w.endDate}) does not cover ${q.category}`,
      {
        warrantyId: w.id,
        startDate: w.startDate,
        endDate: w.endDate,
        coverage: w.coverage,
      },
    );
  }
  if (coveringWarranty) {
    const w = coveringWarranty;
    say(
      'warranty_covers',
      `The warranty of ${w.productName} is in force from ${w.startDate} to ${w.endDate} and covers ${rule.warranty}`,
      {
        warrantyId: w.id,
        deploymentId: w.deploymentId,
        startDate: w.startDate,
        endDate: w.endDate,
        coverageItem: rule.warranty,
      },
    );
    return {
      coverage: 'warranty',
      date,
      category: q.category,
      warranty: {
        id: w.id,
        deploymentId: w.deploymentId,
        productId: w.productId,
        productName: w.productName,
        startDate: w.startDate,
        endDate: w.endDate,
        coverage: w.coverage,
      },
      reasons,
    };
  }
  say('billable', `Not covered: billable as ${rule.fee}`, { feeCategory: rule.fee });
  return { coverage: 'billable', date, category: q.category, feeCategory: rule.fee, reasons };
}
