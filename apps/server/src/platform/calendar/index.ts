/**
 * Business calendars and working-time arithmetic (SLA clocks). Pure code:
 * definitions are data, validated with zod; queries are synchronous.
 */

export {
  CALENDAR_24X7,
  CALENDAR_24X7_DEFINITION,
  CHINA_DEFAULT_DAY_HOURS,
  CHINA_MAINLAND,
  CHINA_MAINLAND_YEARS,
  type ChinaCalendarOptions,
  chinaMainlandDefinition,
} from './builtin-calendars.js';
export {
  type BusinessCalendarDefinition,
  type CalendarDefinition,
  type CalendarDefinitionInput,
  calendarDefinitionSchema,
  type Holiday,
  type MakeUpDay,
  parseCalendarDefinition,
  type WeekdayKey,
  type WeeklyHours,
  type WorkingInterval,
  weekdayKeys,
} from './calendar.js';
export {
  type CalendarYearDays,
  type CalendarYearJson,
  calendarYearJsonSchema,
  datesBetween,
  parseCalendarYearJson,
} from './calendar-json.js';
export { type IcsDays, parseIcsDays } from './ics.js';
export {
  addWorkingTime,
  type Calendar,
  compileCalendar,
  isWorkingTime,
  nextWorkingInstant,
  workingMinutesBetween,
} from './working-time.js';
