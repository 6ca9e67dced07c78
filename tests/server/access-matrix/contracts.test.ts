import { contractsSpecs } from './contracts.specs.js';
import { runMatrix } from './harness.js';

runMatrix('contracts, renewal tasks, approvals, entitlement check', contractsSpecs);
