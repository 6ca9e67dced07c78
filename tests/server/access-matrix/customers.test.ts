import { customersSpecs } from './customers.specs.js';
import { runMatrix } from './harness.js';

runMatrix('customers and contacts', customersSpecs);
