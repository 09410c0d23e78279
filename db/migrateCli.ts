import { openDatabase } from './openDatabase';

/** `npm run db:migrate`: migrates DATABASE_URL, or the PGlite folder DATA_DIR. */
const handle = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR,
});
await handle.close();
console.log(`Migrated the ${handle.kind} database.`);
