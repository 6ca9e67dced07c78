/** Row → response shapes of the timeline module. */
import type { AttachmentRow, EntryRow } from './timeline.repo.js';
import type { AttachmentDto, TimelineEntryDto } from './timeline.schema.js';

export function toAttachmentDto(a: AttachmentRow): AttachmentDto {
  return {
    id: a.id,
    requestId: a.requestId,
    timelineId: a.timelineId,
    visibility: a.visibility,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    uploadedBy: a.uploadedBy,
    uploadedByName: a.uploadedByName,
    createdAt: a.createdAt.toISOString(),
  };
}

export function toEntryDto(e: EntryRow, attachments: AttachmentRow[]): TimelineEntryDto {
  return {
    id: e.id,
    requestId: e.requestId,
    kind: e.kind,
    visibility: e.visibility,
    authorId: e.authorId,
    authorName: e.authorName,
    body: e.body,
    event: e.event,
    data: e.data,
    automatic: e.automatic,
    createdAt: e.createdAt.toISOString(),
    attachments: attachments.filter((a) => a.timelineId === e.id).map(toAttachmentDto),
  };
}
