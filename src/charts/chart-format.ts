import type { Locale } from '../model/keys.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A score or percentage as the reader writes numbers ("72", "3,5" in Dutch).
 *
 * @example formatNumber(72.4, 'en') // '72'
 */
export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A signed difference, "+8" or "−3" (with a real minus sign). */
export function formatSigned(value: number, locale: Locale, fractionDigits = 0): string {
  const text = formatNumber(Math.abs(value), locale, fractionDigits);
  if (text === formatNumber(0, locale, fractionDigits)) return text;
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** "n = 12": how every figure shows its number of respondents. */
export function formatN(nLabel: string, n: number): string {
  return `${nLabel} = ${n}`;
}
