// drizzle-kit configuration; from packages/db run `npx drizzle-kit generate --name <what_changed>`.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  migrations: { prefix: 'index' },
});
