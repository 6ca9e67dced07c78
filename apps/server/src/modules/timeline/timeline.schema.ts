/** The HTTP contract of a request's timeline: entries, replies, notes, attachments, time entries. */
import { z } from 'zod';
import { timelineKinds, visibilities } from '../../db/schema/request-timeline.js';
import { isoDate } from '../../platform/fields.js';

export const requestIdParams = z.strictObject({ id: z.uuid() });
export const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });
export const timeEntryParams = z.strictObject({ id: z.uuid(), entryId: z.uuid() });

export const timelineQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

/** HTML from the editor; sanitized server-side before it is stored. */
const htmlBody = z.string().max(200_000);
const attachmentIds = z.array(z.uuid()).max(20).default([]);

export const replyBody = z.strictObject({ body: htmlBody, attachmentIds });
export type ReplyInput = z.infer<typeof replyBody>;
export const noteBody = replyBody;
export type NoteInput = ReplyInput;

export const attachmentResponse = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  timelineId: z.number().int().nullable(),
  visibility: z.enum(visibilities),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.uuid().nullable(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentDto = z.infer<typeof attachmentResponse>;

export const timelineEntryResponse = z.object({
  id: z.number().int(),
  requestId: z.uuid(),
  kind: z.enum(timelineKinds),
  visibility: z.enum(visibilities),
  authorId: z.uuid().nullable(),
  /** Null for system events and automatic messages. */
  authorName: z.string().nullable(),
  body: z.string(),
  event: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  automatic: z.boolean(),
  createdAt: z.string(),
  attachments: z.array(attachmentResponse),
});
export type TimelineEntryDto = z.infer<typeof timelineEntryResponse>;

/** What the caller may see on the whole timeline (customers: public entries and attachments only). */
export const timelineCounts = z.object({
  replies: z.number().int(),
  notes: z.number().int(),
  events: z.number().int(),
  attachments: z.number().int(),
});
export type TimelineCounts = z.infer<typeof timelineCounts>;

export const timelinePageResponse = z.object({
  items: z.array(timelineEntryResponse),
  nextCursor: z.string().nullable(),
  counts: timelineCounts,
});
export type TimelinePage = z.infer<typeof timelinePageResponse>;

export const timeEntryBody = z.strictObject({
  minutes: z.number().int().min(1).max(1440),
  /** Default: billable when the request's coverage is billable, covered otherwise. */
  billable: z.boolean().optional(),
  note: z
    .string()
    .trim()
    .max(2000)
    .nullish()
    .transform((v) => (v ? v : null)),
  /** The Asia/Shanghai date the work was done; default today. */
  workDate: isoDate.optional(),
});
export type TimeEntryInput = z.infer<typeof timeEntryBody>;

export const timeEntryResponse = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  minutes: z.number().int(),
  billable: z.boolean(),
  note: z.string().nullable(),
  workDate: z.string(),
  createdAt: z.string(),
});
export type TimeEntryDto = z.infer<typeof timeEntryResponse>;

export const timeEntryListResponse = z.object({
  items: z.array(timeEntryResponse),
  totals: z.object({
    minutes: z.number().int(),
    billableMinutes: z.number().int(),
    coveredMinutes: z.number().int(),
  }),
});
export type TimeEntryList = z.infer<typeof timeEntryListResponse>;
