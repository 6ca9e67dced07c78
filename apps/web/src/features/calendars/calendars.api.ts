/** Data hooks of business calendars: the calendar, its special days, month views and the due-time checker. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  Calendar,
  CalendarCoverage,
  CalendarInput,
  ComputeResult,
  ImportInput,
  ImportReport,
  MonthView,
  SetDayInput,
  SpecialDay,
} from './calendars.types';

export const calendarKeys = {
  all: ['calendars'] as const,
  list: ['calendars', 'list'] as const,
  detail: (id: string) => ['calendars', 'detail', id] as const,
  coverage: ['calendars', 'coverage'] as const,
  month: (id: string, month: string) => ['calendars', 'month', id, month] as const,
};

const ifMatch = (version: number) => ({ headers: { 'if-match': `"${version}"` } });

export function useCalendars() {
  return useQuery({
    queryKey: calendarKeys.list,
    queryFn: ({ signal }) => api.get<Calendar[]>('/calendars', { signal }),
  });
}

/** Calendars missing next year's holidays; the banner of the calendar pages. */
export function useCalendarCoverage() {
  return useQuery({
    queryKey: calendarKeys.coverage,
    queryFn: ({ signal }) => api.get<CalendarCoverage>('/calendars/coverage', { signal }),
  });
}

export function useCalendar(id: string) {
  return useQuery({
    queryKey: calendarKeys.detail(id),
    queryFn: ({ signal }) => api.get<Calendar>(`/calendars/${id}`, { signal }),
  });
}

export function useMonth(id: string, month: string) {
  return useQuery({
    queryKey: calendarKeys.month(id, month),
    queryFn: ({ signal }) => api.get<MonthView>(`/calendars/${id}/month`, { query: { month }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CalendarInput) => api.post<Calendar>('/calendars', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useUpdateCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ calendar, body }: { calendar: Calendar; body: Partial<CalendarInput> }) =>
      api.patch<Calendar>(`/calendars/${calendar.id}`, body, ifMatch(calendar.version)),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteCalendar() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: Calendar) => api.delete(`/calendars/${c.id}`, ifMatch(c.version)),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

/** Sets or clears one special day (clearing = the weekly hours apply again). */
export function useSaveDay(calendarId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ date, body }: { date: string; body: SetDayInput | null }): Promise<unknown> =>
      body
        ? api.put<SpecialDay>(`/calendars/${calendarId}/days/${date}`, body)
        : api.delete(`/calendars/${calendarId}/days/${date}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useImportYear(calendarId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportInput) => api.post<ImportReport>(`/calendars/${calendarId}/import`, body),
    onSuccess: (report) => {
      if (!report.dryRun) void qc.invalidateQueries({ queryKey: calendarKeys.all });
    },
  });
}

export const computeDue = (calendarId: string, start: string, minutes: number) =>
  api.post<ComputeResult>(`/calendars/${calendarId}/compute`, { start, minutes });
