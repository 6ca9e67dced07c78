/**
 * Request attachments: screenshots, logs, exports. Files live under
 * DATA_DIR/requests/<request id>/<uuid>; the user's name is only metadata.
 * A file is accepted by extension and content (platform/file-types.ts) and
 * always served as an attachment with nosniff. Internal attachments are
 * invisible to customer roles: a download answers 404 exactly like a
 * missing one.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Visibility } from '../../db/schema/request-timeline.js';
import { type Actor, can, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { notFound } from '../../platform/errors.js';
import { cleanFileName, fileTypesFor, sniffFileType } from '../../platform/file-types.js';
import { findRequest } from '../requests/requests.kernel.js';
import { toAttachmentDto } from './timeline.dto.js';
import * as repo from './timeline.repo.js';
import type { AttachmentDto } from './timeline.schema.js';
import { publicOnly, requireRequest } from './timeline.service.js';

/** What customers and agents may attach: images, PDF, text logs and tables, zip, Office documents. */
export const attachmentTypes = fileTypesFor([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'pdf',
  'txt',
  'log',
  'csv',
  'zip',
  'docx',
  'xlsx',
]);

const fileOf = (deps: Pick<Deps, 'config'>, storagePath: string) => {
  const root = path.resolve(deps.config.dataDir);
  const full = path.resolve(root, storagePath);
  // storagePath is ours, but a row must never point outside DATA_DIR.
  if (!full.startsWith(root + path.sep)) throw notFound('Attachment file');
  return full;
};

/** May upload at all (checked by the route before the upload is read). */
export function requireUploadPermission(actor: Actor): void {
  if (!can(actor, 'requests:reply') && !can(actor, 'requests:internal')) {
    requirePermission(actor, 'requests:reply');
  }
}

/**
 * The visibility of an upload: customers' are public; staff default to
 * internal, and a file becomes public when it is attached to a public reply.
 */
function uploadVisibility(actor: Actor, asked: Visibility | undefined): Visibility {
  const wanted = asked ?? (can(actor, 'requests:internal') ? 'internal' : 'public');
  requirePermission(actor, wanted === 'internal' ? 'requests:internal' : 'requests:reply');
  return wanted;
}

/** Checks access before the route buffers an upload (an outsider must not make us read 20 MiB). */
export async function checkUpload(deps: Deps, actor: Actor, requestId: string): Promise<void> {
  requireUploadPermission(actor);
  await requireRequest(deps, actor, requestId);
}

/** Stores an uploaded file (size already limited to 20 MiB by the multipart parser). */
export async function uploadAttachment(
  deps: Deps,
  actor: Actor,
  requestId: string,
  file: { fileName: string; data: Buffer; visibility: Visibility | undefined },
): Promise<AttachmentDto> {
  requireUploadPermission(actor);
  const visibility = uploadVisibility(actor, file.visibility);
  const request = await requireRequest(deps, actor, requestId);
  const fileName = cleanFileName(file.fileName, 'attachment');
  const type = sniffFileType(attachmentTypes, fileName, file.data);
  const storagePath = path.posix.join('requests', requestId, randomUUID());
  const target = fileOf(deps, storagePath);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, file.data, { flag: 'wx' });
  try {
    return await deps.db.transaction(async (tx) => {
      // Still visible at commit time (the request may have moved out of scope meanwhile).
      if (!(await findRequest(tx, actor, requestId))) throw notFound('Service request');
      const row = await repo.insertAttachment(tx, {
        requestId,
        visibility,
        fileName,
        contentType: type.contentType,
        sizeBytes: file.data.length,
        sha256: createHash('sha256').update(file.data).digest('hex'),
        storagePath,
        uploadedBy: actor.via === 'system' ? null : actor.userId,
        createdAt: deps.clock.now(),
      });
      await recordAudit(tx, deps.clock, actor, {
        action: 'request_attachment.upload',
        entityType: 'request_attachment',
        entityId: row.id,
        customerId: request.customerId,
        after: row,
      });
      return toAttachmentDto({ ...row, uploadedByName: actor.displayName });
    });
  } catch (err) {
    await fs.rm(target, { force: true });
    throw err;
  }
}

export async function listAttachments(deps: Deps, actor: Actor, requestId: string): Promise<AttachmentDto[]> {
  requirePermission(actor, 'requests:read');
  await requireRequest(deps, actor, requestId);
  return (await repo.listAttachments(deps.db, requestId, publicOnly(actor))).map(toAttachmentDto);
}

/** The stored file of a visible attachment of a visible request. */
export async function downloadAttachment(deps: Deps, actor: Actor, requestId: string, attachmentId: string) {
  requirePermission(actor, 'requests:read');
  await requireRequest(deps, actor, requestId);
  const row = await repo.findAttachment(deps.db, requestId, attachmentId, publicOnly(actor));
  if (!row) throw notFound('Attachment');
  const data = await fs.readFile(fileOf(deps, row.storagePath)).catch(() => {
    throw notFound('Attachment file');
  });
  return { attachment: toAttachmentDto(row), data };
}
