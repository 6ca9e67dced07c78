/** Money helpers: amounts are decimal strings and are added as integer fen (BigInt), never as floats. */

export const DECIMAL_RE = /^(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

export function toFen(amount: string | undefined | null): bigint | null {
  if (!amount || !DECIMAL_RE.test(amount.trim())) return null;
  const [whole, frac = ''] = amount.trim().split('.');
  return BigInt(whole ?? '0') * 100n + BigInt(frac.padEnd(2, '0'));
}

export function fromFen(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** -1000050n → "-¥10,000.50". */
export function formatFen(fen: bigint): string {
  const [whole = '0', frac = '00'] = fromFen(fen).replace('-', '').split('.');
  return `${fen < 0n ? '-' : ''}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** "128000.5" → "¥128,000.50". */
export function formatCny(amount: string | null | undefined): string {
  const fen = toFen(amount);
  return fen === null ? (amount ?? '—') : formatFen(fen);
}

/** Sum of installment amounts in fen; null when one of them is not a valid amount. */
export function sumFen(amounts: (string | undefined)[]): bigint | null {
  let sum = 0n;
  for (const a of amounts) {
    const fen = toFen(a);
    if (fen === null) return null;
    sum += fen;
  }
  return sum;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
