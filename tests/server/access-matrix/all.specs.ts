/** Every area's authorization specs in one list: the coverage check and the bad-input battery read it. */
import { catalogSpecs } from './catalog.specs.js';
import { contractsSpecs } from './contracts.specs.js';
import { coreSpecs } from './core.specs.js';
import { customersSpecs } from './customers.specs.js';
import { serviceDeskSpecs } from './service-desk.specs.js';
import { slaSpecs } from './sla.specs.js';

export const allSpecs = [
  ...coreSpecs,
  ...customersSpecs,
  ...catalogSpecs,
  ...contractsSpecs,
  ...slaSpecs,
  ...serviceDeskSpecs,
];
