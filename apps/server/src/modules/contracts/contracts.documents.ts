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
import { notFound } from '../../platform/errors.js';
import { cleanFileName, contentDisposition, fileTypesFor, sniffFileType } from '../../platform/file-types.js';
import * as repo from './contracts.repo.js';
import type { DocumentDto } from './contracts.schema.js';

/** Allowed extensions (the sniffing lives in platform/file-types.ts, shared with request attachments). */
export const documentTypes = fileTypesFor(['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg', 'zip']);

const documentsRoot = (deps: Pick<Deps, 'config'>) => path.join(deps.config.dataDir, 'documents');
const fileOf = (deps: Pick<Deps, 'config'>, doc: { contractId: string; storageKey: string }) =>
  path.join(documentsRoot(deps), doc.contractId, doc.storageKey);

const cleanName = (name: string) => cleanFileName(name, 'document');

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
  const type = sniffFileType(documentTypes, fileName, file.data);
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

export { contentDisposition };
