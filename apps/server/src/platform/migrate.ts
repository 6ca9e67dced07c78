/**
 * Applies the committed SQL migrations. Several servers may start at once on
 * one database, so the run is serialised with a PostgreSQL advisory lock held
 * on a single dedicated connection.
 */
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';

export const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));
const MIGRATION_LOCK = 7_203_311_001;

export async function runMigrations(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: 'aftercare-migrate' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // Extensions are created outside drizzle's migrations so the SQL it
    // generates stays exactly what the schema code says.
    await client.query('create extension if not exists pg_trgm');
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
