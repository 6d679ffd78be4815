/** The event-store contract against the SQL adapter: PGlite always, PostgreSQL when DATABASE_URL is set. */
import { testDrivers } from '@nsf/sql';
import { describeEventStoreContract } from '../contract';
import { createSqlContractSubject, sqlContractCapabilities } from './testing/sql-contract-subject';

for (const driver of testDrivers()) {
  describeEventStoreContract(driver, () => createSqlContractSubject(driver), sqlContractCapabilities(driver));
}
