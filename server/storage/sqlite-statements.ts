import type Database from 'better-sqlite3';

/**
 * Prepared statements of one connection, each prepared on first use and kept: preparing costs more than
 * running a small statement.
 */
export function statementCache(db: Database.Database): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
