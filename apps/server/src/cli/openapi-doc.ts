/** Builds the app without a live database and returns its OpenAPI document. */
import pino from 'pino';
import { buildApp } from '../app.js';
import { systemClock } from '../platform/clock.js';
import { loadConfig } from '../platform/config.js';
import { createDb } from '../platform/db.js';

export async function generateOpenApi(): Promise<unknown> {
  // The pool connects lazily; building routes never touches the database.
  const db = createDb('postgres://unused@127.0.0.1:1/unused', { max: 1 });
  const app = await buildApp(
    { db, clock: systemClock, config: loadConfig({}), log: pino({ level: 'silent' }) },
    { webDist: null },
  );
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await db.$client.end();
  return doc;
}
