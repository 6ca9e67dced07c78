import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps.js';
import { etagOf, ifMatchVersion, requireActor } from '../../platform/http.js';
import { calendarCoverage } from './calendars.coverage.js';
import * as imports from './calendars.import.js';
import {
  calendarSchema,
  computeBody,
  computeResultSchema,
  coverageSchema,
  createCalendarBody,
  dayParams,
  daySchema,
  daysQuery,
  importBody,
  importReportSchema,
  monthQuery,
  monthSchema,
  setDayBody,
  updateCalendarBody,
} from './calendars.schema.js';
import * as calendars from './calendars.service.js';

const tags = ['calendars'];
const idParams = z.strictObject({ id: z.uuid() });

export const calendarRoutes =
  (deps: Deps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/calendars',
      {
        schema: {
          operationId: 'listCalendars',
          tags,
          summary: 'List business calendars',
          response: { 200: z.array(calendarSchema) },
        },
      },
      async (req) => calendars.listCalendars(deps, requireActor(req)),
    );
    app.get(
      '/calendars/coverage',
      {
        schema: {
          operationId: 'getCalendarCoverage',
          tags,
          summary: "Calendars whose next year's holidays are not loaded (from 1 November)",
          response: { 200: coverageSchema },
        },
      },
      async (req) => calendarCoverage(deps, requireActor(req)),
    );
    app.post(
      '/calendars',
      {
        config: { permission: 'calendars:manage' },
        schema: {
          operationId: 'createCalendar',
          tags,
          summary: 'Create a business-hours calendar',
          body: createCalendarBody,
          response: { 201: calendarSchema },
        },
      },
      async (req, reply) => {
        const c = await calendars.createCalendar(deps, requireActor(req), req.body);
        return reply.status(201).header('etag', etagOf(c.version)).send(c);
      },
    );
    app.get(
      '/calendars/:id',
      {
        schema: {
          operationId: 'getCalendar',
          tags,
          summary: 'A calendar',
          params: idParams,
          response: { 200: calendarSchema },
        },
      },
      async (req, reply) => {
        const c = await calendars.getCalendar(deps, requireActor(req), req.params.id);
        reply.header('etag', etagOf(c.version));
        return c;
      },
    );
    app.patch(
      '/calendars/:id',
      {
        config: { permission: 'calendars:manage' },
        schema: {
          operationId: 'updateCalendar',
          tags,
          summary: 'Change name, time zone or hours; requires If-Match',
          params: idParams,
          body: updateCalendarBody,
          response: { 200: calendarSchema },
        },
      },
      async (req, reply) => {
        const c = await calendars.updateCalendar(
          deps,
          requireActor(req),
          req.params.id,
          ifMatchVersion(req),
          req.body,
        );
        reply.header('etag', etagOf(c.version));
        return c;
      },
    );
    app.delete(
      '/calendars/:id',
      {
        config: { permission: 'calendars:manage' },
        schema: {
          operationId: 'deleteCalendar',
          tags,
          summary: 'Delete a calendar no SLA policy uses (If-Match checked when sent)',
          params: idParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await calendars.deleteCalendar(deps, requireActor(req), req.params.id, ifMatchVersion(req));
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/calendars/:id/days',
      {
        schema: {
          operationId: 'listCalendarDays',
          tags,
          summary: 'Holidays and make-up working days, optionally of one year',
          params: idParams,
          querystring: daysQuery,
          response: { 200: z.array(daySchema) },
        },
      },
      async (req) => calendars.listDays(deps, requireActor(req), req.params.id, req.query.year),
    );
    app.put(
      '/calendars/:id/days/:date',
      {
        config: { permission: 'calendars:manage' },
        schema: {
          operationId: 'setCalendarDay',
          tags,
          summary: 'Make a date a holiday or a make-up working day',
          params: dayParams,
          body: setDayBody,
          response: { 200: daySchema },
        },
      },
      async (req) => calendars.setDay(deps, requireActor(req), req.params.id, req.params.date, req.body),
    );
    app.delete(
      '/calendars/:id/days/:date',
      {
        config: { permission: 'calendars:manage' },
        schema: {
          operationId: 'deleteCalendarDay',
          tags,
          summary: 'Make a date follow the weekly hours again',
          params: dayParams,
          response: { 204: z.null() },
        },
      },
      async (req, reply) => {
        await calendars.deleteDay(deps, requireActor(req), req.params.id, req.params.date);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/calendars/:id/import',
      {
        config: { permission: 'calendars:manage' },
        schema: {
          operationId: 'importCalendarYear',
          tags,
          summary: "Replace one year's days from JSON or iCalendar (dryRun: report only)",
          params: idParams,
          body: importBody,
          response: { 200: importReportSchema },
        },
      },
      async (req) => imports.importYear(deps, requireActor(req), req.params.id, req.body),
    );
    app.get(
      '/calendars/:id/month',
      {
        schema: {
          operationId: 'getCalendarMonth',
          tags,
          summary: 'Every day of a month with its working intervals',
          params: idParams,
          querystring: monthQuery,
          response: { 200: monthSchema },
        },
      },
      async (req) => calendars.monthView(deps, requireActor(req), req.params.id, req.query.month),
    );
    app.post(
      '/calendars/:id/compute',
      {
        config: { permission: 'sla:read' },
        schema: {
          operationId: 'computeWorkingTime',
          tags,
          summary: 'Due time after working minutes {start, minutes}, or working minutes between {a, b}',
          params: idParams,
          body: computeBody,
          response: { 200: computeResultSchema },
        },
      },
      async (req) => calendars.compute(deps, requireActor(req), req.params.id, req.body),
    );
  };
