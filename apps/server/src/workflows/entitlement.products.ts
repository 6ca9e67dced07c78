/**
 * Does a contract cover the request's product (and deployment)? Contract
 * terms name the covered products; a "慧通CRM 年度维护服务合同" does not
 * cover a defect in 慧通ERP. Terms that name no product (written before
 * products were named) cover every product, as they always did. A request
 * that names no product is covered, with a reason saying what the contract
 * is limited to, so the agent can ask.
 */
import type { CoveredProduct } from '../modules/contracts/index.js';
import { getProduct } from '../modules/products/index.js';
import { systemActor } from '../platform/access.js';
import type { Deps } from '../platform/deps.js';
import { DomainError } from '../platform/errors.js';
import { permissions } from '../platform/permissions.js';

export type ProductMatch =
  | { covers: true; code: 'all_products' | 'product_covered' | 'product_unstated' }
  | { covers: false; code: 'product_excludes' | 'deployment_excludes' };

/** Pure: the decision for one contract's covered products. */
export function matchCoveredProducts(
  covered: CoveredProduct[],
  q: { productId?: string | undefined; deploymentId?: string | undefined },
): ProductMatch {
  if (!covered.length) return { covers: true, code: 'all_products' };
  if (!q.productId) return { covers: true, code: 'product_unstated' };
  const entry = covered.find((c) => c.productId === q.productId);
  if (!entry) return { covers: false, code: 'product_excludes' };
  if (entry.deploymentIds.length && q.deploymentId && !entry.deploymentIds.includes(q.deploymentId))
    return { covers: false, code: 'deployment_excludes' };
  return { covers: true, code: 'product_covered' };
}

/**
 * Product names for reasons, read once per check. The caller has checked
 * its own permission; the names are read as the system (a portal contact
 * filing a request does not hold products:read). A deleted product shows
 * its id.
 */
export function productNamer(deps: Deps): (id: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  const actor = systemActor(permissions, 'entitlement');
  return (id) => {
    let name = cache.get(id);
    if (!name) {
      name = getProduct(deps, actor, id).then(
        (p) => p.name,
        (err) => {
          if (err instanceof DomainError && err.code === 'not_found') return id;
          throw err;
        },
      );
      cache.set(id, name);
    }
    return name;
  };
}
