import { PRE_VERSIONING_RULES_VERSION } from '../../rules/version.ts';
import type { MatchMetadata, StoredMetadata } from './match-store.ts';

/** A match row's metadata columns, as both backends read them. */
export interface MetadataRow {
  metadata: string;
  metadata_version: number;
  rules_version: string | null;
  created_rules_version: string | null;
}

/** A row stored before rules versions were recorded has none: it was played under the earlier rules. */
export function storedMetadata(row: MetadataRow): StoredMetadata {
  return {
    metadata: JSON.parse(row.metadata) as MatchMetadata,
    version: row.metadata_version,
    rulesVersion: row.rules_version ?? PRE_VERSIONING_RULES_VERSION,
    createdRulesVersion: row.created_rules_version ?? PRE_VERSIONING_RULES_VERSION,
  };
}
