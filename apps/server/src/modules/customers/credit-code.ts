/**
 * Identity keys of a customer used for validation and duplicate detection:
 * the unified social credit code (统一社会信用代码, GB 32100-2015) and
 * normalised phone numbers (the name's keys are in customers.names.ts).
 */

/** The 31 characters a credit code may use (no I, O, S, V, Z), in value order. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Check character for the first 17 characters of a credit code, or undefined if one is outside the charset. */
export function creditCodeCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i] ?? '');
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  const check = 31 - (sum % 31);
  return CHARSET[check === 31 ? 0 : check];
}

/** Why a credit code is invalid, or undefined when it is valid. Expects the upper-cased code. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return 'A unified social credit code has 18 characters';
  for (const ch of code) {
    if (!CHARSET.includes(ch)) return `Character "${ch}" is not allowed in a unified social credit code`;
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return 'The check character of the unified social credit code is wrong';
  }
  return undefined;
}

export const isValidCreditCode = (code: string) => creditCodeProblem(code.trim().toUpperCase()) === undefined;

/**
 * Digits of a phone number without the China country code, so
 * "+86 138-0013-8000" and "13800138000" are the same. Too-short numbers
 * (extensions, typos) return undefined and are never used for matching.
 */
export function normalizePhone(phone: string): string | undefined {
  let digits = phone.normalize('NFKC').replace(/\D+/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  return digits.length >= 6 ? digits : undefined;
}

export const normalizePhones = (phones: readonly string[]) => [
  ...new Set(phones.map(normalizePhone).filter((p): p is string => p !== undefined)),
];
