// What the auth, master-data, overview and audit use cases need from the application context: the store.
import type { Database } from '@logipilot/db/repositories/contract';

/** Structural subset of the AppContext, so that unit tests can hand a fake store. */
export interface StoreContext {
  db: Database;
}
