/** HTTP routes of customer import (multipart upload, dry run, commit) and export (CSV / Excel). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { requireActor } from '../../platform/http.js';
import { exportCustomers } from './customers.export.js';
import { commitImport, dryRunImport, getImport } from './customers.import.js';
import { requireCustomerAccess } from './customers.policy.js';
import { exportQuery, idParams, importCommitBody, importReport } from './customers.schema.js';

const tags = ['customers'];

export const customerTransferRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/customers/export',
      {
        schema: {
          operationId: 'exportCustomers',
          tags,
          summary: 'Export the filtered customer list as CSV (UTF-8 with BOM) or Excel',
          querystring: exportQuery,
        },
      },
      async (req, reply) => {
        const file = exportCustomers(deps, requireActor(req), req.query);
        reply
          .header('content-type', file.contentType)
          .header(
            'content-disposition',
            `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName.replace('customers', '客户'))}`,
          )
          .header('cache-control', 'no-store');
        return reply.send(file.stream);
      },
    );

    app.post(
      '/customers/import',
      {
        config: { permission: 'customers:import' },
        schema: {
          operationId: 'dryRunCustomerImport',
          tags,
          summary: 'Upload a .csv or .xlsx file (multipart, one file, ≤ 20 MiB) and get the dry-run report',
          consumes: ['multipart/form-data'],
          response: { 201: importReport },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        // Checked before reading the upload, so a forbidden caller cannot make us buffer 20 MiB.
        requireCustomerAccess(actor, 'import');
        const file = await req.file();
        if (!file) {
          throw new DomainError('validation', 'Attach one .csv or .xlsx file', {
            issues: [{ path: ['file'], message: 'No file in the upload', code: 'file_required' }],
          });
        }
        const data = await file.toBuffer();
        const report = await dryRunImport(deps, actor, { fileName: file.filename || 'upload.csv', data });
        return reply.status(201).send(report);
      },
    );

    app.get(
      '/customers/import/:id',
      {
        schema: {
          operationId: 'getCustomerImport',
          tags,
          summary: 'Status, progress and dry-run report of an import',
          params: idParams,
          response: { 200: importReport },
        },
      },
      async (req) => getImport(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/customers/import/:id/commit',
      {
        config: { permission: 'customers:import' },
        schema: {
          operationId: 'commitCustomerImport',
          tags,
          summary: 'Import a clean dry run, all or nothing, in the background (poll the import for progress)',
          params: idParams,
          body: importCommitBody,
          response: { 202: importReport },
        },
      },
      async (req, reply) => {
        const report = await commitImport(deps, requireActor(req), req.params.id, {
          skipDuplicates: req.body?.skipDuplicates ?? false,
        });
        return reply.status(202).send(report);
      },
    );
  };
