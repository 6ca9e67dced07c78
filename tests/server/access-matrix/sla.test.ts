import { runMatrix } from './harness.js';
import { slaSpecs } from './sla.specs.js';

runMatrix('calendars and sla policies', slaSpecs);
