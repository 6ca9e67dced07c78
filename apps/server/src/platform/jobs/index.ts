/** jobs: the PostgreSQL-coordinated job runner and recurring schedules (no module imports). */
export {
  cancelJob,
  createJobRunner,
  defaultBackoffMs,
  type EnqueueInput,
  enqueue,
  type Job,
  type JobContext,
  type JobHandler,
  type JobRunner,
  type JobRunnerOptions,
  type RunResult,
} from './jobs.js';
export {
  type DailyScheduleInput,
  type IntervalScheduleInput,
  type Occurrence,
  type Schedule,
  schedule,
  zonedTime,
} from './schedule.js';
