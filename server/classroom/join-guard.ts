import type { RateLimit } from '../transport/rate-limit.ts';

/** Twenty wrong codes a minute per address (a burst of twenty). */
export const defaultJoinMisses: RateLimit = { perSecond: 20 / 60, burst: 20 };

const maxAddresses = 10_000;
const maxCodesPerAddress = 16;

interface AddressBudget {
  tokens: number;
  last: number;
  /** Codes that let someone from this address in (most recent last). */
  proven: string[];
}

/**
 * Limits guessing of join codes per address without locking a class out. A school's students share one
 * public address, so their typos and a guesser behind the same address spend one budget of wrong codes.
 * Once it is spent the address may still use the codes that already let someone from it in (the class's
 * code, after its first student), and no other: a guesser learns nothing new, the class goes on joining.
 */
export class JoinGuard {
  private readonly budgets = new Map<string, AddressBudget>();

  constructor(
    private readonly limit: RateLimit = defaultJoinMisses,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a join with this code from this address may be looked up at all. */
  mayTry(address: string, code: string): boolean {
    const budget = this.budgets.get(address);
    if (!budget) return true;
    return budget.proven.includes(code) || this.refilled(budget) >= 1;
  }

  /** A wrong code spends one of the address's budget. */
  missed(address: string): void {
    const budget = this.budgetOf(address);
    budget.tokens = Math.max(0, this.refilled(budget) - 1);
  }

  /** A right code: from now on it passes for this address even while the budget is spent. */
  joined(address: string, code: string): void {
    const budget = this.budgetOf(address);
    if (budget.proven.includes(code)) return;
    budget.proven.push(code);
    if (budget.proven.length > maxCodesPerAddress) budget.proven.shift();
  }

  private refilled(budget: AddressBudget): number {
    const now = this.now();
    budget.tokens = Math.min(
      this.limit.burst,
      budget.tokens + ((now - budget.last) / 1000) * this.limit.perSecond,
    );
    budget.last = now;
    return budget.tokens;
  }

  private budgetOf(address: string): AddressBudget {
    let budget = this.budgets.get(address);
    if (!budget) {
      budget = { tokens: this.limit.burst, last: this.now(), proven: [] };
      this.budgets.set(address, budget);
      // Oldest first out: an address that stays busy is re-added at the end.
      if (this.budgets.size > maxAddresses) {
        const oldest = this.budgets.keys().next().value;
        if (oldest !== undefined) this.budgets.delete(oldest);
      }
    }
    return budget;
  }
}
