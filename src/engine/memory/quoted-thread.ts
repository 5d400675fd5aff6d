/**
 * The conversation a webmail reply carries as quoted history: each quoted message with its attribution ("On Mon,
 * 3 Mar 2025 at 14:05, Anna <…> wrote:", "Am 03.03.2025 um 14:05 schrieb …:", "ma 3.3.2025 klo 14.05 … kirjoitti:",
 * "… je napisala:", Outlook's From:/Sent: blocks), nested quotes as older messages, oldest first. The customer is the
 * side named like `customerName`, the seller the side named like `sellerName`; else the newest quoted message is the
 * customer's (the seller answers it) and the sides alternate going back.
 */
import type { ThreadMessage } from '../types';
import { formatMoment, shownMoment, type Moment } from '../extract/dates';
import { headerBlockLength, isQuoteHeader } from '../draft';
import { memo } from '../memo';

interface Quoted {
  header: string;
  lines: string[];
}

const FIELD = /^\s*\*?([\p{L}]+)\*?\s*:\s*(.*)$/u;
const DATE_FIELDS = /^(?:sent|date|gesendet|datum|lähetetty|päivämäärä|poslano|poslato|datum|sent on)$/iu;

/** Quoted messages in the order they appear (newest first), each with its attribution line or header block. */
function quotedMessages(quoted: string): Quoted[] {
  const out: Quoted[] = [];
  let cur: Quoted | null = null;
  const lines = quoted.split('\n').map((l) => l.replace(/^(?:\s*>)+\s?/, ''));
  for (let i = 0; i < lines.length; i++) {
    const block = headerBlockLength(lines, i);
    if (block || isQuoteHeader(lines[i]!)) {
      cur = { header: lines.slice(i, i + Math.max(1, block)).join('\n'), lines: [] };
      out.push(cur);
      i += Math.max(1, block) - 1;
      continue;
    }
    if (!cur) out.push((cur = { header: '', lines: [] }));
    cur.lines.push(lines[i]!);
  }
  return out.filter((q) => q.lines.join('').trim());
}

function nameOf(header: string): string {
  const from = header.split('\n').find((l) => /^(?:from|von|lähettäjä|šalje|salje|od)\s*:/iu.test(l.trim()));
  if (from)
    return from
      .replace(/^[^:]*:\s*/, '')
      .replace(/<[^>]*>|\[[^\]]*\]|"/g, '')
      .trim();
  return header.replace(/<[^>]*>|\([^)]*\)/g, ' ').replace(/\s+/g, ' ');
}

function dateOf(header: string, now: Moment): Moment | null {
  const field = header
    .split('\n')
    .map((l) => FIELD.exec(l))
    .find((m) => m && DATE_FIELDS.test(m[1]!));
  const text = field ? field[2]! : header.replace(/<[^>]*>/g, ' ');
  return shownMoment(text.replace(/\b(?:at|um|klo|u|kello)\b/giu, ' '), now);
}

const named = (header: string, name: string | undefined) => {
  const n = (name ?? '').trim().toLowerCase();
  return n.length > 1 && nameOf(header).toLowerCase().includes(n.split(/\s+/)[0]!);
};

export function threadFromQuoted(
  quoted: string,
  now: Moment,
  names: { customerName?: string; sellerName?: string } = {},
): ThreadMessage[] {
  // Read again only when the quoted text, the day or the names change: not per keystroke of the reply above it.
  const key = `${Math.floor((now.ms + now.offset * 60_000) / 86_400_000)}|${now.offset}|${names.customerName ?? ''}|${names.sellerName ?? ''}|${quoted}`;
  return memo(OWNER, 'quoted-thread', key, () => parse(quoted, now, names));
}

const OWNER = {};

function parse(quoted: string, now: Moment, names: { customerName?: string; sellerName?: string }): ThreadMessage[] {
  const messages = quotedMessages(quoted);
  const out: ThreadMessage[] = messages.map((q, i) => {
    const author: ThreadMessage['author'] = named(q.header, names.customerName)
      ? 'customer'
      : named(q.header, names.sellerName)
        ? 'seller'
        : i % 2 === 0
          ? 'customer'
          : 'seller';
    const at = q.header ? dateOf(q.header, now) : null;
    return { author, at: at ? formatMoment(at) : null, text: q.lines.join('\n').trim() };
  });
  return out.reverse();
}
