/** HTTP routes of a request's timeline: list, replies, notes, acknowledge, attachments, time entries. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Visibility, visibilities } from '../../db/schema/request-timeline.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError } from '../../platform/errors.js';
import { contentDisposition } from '../../platform/file-types.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import * as attachments from './timeline.attachments.js';
import {
  attachmentParams,
  attachmentResponse,
  noteBody,
  replyBody,
  requestIdParams,
  timeEntryBody,
  timeEntryListResponse,
  timeEntryParams,
  timeEntryResponse,
  timelineEntryResponse,
  timelinePageResponse,
  timelineQuery,
} from './timeline.schema.js';
import * as timeline from './timeline.service.js';
import * as time from './timeline.time-entries.js';

const tags = ['requests'];

export const timelineRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/requests/:id/timeline',
      {
        schema: {
          operationId: 'listRequestTimeline',
          tags,
          summary: 'Timeline oldest → newest (customers: public entries and attachments only), with counts',
          params: requestIdParams,
          querystring: timelineQuery,
          response: { 200: timelinePageResponse },
        },
      },
      async (req) => timeline.listTimeline(deps, requireActor(req), req.params.id, req.query),
    );

    app.post(
      '/requests/:id/replies',
      {
        config: { permission: 'requests:reply' },
        schema: {
          operationId: 'postReply',
          tags,
          summary:
            'Public reply (HTML, sanitized); the first human reply stops the response clock. If-Match optional',
          params: requestIdParams,
          body: replyBody,
          response: { 201: timelineEntryResponse },
        },
      },
      async (req, reply) => {
        const out = await timeline.postReply(
          deps,
          requireActor(req),
          req.params.id,
          req.body,
          ifMatchVersion(req),
        );
        return reply.status(201).header('etag', etagOf(out.version)).send(out.entry);
      },
    );

    app.post(
      '/requests/:id/notes',
      {
        config: { permission: 'requests:internal' },
        schema: {
          operationId: 'postNote',
          tags,
          summary: 'Internal note (never shown to customers)',
          params: requestIdParams,
          body: noteBody,
          response: { 201: timelineEntryResponse },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await timeline.postNote(deps, requireActor(req), req.params.id, req.body)),
    );

    app.post(
      '/requests/:id/acknowledge',
      {
        config: { permission: 'requests:reply' },
        schema: {
          operationId: 'acknowledgeRequest',
          tags,
          summary: 'Acknowledge the request (public event; stops the response clock). If-Match optional',
          params: requestIdParams,
          response: { 201: timelineEntryResponse },
        },
      },
      async (req, reply) => {
        const out = await timeline.acknowledge(deps, requireActor(req), req.params.id, ifMatchVersion(req));
        return reply.status(201).header('etag', etagOf(out.version)).send(out.entry);
      },
    );

    app.get(
      '/requests/:id/attachments',
      {
        schema: {
          operationId: 'listRequestAttachments',
          tags,
          summary: 'Attachments you may see (customers: public ones)',
          params: requestIdParams,
          response: { 200: z.array(attachmentResponse) },
        },
      },
      async (req) => attachments.listAttachments(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/requests/:id/attachments',
      {
        config: { permission: { anyOf: ['requests:reply', 'requests:internal'] } },
        schema: {
          operationId: 'uploadAttachment',
          tags,
          summary:
            'Upload a file (multipart: field `file`, optional field `visibility` public|internal; ≤ 20 MiB; png, jpg, gif, webp, pdf, txt, log, csv, zip, docx, xlsx)',
          consumes: ['multipart/form-data'],
          params: requestIdParams,
          response: { 201: attachmentResponse },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        // Before reading the upload, so an outsider cannot make us buffer 20 MiB.
        await attachments.checkUpload(deps, actor, req.params.id);
        let visibility: Visibility | undefined;
        let file: { fileName: string; data: Buffer } | undefined;
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            const data = await part.toBuffer();
            if (part.fieldname === 'file') file = { fileName: part.filename || 'attachment', data };
          } else if (part.fieldname === 'visibility') {
            const parsed = z.enum(visibilities).safeParse(part.value);
            if (!parsed.success) {
              throw new DomainError('validation', 'visibility must be public or internal', {
                issues: [
                  { path: ['visibility'], message: 'Expected public or internal', code: 'invalid_value' },
                ],
              });
            }
            visibility = parsed.data;
          }
        }
        if (!file) {
          throw new DomainError('validation', 'Attach one file', {
            issues: [{ path: ['file'], message: 'No file in the upload', code: 'file_required' }],
          });
        }
        const dto = await attachments.uploadAttachment(deps, actor, req.params.id, { ...file, visibility });
        return reply.status(201).send(dto);
      },
    );

    app.get(
      '/requests/:id/attachments/:attachmentId',
      {
        schema: {
          operationId: 'downloadAttachment',
          tags,
          summary: 'Download an attachment (always as an attachment, stored content type, nosniff)',
          params: attachmentParams,
          produces: ['application/octet-stream'],
        },
      },
      async (req, reply) => {
        const { attachment, data } = await attachments.downloadAttachment(
          deps,
          requireActor(req),
          req.params.id,
          req.params.attachmentId,
        );
        return reply
          .header('content-type', attachment.contentType)
          .header('content-disposition', contentDisposition(attachment.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(data);
      },
    );

    app.get(
      '/requests/:id/time-entries',
      {
        schema: {
          operationId: 'listTimeEntries',
          tags,
          summary: 'Time logged on the request, with billable and covered totals (staff only)',
          params: requestIdParams,
          response: { 200: timeEntryListResponse },
        },
      },
      async (req) => time.listTimeEntries(deps, requireActor(req), req.params.id),
    );

    app.post(
      '/requests/:id/time-entries',
      {
        config: { permission: 'requests:update' },
        schema: {
          operationId: 'createTimeEntry',
          tags,
          summary: 'Log time (billable defaults to the request being billable)',
          params: requestIdParams,
          body: timeEntryBody,
          response: { 201: timeEntryResponse },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await time.createTimeEntry(deps, requireActor(req), req.params.id, req.body)),
    );

    app.delete(
      '/requests/:id/time-entries/:entryId',
      {
        config: { permission: 'requests:internal' },
        schema: {
          operationId: 'deleteTimeEntry',
          tags,
          summary: 'Delete a time entry (own, or any with requests:update)',
          params: timeEntryParams,
        },
      },
      async (req, reply) => {
        await time.deleteTimeEntry(deps, requireActor(req), req.params.id, req.params.entryId);
        return reply.status(204).send();
      },
    );
  };
