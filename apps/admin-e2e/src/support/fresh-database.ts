// A throwaway PostgreSQL database for one e2e run, created on the server DATABASE_URL names,
// so the run starts from the demo seed and never touches that database's own data.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface FreshDatabase {
  readonly name: string;
  readonly url: string;
  readonly serverUrl: string;
}

export async function createFreshDatabase(serverUrl: string): Promise<FreshDatabase> {
  // Only [a-z0-9_], so the name can be written into DDL, which takes no parameters.
  const name = `nsf_e2e_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), serverUrl };
}

export async function dropFreshDatabase(database: FreshDatabase): Promise<void> {
  // FORCE ends any connection the platform left open (PostgreSQL 13 and later).
  await withClient(database.serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`),
  );
}

async function withClient<T>(url: string, use: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
