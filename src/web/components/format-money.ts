// Money as people read it: "$12,500" when the currency is known, "12,500" when not, and
// "—" when the amount itself is unknown (never 0: an unknown amount is not a zero one).

export const UNKNOWN = '—';

export function formatMoney(amount: number | null, currency: string | null, locale?: string): string {
  if (amount === null || !Number.isFinite(amount)) return UNKNOWN;
  const digits = Math.abs(amount) >= 1000 || Number.isInteger(amount) ? 0 : 2;
  if (currency !== null && currency !== '') {
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency', currency, maximumFractionDigits: digits, minimumFractionDigits: digits,
      }).format(amount);
    } catch {
      // Not an ISO 4217 code (free text from a CRM export): show the code after the number.
      return `${formatPlain(amount, digits, locale)} ${currency}`;
    }
  }
  return formatPlain(amount, digits, locale);
}

function formatPlain(amount: number, digits: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(amount);
}
