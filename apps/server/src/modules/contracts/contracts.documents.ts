/**
 * Contract documents (signed scans, annexes): upload, list, download,
 * delete. Files live under DATA_DIR/documents/<contract id>/<uuid>; the
 * user's file name is only metadata, never a path. A file is accepted only
 * when its extension is allowed AND its first bytes match that type (a .pdf
 * must start with %PDF-, a .docx must be a zip holding word/...), and it is
 * always served as an attachment with the stored type and nosniff.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Actor, requirePermission } from '../../platform/access.js';
import { recordAudit } from '../../platform/audit.js';
import type { Deps } from '../../platform/deps.js';
import { DomainError, notFound } from '../../platform/errors.js';
import * as repo from './contracts.repo.js';
import type { DocumentDto } from './contracts.schema.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);
const zipHas = (buf: Buffer, entryPrefix: string) =>
  startsWith(buf, ZIP) && buf.includes(Buffer.from(entryPrefix, 'latin1'));

/** Allowed extensions: the type we store and serve, and the check of the content's first bytes. */
export const documentTypes: Record<string, { contentType: string; sniff: (b: Buffer) => boolean }> = {
  pdf: { contentType: 'application/pdf', sniff: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sniff: (b) => zipHas(b, 'word/'),
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    sniff: (b) => zipHas(b, 'xl/'),
  },
  png: {
    contentType: 'image/png',
    sniff: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  jpg: { contentType: 'image/jpeg', sniff: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { contentType: 'image/jpeg', sniff: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  zip: { contentType: 'application/zip', sniff: (b) => startsWith(b, ZIP) },
};

const documentsRoot = (deps: Pick<Deps, 'config'>) => path.join(deps.config.dataDir, 'documents');
const fileOf = (deps: Pick<Deps, 'config'>, doc: { contractId: string; storageKey: string }) =>
  path.join(documentsRoot(deps), doc.contractId, doc.storageKey);

/** A display name without directories or control characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || 'document';
}

function toDto(d: repo.DocumentRow): DocumentDto {
  return {
    id: d.id,
    contractId: d.contractId,
    fileName: d.fileName,
    contentType: d.contentType,
    size: d.size,
    sha256: d.sha256,
    uploadedBy: d.uploadedBy,
    uploadedByName: d.uploadedByName,
    createdAt: d.createdAt.toISOString(),
  };
}

async function requireVisible(deps: Deps, actor: Actor, contractId: string) {
  const row = await repo.findContract(deps.db, actor, contractId);
  if (!row) throw notFound('Contract');
  return row.contract;
}

export async function listDocuments(deps: Deps, actor: Actor, contractId: string): Promise<DocumentDto[]> {
  requirePermission(actor, 'contracts:read');
  await requireVisible(deps, actor, contractId);
  return (await repo.listDocuments(deps.db, contractId)).map(toDto);
}

/** Stores an uploaded file (size already limited to 20 MiB by the multipart parser). */
export async function uploadDocument(
  deps: Deps,
  actor: Actor,
  contractId: string,
  file: { fileName: string; data: Buffer },
): Promise<DocumentDto> {
  requirePermission(actor, 'contracts:write');
  const contract = await requireVisible(deps, actor, contractId);
  const fileName = cleanName(file.fileName);
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const type = documentTypes[ext];
  if (!type) {
    throw new DomainError('unsupported_media_type', `Files of type .${ext || '?'} are not accepted`, {
      details: { allowed: Object.keys(documentTypes) },
    });
  }
  if (!type.sniff(file.data)) {
    throw new DomainError('unsupported_media_type', `The file's content is not a .${ext} file`, {
      details: { extension: ext },
    });
  }
  const storageKey = randomUUID();
  const target = fileOf(deps, { contractId, storageKey });
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, file.data, { flag: 'wx' });
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await repo.insertDocument(tx, {
        contractId,
        fileName,
        contentType: type.contentType,
        size: file.data.length,
        sha256: createHash('sha256').update(file.data).digest('hex'),
        storageKey,
        uploadedBy: actor.via === 'system' ? null : actor.userId,
        uploadedByName: actor.displayName,
        createdAt: deps.clock.now(),
      });
      await recordAudit(tx, deps.clock, actor, {
        action: 'contract_document.upload',
        entityType: 'contract_document',
        entityId: row.id,
        customerId: contract.customerId,
        after: row,
      });
      return toDto(row);
    });
  } catch (err) {
    await fs.rm(target, { force: true });
    throw err;
  }
}

/** The stored file of a document of a visible contract. */
export async function downloadDocument(deps: Deps, actor: Actor, contractId: string, documentId: string) {
  requirePermission(actor, 'contracts:read');
  await requireVisible(deps, actor, contractId);
  const doc = await repo.findDocument(deps.db, contractId, documentId);
  if (!doc) throw notFound('Document');
  const data = await fs.readFile(fileOf(deps, doc)).catch(() => {
    throw notFound('Document file');
  });
  return { document: toDto(doc), data };
}

export async function deleteDocument(
  deps: Deps,
  actor: Actor,
  contractId: string,
  documentId: string,
): Promise<void> {
  requirePermission(actor, 'contracts:write');
  const contract = await requireVisible(deps, actor, contractId);
  const doc = await repo.findDocument(deps.db, contractId, documentId);
  if (!doc) throw notFound('Document');
  await deps.db.transaction(async (tx) => {
    await repo.deleteDocument(tx, doc.id);
    await recordAudit(tx, deps.clock, actor, {
      action: 'contract_document.delete',
      entityType: 'contract_document',
      entityId: doc.id,
      customerId: contract.customerId,
      before: doc,
    });
  });
  // After the commit: a failed unlink leaves an orphan file, never a row without its file.
  await fs.rm(fileOf(deps, doc), { force: true });
}

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
