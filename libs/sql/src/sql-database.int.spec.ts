import { createTestDatabase, testDrivers, type TestDatabase } from './testing/test-database';

describe.each(testDrivers())('a %s database', (driver) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(driver);
    await test.db.exec('CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL); CREATE TABLE tags (name text)');
  });
  afterAll(() => test.dispose());

  const count = async () =>
    Number((await test.db.query<{ n: string }>('SELECT count(*)::text AS n FROM notes')).rows[0].n);

  it('runs parameterised statements and reports affected rows', async () => {
    const inserted = await test.db.query('INSERT INTO notes (body) VALUES ($1), ($2)', ['a ünïcødé note ✓', 'two']);
    expect(inserted.rowCount).toBe(2);
    const rows = await test.db.query<{ body: string }>('SELECT body FROM notes ORDER BY id');
    expect(rows.rows.map((row) => row.body)).toEqual(['a ünïcødé note ✓', 'two']);
  });

  it('commits a transaction that resolves', async () => {
    const before = await count();
    await test.db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (body) VALUES ($1)', ['kept']);
    });
    expect(await count()).toBe(before + 1);
  });

  it('rolls back every statement of a transaction that throws', async () => {
    const before = await count();
    await expect(
      test.db.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (body) VALUES ($1)', ['lost']);
        throw new Error('crash half-way');
      }),
    ).rejects.toThrow('crash half-way');
    expect(await count()).toBe(before);
  });

  it('keeps a statement issued during a transaction out of it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const transaction = test.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO tags (name) VALUES ('inside')`);
      await held;
      throw new Error('roll back');
    });
    const outside = test.db.query(`INSERT INTO tags (name) VALUES ('outside')`);
    release();
    await expect(transaction).rejects.toThrow('roll back');
    await outside;
    const tags = await test.db.query<{ name: string }>('SELECT name FROM tags');
    expect(tags.rows.map((row) => row.name)).toEqual(['outside']);
  });
});
