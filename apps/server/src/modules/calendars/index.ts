/** calendars: business calendars (weekly hours, holidays, 调休 make-up days) that SLA clocks run on. */
export {
  calendarsMissingNextYear,
  type MissingNextYear,
  unloadedYearsBetween,
} from './calendars.coverage.js';
export { calendarRoutes } from './calendars.routes.js';
export { calendarFor, getCalendar } from './calendars.service.js';
