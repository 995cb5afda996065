import type { MatchStore } from '../storage/match-store.ts';
import { SqliteStore } from '../storage/sqlite-store.ts';
import type { ClassroomStore } from './classroom-store.ts';
import { PostgresClassroomStore } from './postgres-classroom-store.ts';
import { SqliteClassroomStore } from './sqlite-classroom-store.ts';

export interface ClassroomStoreOptions {
  classroomStore?: ClassroomStore;
  databaseUrl?: string;
  databaseSchema?: string;
}

/**
 * The classroom's store beside the matches: the same SQLite file, or the same PostgreSQL database and
 * schema. A match store handed in ready-made (tests) without a database URL gets an in-memory one.
 */
export async function openClassroomStore(
  options: ClassroomStoreOptions,
  matches: MatchStore,
): Promise<ClassroomStore> {
  if (options.classroomStore) return options.classroomStore;
  if (options.databaseUrl !== undefined)
    return PostgresClassroomStore.open({
      connectionString: options.databaseUrl,
      ...(options.databaseSchema !== undefined ? { schema: options.databaseSchema } : {}),
    });
  return new SqliteClassroomStore(matches instanceof SqliteStore ? matches.file : ':memory:');
}
