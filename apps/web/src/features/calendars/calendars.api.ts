/** Data hooks of business calendars: the calendar, its special days, month views and the due-time checker. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, ok } from '../../api/client';
import type { Calendar, CalendarInput, ImportInput, SetDayInput } from './calendars.types';

export const calendarKeys = {
  all: ['calendars'] as const,
  list: ['calendars', 'list'] as const,
  detail: (id: string) => ['calendars', 'detail', id] as const,
  coverage: ['calendars', 'coverage'] as const,
  month: (id: string, month: string) => ['calendars', 'month', id, month] as const,
};

const ifMatch = (version: number) => ({ 'if-match': `"${version}"` });

export function useCalendars() {
  return useQuery({
    queryKey: calendarKeys.list,
    queryFn: ({ signal }) => ok(http.GET('/calendars', { signal })),
  });
}

/** Calendars missing next year's holidays; the banner of the calendar pages. */
export function useCalendarCoverage() {
  return useQuery({
    queryKey: calendarKeys.coverage,
    queryFn: ({ signal }) => ok(http.GET('/calendars/coverage', { signal })),
  });
}

export function useCalendar(id: string) {
  return useQuery({
    queryKey: calendarKeys.detail(id),
    queryFn: ({ signal }) => ok(http.GET('/calendars/{id}', { params: { path: { id } }, signal })),
  });
}

export function useMonth(id: string, month: string) {
  return useQuery({
    queryKey: calendarKeys.month(id, month),
    queryFn: ({ signal }) =>
      ok(http.GET('/calendars/{id}/month', { params: { path: { id }, query: { month } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarInput) => ok(http.POST('/calendars', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useUpdateCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ calendar, body }: { calendar: Calendar; body: Partial<CalendarInput> }) =>
      ok(
        http.PATCH('/calendars/{id}', {
          params: { path: { id: calendar.id } },
          body,
          headers: ifMatch(calendar.version),
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: Calendar) =>
      ok(http.DELETE('/calendars/{id}', { params: { path: { id: c.id } }, headers: ifMatch(c.version) })),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

/** Sets or clears one special day (clearing = the weekly hours apply again). */
export function useSaveDay(calendarId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: SetDayInput | null }): Promise<unknown> =>
      body
        ? ok(http.PUT('/calendars/{id}/days/{date}', { params: { path: { id: calendarId, date } }, body }))
        : ok(http.DELETE('/calendars/{id}/days/{date}', { params: { path: { id: calendarId, date } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useImportYear(calendarId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportInput) =>
      ok(http.POST('/calendars/{id}/import', { params: { path: { id: calendarId } }, body })),
    onSuccess: (report) => {
      if (!report.dryRun) void qc.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}

export const computeDue = (calendarId: string, start: string, minutes: number) =>
  ok(
    http.POST('/calendars/{id}/compute', { params: { path: { id: calendarId } }, body: { start, minutes } }),
  );
