export interface Scenario {
  /** kebab-case, unique. */
  id: string;
  title: string;
  summary: string;
  /**
   * A what-if against history (e.g. no export controls). It may favour one side by design, which is its
   * lesson: the lobby labels it, and docs/BALANCE.md gives its measured win rate.
   */
  counterfactual: boolean;
  /** Parameter leaves by dotted path (`yieldCap.duv.n7`) and their values in this scenario. */
  overrides: Record<string, number>;
}
