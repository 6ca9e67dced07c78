import { catalogSpecs } from './catalog.specs.js';
import { runMatrix } from './harness.js';

runMatrix('products, versions, deployments, upgrades, warranties', catalogSpecs);
