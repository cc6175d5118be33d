import type { types } from '@slack/bolt';
import { truncate } from '../../../src/messages/layout.ts';
import type { Locale } from '../../../src/model/keys.ts';

/** Slack's mrkdwn treats `&`, `<` and `>` as control characters; content text is escaped before it is laid out. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export { truncate };

export function plain(text: string, max = 3000): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}

export function mrkdwn(text: string, max = 3000): types.MrkdwnElement {
  return { type: 'mrkdwn', text: truncate(text, max) };
}

export function section(text: string, blockId?: string): types.SectionBlock {
  return { type: 'section', text: mrkdwn(text), ...(blockId === undefined ? {} : { block_id: blockId }) };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: plain(text, 150) };
}

export function context(...texts: string[]): types.ContextBlock {
  return { type: 'context', elements: texts.slice(0, 10).map((text) => mrkdwn(text)) };
}

export const divider: types.DividerBlock = { type: 'divider' };

/** A link in mrkdwn; the label is escaped and may not contain the `|` separator. */
export function link(url: string, label: string): string {
  return `<${url}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * Lays lines out as as few sections as the 3,000-character limit allows: a
 * heading and many rows (a report's elements, a heatmap) never overflow.
 */
export function sectionsFromLines(
  heading: string | undefined,
  lines: readonly string[],
): types.SectionBlock[] {
  const max = 3000;
  const sections: types.SectionBlock[] = [];
  let current = heading === undefined ? '' : `*${escapeMrkdwn(heading)}*`;
  for (const raw of lines) {
    const line = truncate(raw, max);
    const next = current === '' ? line : `${current}\n${line}`;
    if (next.length > max) {
      sections.push(section(current));
      current = line;
    } else {
      current = next;
    }
  }
  if (current !== '') sections.push(section(current));
  return sections;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number in the reader's convention (3.8 in English, 3,8 in Dutch). */
export function formatNumber(value: number, locale: Locale, digits = 1): string {
  const key = `${locale}:${digits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A signed change such as +0.3 or −0.4 (a real minus sign). */
export function formatChange(value: number, locale: Locale): string {
  const body = formatNumber(Math.abs(value), locale);
  if (value > 0) return `+${body}`;
  if (value < 0) return `−${body}`;
  return `±${body}`;
}

/**
 * The dashboard as a URL button when the document names it, else as a link on
 * its title. `id` keeps block and action ids unique when several reports share
 * a surface (App Home).
 */
export function dashboardBlock(
  url: string,
  label: string | undefined,
  title: string,
  id: string,
): KnownBlockUnion {
  if (!label) return context(`:bar_chart: ${link(url, title)}`);
  return {
    type: 'actions',
    block_id: truncate(`dashboard:${id}`, 255),
    elements: [
      { type: 'button', action_id: truncate(`link:dashboard:${id}`, 255), text: plain(label, 75), url },
    ],
  };
}

type KnownBlockUnion = types.ContextBlock | types.ActionsBlock;
