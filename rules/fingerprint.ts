/** A stable hash of plain data: canonical (sorted keys) and independent of property order. */

const FNV_OFFSET_HI = 0xcbf29ce4;
const FNV_OFFSET_LO = 0x84222325;

interface Hasher {
  hi: number;
  lo: number;
}

function feed(h: Hasher, text: string): void {
  for (let i = 0; i < text.length; i++) {
    // 64-bit FNV-1a split over two 32-bit halves: prime 0x100000001b3.
    h.lo ^= text.charCodeAt(i);
    const lo = h.lo;
    const hi = h.hi;
    const loTimesPrime = lo * 0x1b3;
    const newLo = loTimesPrime >>> 0;
    const carry = Math.floor(loTimesPrime / 4294967296);
    h.hi = (Math.imul(hi, 0x1b3) + (lo << 8) + carry) >>> 0;
    h.lo = newLo;
  }
}

function walk(h: Hasher, value: unknown): void {
  if (value === null || value === undefined) {
    feed(h, 'n');
  } else if (typeof value === 'number') {
    feed(h, Number.isInteger(value) ? `i${value}` : `f${value.toPrecision(15)}`);
  } else if (typeof value === 'string') {
    feed(h, `s${value.length}:${value}`);
  } else if (typeof value === 'boolean') {
    feed(h, value ? 't' : 'F');
  } else if (Array.isArray(value)) {
    feed(h, `[${value.length}`);
    for (const item of value) walk(h, item);
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    feed(h, `{${keys.length}`);
    for (const key of keys) {
      feed(h, key);
      walk(h, record[key]);
    }
  } else {
    throw new TypeError(`fingerprint: not plain data (${typeof value})`);
  }
}

/** Hex digest (16 characters) of any JSON-shaped value. */
export function fingerprint(value: unknown): string {
  const h: Hasher = { hi: FNV_OFFSET_HI, lo: FNV_OFFSET_LO };
  walk(h, value);
  return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}
