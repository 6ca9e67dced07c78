/**
 * Uploaded files are accepted by extension AND content: each known extension
 * has the type we store and serve, and a check of the first bytes (a .pdf
 * must start with %PDF-, a .docx must be a zip holding word/...). The
 * client's declared content type is never trusted. Modules pick the subset
 * they accept; files are always served as attachments with nosniff.
 */
import path from 'node:path';
import { DomainError } from './errors.js';

export interface FileType {
  contentType: string;
  sniff: (b: Buffer) => boolean;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);
const zipHas = (buf: Buffer, entryPrefix: string) =>
  startsWith(buf, ZIP) && buf.includes(Buffer.from(entryPrefix, 'latin1'));
const ascii = (buf: Buffer, from: number, to: number) => buf.subarray(from, to).toString('latin1');
/** Text (logs, CSV): any encoding without NUL bytes; binaries nearly always contain one. */
const isText = (buf: Buffer) => !buf.includes(0);

const JPEG: FileType = { contentType: 'image/jpeg', sniff: (b) => startsWith(b, [0xff, 0xd8, 0xff]) };
const TEXT: FileType = { contentType: 'text/plain', sniff: isText };

/** Every extension any module accepts. */
export const fileTypes = {
  pdf: { contentType: 'application/pdf', sniff: (b) => ascii(b, 0, 5) === '%PDF-' },
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
  jpg: JPEG,
  jpeg: JPEG,
  gif: { contentType: 'image/gif', sniff: (b) => ['GIF87a', 'GIF89a'].includes(ascii(b, 0, 6)) },
  webp: {
    contentType: 'image/webp',
    sniff: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  },
  zip: { contentType: 'application/zip', sniff: (b) => startsWith(b, ZIP) },
  txt: TEXT,
  log: TEXT,
  csv: { contentType: 'text/csv', sniff: isText },
} satisfies Record<string, FileType>;
export type FileExtension = keyof typeof fileTypes;

/** The allow-list of a module: the given extensions with their types. */
export function fileTypesFor(extensions: readonly FileExtension[]): Record<string, FileType> {
  return Object.fromEntries(extensions.map((ext) => [ext, fileTypes[ext]]));
}

/**
 * The type of an upload from its (cleaned) name and content; 415 when the
 * extension is not allowed or the content does not match it.
 */
export function sniffFileType(allowed: Record<string, FileType>, fileName: string, data: Buffer): FileType {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  const type = allowed[ext];
  if (!type) {
    throw new DomainError('unsupported_media_type', `Files of type .${ext || '?'} are not accepted`, {
      detailCode: 'file_type_not_accepted',
      params: { extension: ext || '?' },
      details: { allowed: Object.keys(allowed) },
    });
  }
  if (!type.sniff(data)) {
    throw new DomainError('unsupported_media_type', `The file's content is not a .${ext} file`, {
      detailCode: 'file_content_mismatch',
      params: { extension: ext },
      details: { extension: ext },
    });
  }
  return type;
}

/** A display name without directories or control characters (never used as a path). */
export function cleanFileName(name: string, fallback = 'file'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned || fallback;
}

/** RFC 6266 attachment header with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(fileName: string): string {
  const asciiName = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
