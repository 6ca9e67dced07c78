/** What use cases receive: explicit dependencies, no container. */
import type { Logger } from 'pino';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db.js';

export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
}
