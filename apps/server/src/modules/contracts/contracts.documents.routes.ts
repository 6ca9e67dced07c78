/** HTTP routes of contract documents: multipart upload, list, download as attachment, delete. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../platform/access.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { requireActor } from '../../platform/http.js';
import * as documents from './contracts.documents.js';
import { documentParams, documentResponse, idParams } from './contracts.schema.js';

const tags = ['contracts'];

export const contractDocumentRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/contracts/:id/documents',
      {
        schema: {
          operationId: 'listContractDocuments',
          tags,
          summary: "A contract's documents",
          params: idParams,
          response: { 200: z.array(documentResponse) },
        },
      },
      async (req) => documents.listDocuments(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/contracts/:id/documents',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'uploadContractDocument',
          tags,
          summary: 'Upload a document (multipart, one file ≤ 20 MiB: pdf, docx, xlsx, png, jpg, zip)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: documentResponse },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        // Checked before reading the upload, so a forbidden caller cannot make us buffer 20 MiB.
        requirePermission(actor, 'contracts:write');
        const file = await req.file();
        if (!file) {
          throw new DomainError('validation', 'Attach one file', {
            issues: [{ path: ['file'], message: 'No file in the upload', code: 'file_required' }],
          });
        }
        const data = await file.toBuffer();
        const doc = await documents.uploadDocument(deps, actor, req.params.id, {
          fileName: file.filename || 'document',
          data,
        });
        return reply.status(201).send(doc);
      },
    );

    app.get(
      '/contracts/:id/documents/:documentId',
      {
        schema: {
          operationId: 'downloadContractDocument',
          tags,
          summary: 'Download a document (attachment, stored content type)',
          params: documentParams,
          produces: ['application/octet-stream'],
        },
      },
      async (req, reply) => {
        const { document, data } = await documents.downloadDocument(
          deps,
          requireActor(req),
          req.params.id,
          req.params.documentId,
        );
        return reply
          .header('content-type', document.contentType)
          .header('content-disposition', documents.contentDisposition(document.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .send(data);
      },
    );

    app.delete(
      '/contracts/:id/documents/:documentId',
      {
        config: { permission: 'contracts:write' },
        schema: {
          operationId: 'deleteContractDocument',
          tags,
          summary: 'Delete a document',
          params: documentParams,
        },
      },
      async (req, reply) => {
        await documents.deleteDocument(deps, requireActor(req), req.params.id, req.params.documentId);
        return reply.status(204).send();
      },
    );
  };
