import type { Limits } from '../../server/transport/limits.ts';
import { defaultLimits } from '../../server/transport/limits.ts';

/**
 * Limits for a load run: every simulated client comes from 127.0.0.1, so the per-address limits (made
 * for one person's browser) are lifted; per-socket limits and message sizes stay the defaults.
 */
export const loadLimits: Limits = {
  ...defaultLimits,
  perAddress: { perSecond: 1_000_000, burst: 1_000_000 },
  createsPerAddress: { perSecond: 1_000_000, burst: 1_000_000 },
  maxSocketsPerAddress: 100_000,
};
