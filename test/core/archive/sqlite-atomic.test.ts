import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { atomically } from '../../../src/core/archive/sqlite-atomic.js';

function tableWithWrites() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY)');
  const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
  const writeThenFail = atomically(db, (values: number[]) => {
    for (const value of values) insert.run(value);
    throw new Error('half-way');
  });
  const count = () => db.prepare('SELECT count(*) AS n FROM t').pluck().get();
  return { db, writeThenFail, count };
}

describe('atomically', () => {
  it('is a transaction of its own when none is open: a failure leaves nothing', () => {
    const { writeThenFail, count } = tableWithWrites();
    expect(() => writeThenFail([1, 2])).toThrow('half-way');
    expect(count()).toBe(0);
  });

  it("runs inside the caller's transaction without a savepoint: the caller's rollback undoes it", () => {
    const { db, writeThenFail, count } = tableWithWrites();
    db.exec('BEGIN');
    expect(() => writeThenFail([1, 2])).toThrow('half-way');
    expect(count()).toBe(2);
    db.exec('ROLLBACK');
    expect(count()).toBe(0);
  });
});
