// Public API of the operational store (PGlite | PostgreSQL): client factory, repositories, data-dir lock, events.
export type { DatabaseConfig, OperationalDatabase } from './client/database.ts';
export { loadMigrations, type Migration, migrate } from './client/migrate.ts';
export { openDatabase } from './client/open-database.ts';
export { DB_ERROR_CODES, type DbErrorCode } from './db-errors.ts';
export * from './events/index.ts';
export {
  acquireDataDirLock,
  type DataDirLock,
  type DataDirLockInfo,
  type DataDirLockRecord,
  holdsDataDirLock,
  LOCK_FILE,
  processAlive,
  readDataDirLock,
} from './lock/data-dir-lock.ts';
export type * from './repositories/contract.ts';
export { standardCode } from './repositories/master-data-specs.ts';
export { createRepositories } from './repositories/repositories.ts';
export {
  BUNDLE_WRITE_ORDER,
  type BundleCollection,
  readSiteBundle,
  writeSiteBundle,
} from './repositories/site-bundle.ts';
