/** HTTP route of the entitlement check: covered by which contract or warranty, or billable, and why. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { coverageTypes } from '../db/schema/products.js';
import type { Deps } from '../platform/deps.js';
import { instantString } from '../platform/fields.js';
import { requireActor } from '../platform/http.js';
import { feeCategories, requestCategories, resolveEntitlement } from './entitlement.js';

const target = z.object({ responseMinutes: z.number().nullable(), resolutionMinutes: z.number().nullable() });

export const entitlementQuery = z.strictObject({
  customerId: z.uuid(),
  deploymentId: z.uuid().optional(),
  productId: z.uuid().optional(),
  category: z.enum(requestCategories),
  /** The instant of the request (ISO 8601 with offset); default now. */
  at: instantString.optional(),
});

export const entitlementResponse = z.object({
  coverage: z.enum(['contract', 'warranty', 'billable']),
  /** The Asia/Shanghai date the dates were compared with. */
  date: z.string(),
  category: z.enum(requestCategories),
  contract: z
    .object({
      id: z.uuid(),
      number: z.string(),
      title: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      termsVersion: z.number().int(),
      slaPolicyId: z.uuid().nullable(),
      policyName: z.string().nullable(),
      policyVersion: z.number().int().nullable(),
      targets: z.object({ L1: target, L2: target, L3: target, L4: target }).nullable(),
      calendarId: z.uuid().nullable(),
      calendarName: z.string().nullable(),
    })
    .optional(),
  warranty: z
    .object({
      id: z.uuid(),
      deploymentId: z.uuid(),
      productId: z.uuid(),
      productName: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      coverage: z.array(z.enum(coverageTypes)),
    })
    .optional(),
  feeCategory: z.enum(feeCategories).optional(),
  reasons: z.array(
    z.object({ code: z.string(), message: z.string(), data: z.record(z.string(), z.unknown()) }),
  ),
});

export const entitlementRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/entitlements/check',
      {
        schema: {
          operationId: 'checkEntitlement',
          tags: ['entitlements'],
          summary:
            'Is a request covered by a maintenance contract, a warranty, or billable — with the reasons',
          querystring: entitlementQuery,
          response: { 200: entitlementResponse },
        },
      },
      async (req) =>
        resolveEntitlement(deps, requireActor(req), {
          customerId: req.query.customerId,
          deploymentId: req.query.deploymentId,
          productId: req.query.productId,
          category: req.query.category,
          at: req.query.at ? new Date(req.query.at) : deps.clock.now(),
        }),
    );
  };
