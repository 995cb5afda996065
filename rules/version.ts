/**
 * The rules' human version (semver). Bump it in the commit that changes how the game plays (a rule, a
 * card, a parameter), with a migration in migrations.ts when a match in progress can carry on under the
 * new rules; a stored match remembers the version it was created with. The content hash of the rules'
 * files is computed outside rules/ (server/rules-version/bundle-hash.ts): this module stays pure.
 */
export const RULES_VERSION = '2.6.0';

/**
 * Versions and what changed in play:
 * - 0.9.0: matches stored before versions were recorded (the same rules as 1.0.0).
 * - 1.0.0: the first balanced baseline (compute lead on a fixed ratio, self-reliance by research).
 * - 2.0.0: game design v2 (issue 16): the frontier race, the closed self-reliance loop, listings that
 *   slow, packaging and HBM costs, quiet-round cooling. A 1.0.0 match cannot continue under it.
 * - 2.1.0: classroom mode (issue 13): events a facilitator brings in (now or at a later round), the
 *   timed turn's default move, and each round's record keeps the debrief's indicators. Play without a
 *   facilitator is unchanged; a 2.0.0 match continues (migrations.ts).
 * - 2.2.0: the chokehold counts China's running advanced capacity alone (EUV research no longer escapes
 *   it) and an Entity List listing adds $3.5Bn of friction, not $1.5Bn: measured once the search bot
 *   played China's tool-and-research line well (docs/BALANCE.md). A 2.1.0 match continues under the
 *   new chokehold with the parameters it was created with.
 * - 2.3.0: the chokehold counts working wafers (wafers China's fabs and tools could run × each fab's
 *   yield) under 4k, so yields decide how many tools China needs to stay out of it; domestic EUV is a
 *   7-point track (it cannot land before 2028 whatever its length) and a listing adds $3.9Bn of friction.
 *   A 2.2.0 match continues: its last figures gain the working-wafer count, its parameters the new
 *   threshold (completeParameters), and keep everything else they were created with.
 * - 2.4.0: a fourth contest at each round end, frontier class: China scores 1 when its training compute
 *   reaches the year's bar (365 EFLOPS in 2025, ×1.35 a year), the US 1 when it does not, so HBM,
 *   interconnect, yields and algorithmic efficiency count every round, not once. A 2.3.0 match continues:
 *   its scored rounds keep their points, its parameters gain the bar. The controls-2022 scenario sets its
 *   own bar (650 in 2025 terms): its China imports freely until the US controls it.
 * - 2.5.0: the chokehold must hold at two round ends in a row, as self-reliance does: China sees it a
 *   round ahead and may slip it (at 4k working wafers, it escaped four chokeholds in five). The
 *   threshold rises to 8k and the 2025 frontier-class bar to 385 EFLOPS to keep both sides' chances even.
 *   A 2.4.0 match continues with the chokehold, the threshold and the bar it was created with. The log
 *   also changes (not play): each entry records the public figures its step changed (effects-log.ts), a
 *   round end has an entry of its own, and a round ahead of a chokehold or a closed loop it warns.
 * - 2.6.0: China takes the ecosystem contest at 55% of the US's independent developers (was 50%) and a
 *   de-escalation costs $5Bn (was $1Bn): measured once China's search played the software contests as
 *   well as its efficiency script (docs/BALANCE.md). A 2.5.0 match continues with the parameters it was
 *   created with.
 */

/** What a stored match without a version was played under: the rules before versions were recorded. */
export const PRE_VERSIONING_RULES_VERSION = '0.9.0';
