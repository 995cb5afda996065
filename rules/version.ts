/**
 * The rules' human version (semver). Bump it in the commit that changes how the game plays (a rule, a
 * card, a parameter), with a migration in migrations.ts when a match in progress can carry on under the
 * new rules; a stored match remembers the version it was created with. The content hash of the rules'
 * files is computed outside rules/ (server/rules-version/bundle-hash.ts): this module stays pure.
 */
export const RULES_VERSION = '1.0.0';

/** What a stored match without a version was played under: the rules before versions were recorded. */
export const PRE_VERSIONING_RULES_VERSION = '0.9.0';
