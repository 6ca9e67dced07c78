import { runMatrix } from './harness.js';
import { serviceDeskSpecs } from './service-desk.specs.js';

runMatrix('service desk', serviceDeskSpecs);
