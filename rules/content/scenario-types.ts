export interface Scenario {
  /** kebab-case, unique. */
  id: string;
  title: string;
  summary: string;
  /** Parameter leaves by dotted path (`yieldCap.duv.n7`) and their values in this scenario. */
  overrides: Record<string, number>;
}
