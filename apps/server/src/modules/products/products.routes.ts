/** HTTP routes of the product catalog and versions: authenticate, validate, call one use case. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import {
  idParams,
  productCreateBody,
  productListQuery,
  productPageResponse,
  productPatchBody,
  productResponse,
  versionCreateBody,
  versionListResponse,
  versionPatchBody,
  versionResponse,
} from './products.schema.js';
import * as products from './products.service.js';

const tags = ['products'];

export const productRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/products',
      {
        schema: {
          operationId: 'listProducts',
          tags,
          summary: 'List the product catalog (filters q, active, critical; keyset pagination)',
          querystring: productListQuery,
          response: { 200: productPageResponse },
        },
      },
      async (req) => products.listProducts(deps, requireActor(req), req.query),
    );

    app.post(
      '/products',
      {
        config: { permission: 'products:manage' },
        schema: {
          operationId: 'createProduct',
          tags,
          summary: 'Create a product (code unique)',
          body: productCreateBody,
          response: { 201: productResponse },
        },
      },
      async (req, reply) => {
        const p = await products.createProduct(deps, requireActor(req), req.body);
        reply.header('etag', etagOf(p.version));
        return reply.status(201).send(p);
      },
    );

    app.get(
      '/products/:id',
      {
        schema: {
          operationId: 'getProduct',
          tags,
          summary: 'One product (ETag = version)',
          params: idParams,
          response: { 200: productResponse },
        },
      },
      async (req, reply) => {
        const p = await products.getProduct(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(p.version));
        return p;
      },
    );

    app.patch(
      '/products/:id',
      {
        config: { permission: 'products:manage' },
        schema: {
          operationId: 'updateProduct',
          tags,
          summary: 'Update a product; requires If-Match with its version',
          params: idParams,
          body: productPatchBody,
          response: { 200: productResponse },
        },
      },
      async (req, reply) => {
        const p = await products.updateProduct(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(p.version));
        return p;
      },
    );

    app.delete(
      '/products/:id',
      {
        config: { permission: 'products:manage' },
        schema: {
          operationId: 'deleteProduct',
          tags,
          summary: 'Delete a product that is deployed nowhere (409 invalid_state otherwise)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await products.deleteProduct(deps, requireActor(req), req.params.id, ifMatchVersion(req));
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/products/:id/versions',
      {
        schema: {
          operationId: 'listProductVersions',
          tags,
          summary: 'All versions of a product, newest release first',
          params: idParams,
          response: { 200: versionListResponse },
        },
      },
      async (req) => products.listVersions(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/products/:id/versions',
      {
        config: { permission: 'products:manage' },
        schema: {
          operationId: 'createProductVersion',
          tags,
          summary: 'Add a version (version string unique per product)',
          params: idParams,
          body: versionCreateBody,
          response: { 201: versionResponse },
        },
      },
      async (req, reply) => {
        const v = await products.createVersion(deps, requireActor(req), req.params.id, req.body);
        reply.header('etag', etagOf(v.version));
        return reply.status(201).send(v);
      },
    );

    app.get(
      '/product-versions/:id',
      {
        schema: {
          operationId: 'getProductVersion',
          tags,
          summary: 'One product version',
          params: idParams,
          response: { 200: versionResponse },
        },
      },
      async (req, reply) => {
        const v = await products.getVersion(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(v.version));
        return v;
      },
    );

    app.patch(
      '/product-versions/:id',
      {
        config: { permission: 'products:manage' },
        schema: {
          operationId: 'updateProductVersion',
          tags,
          summary: 'Update a version; requires If-Match with its version',
          params: idParams,
          body: versionPatchBody,
          response: { 200: versionResponse },
        },
      },
      async (req, reply) => {
        const v = await products.updateVersion(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(v.version));
        return v;
      },
    );

    app.delete(
      '/product-versions/:id',
      {
        config: { permission: 'products:manage' },
        schema: {
          operationId: 'deleteProductVersion',
          tags,
          summary: 'Delete a version that no deployment runs, ran or plans to run',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await products.deleteVersion(deps, requireActor(req), req.params.id, ifMatchVersion(req));
        return reply.status(204).send(null);
      },
    );
  };
