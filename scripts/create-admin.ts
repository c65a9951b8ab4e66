import { parseArgs } from 'node:util';
import { z } from 'zod';
import { connectDatabase } from '@/db/client';
import { createStaffUser } from '@/lib/accounts/staff';
import { emailField, newPasswordField } from '@/lib/accounts/schemas';
import { systemRequest } from '@/lib/context';
import { migratePostgres } from '@/db/migrate';
import { env } from '@/lib/config/env';
import { startEmbeddedPostgres } from '@/lib/embedded/postgres';

const usage =
  'usage: npm run admin:create -- --email admin@example.com [--password "at least 12 chars"] [--name "Ada"] [--role admin|support]';

const argsSchema = z.object({
  email: emailField,
  password: newPasswordField.optional(),
  name: z.string().trim().max(255).optional(),
  role: z.enum(['admin', 'support']).default('admin'),
});

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(`${z.prettifyError(parsed.error)}\n${usage}`);
    process.exit(2);
  }
  const config = env();
  const embedded = config.DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.PACTLY_DATA_DIR,
        port: config.PACTLY_PG_PORT,
        database: 'pactly',
        whenRunning: 'reuse',
        log: console.log,
      });
  const database = connectDatabase(config.DATABASE_URL ?? embedded!.url, { max: 2 });
  await migratePostgres(database);
  try {
    const result = await createStaffUser({ db: database.db, actor: null, request: systemRequest('admin:create') }, parsed.data);
    console.log(
      `created ${parsed.data.role} ${parsed.data.email}${result.generatedPassword ? ` with password: ${result.generatedPassword}` : ''}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await database.sql.end();
    await embedded?.stop();
  }
}

void main();
