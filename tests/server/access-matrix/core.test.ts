import { coreSpecs } from './core.specs.js';
import { runMatrix } from './harness.js';

runMatrix('accounts, users, roles, teams, tokens, audit, notifications', coreSpecs);
