/**
 * `fingerprint(list)` of a list of strings whose length is known in advance, fed one string at a time: a
 * run's fingerprint (the fingerprint of every game's final-state fingerprint, in seed order) without
 * keeping a million fingerprints in memory. It walks the list exactly as rules/fingerprint.ts walks an
 * array of strings (`[length`, then `s<length>:<text>` per item) through the same 64-bit FNV-1a, so the
 * digest is the same; test/tools/sim/list-fingerprint.test.ts holds the two to each other.
 */

const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;

export class ListFingerprint {
  private hi = FNV_OFFSET_HI;
  private lo = FNV_OFFSET_LO;
  private fed = 0;

  constructor(private readonly length: number) {
    this.feed(`[${length}`);
  }

  add(item: string): void {
    if (this.fed === this.length) throw new Error(`a list fingerprint of ${this.length} items got one more`);
    this.fed++;
    this.feed(`s${item.length}:${item}`);
  }

  digest(): string {
    if (this.fed !== this.length)
      throw new Error(`a list fingerprint of ${this.length} items got ${this.fed}`);
    return this.hi.toString(16).padStart(8, '0') + this.lo.toString(16).padStart(8, '0');
  }

  private feed(text: string): void {
    for (let i = 0; i < text.length; i++) {
      // 64-bit FNV-1a split over two 32-bit halves: prime 0x100000001b3.
      this.lo ^= text.charCodeAt(i);
      const lo = this.lo;
      const loTimesPrime = lo * 0x1b3;
      const carry = Math.floor(loTimesPrime / 4294967296);
      this.hi = (Math.imul(this.hi, 0x1b3) + (lo << 8) + carry) >>> 0;
      this.lo = loTimesPrime >>> 0;
    }
  }
}
