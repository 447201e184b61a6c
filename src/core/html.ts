/**
 * The text of an HTML block in a Markdown answer, as prose: what a student
 * pastes from a web editor (`<p><b>Clinical Engineers</b><br>Clinical
 * engineers look after ...</p>`) is read as the page shows it. Tags are not
 * prose; block tags (`<p>`, `<br>`, `<li>`, `<h2>`, ...) end a paragraph, a
 * leading `<b>` or `<strong>` is a bold lead-in, and character references
 * (`&nbsp;`, `&amp;`, `&#8211;`) read as the character they stand for.
 * Comments, `<script>` and `<style>` hold no prose.
 *
 * prose.ts (the mdast path) and chunks.ts (the micromark path) both call
 * `addHtmlProse` with the block's source text, so both read it the same.
 */
import { isPunctuationOnly, pushBlock, type Block, type Prose } from './prose.js';
import { tokenize, type Segment } from './text.js';

/** Tags that end the paragraph before them and start a new one. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'blockquote', 'hr',
  'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'figure', 'figcaption', 'details', 'summary', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
/** Tags whose content is not prose. */
const HIDDEN_TAGS = new Set(['script', 'style', 'template', 'head', 'title', 'noscript']);
/** Tags that make a bold lead-in when they open a paragraph. */
const BOLD_TAGS = new Set(['b', 'strong']);

/** Named character references a pasted page uses. */
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022', middot: '\u00b7', copy: '\u00a9', reg: '\u00ae',
  pound: '\u00a3', euro: '\u20ac', deg: '\u00b0', times: '\u00d7', eacute: '\u00e9', egrave: '\u00e8', rarr: '\u2192', larr: '\u2190',
};

/** A paragraph being collected. */
interface Pending {
  segments: Segment[];
  start: number;
  end: number;
  /** Heading depth (1–6) when it opened with `<hN>`, else 0. */
  depth: number;
  /** Where a leading bold run ends, -1 when there is none; and whether it is still open. */
  leadEnd: number;
  leadOpen: boolean;
  /** Whether anything but a bold run and punctuation came after it. */
  restPlain: boolean;
}

/**
 * Adds the paragraphs of an HTML block (`html`, the source text from offset
 * `start`) to `prose`, as units under `parent` (a list item's unit, or -1).
 */
export function addHtmlProse(prose: Prose, html: string, start: number, parent: number): void {
  let current: Pending | undefined;
  let depth = 0;
  const flush = (): void => {
    const p = current;
    current = undefined;
    if (!p) return;
    const tokens = tokenize(p.segments);
    if (!tokens.some((t) => t.kind === 'word')) return;
    const kind: Block['kind'] = p.depth > 0 ? 'heading' : 'paragraph';
    const unit = prose.units.push({ kind: p.depth > 0 ? 'heading' : 'paragraph', parent, blocks: [] }) - 1;
    const leadEnd = p.leadOpen ? -1 : p.leadEnd;
    pushBlock(prose, { unit, kind, depth: p.depth, start: p.start, end: p.end, tokens, leadEnd, emphasisOnly: leadEnd >= 0 && p.restPlain, cell: -1 });
  };
  const open = (at: number): Pending => (current ??= { segments: [], start: at, end: at, depth, leadEnd: -1, leadOpen: false, restPlain: true });
  const text = (from: number, to: number): void => {
    if (to <= from) return;
    const value = html.slice(from, to);
    if (!current && value.trim() === '') return;
    const p = open(start + from);
    p.segments.push({ start: start + from, text: value });
    p.end = start + to;
    if (p.leadEnd >= 0 && !p.leadOpen && !isPunctuationOnly(value)) p.restPlain = false;
  };

  let i = 0;
  let textFrom = 0;
  let lower: string | undefined;
  while (i < html.length) {
    const c = html[i]!;
    if (c === '&') {
      // A reference is short: look no further than ten characters for its ";".
      const semi = html.slice(i, i + 11).indexOf(';') + i;
      const name = semi > i ? html.slice(i + 1, semi) : '';
      const decoded = decodeReference(name);
      if (decoded !== undefined) {
        text(textFrom, i);
        const p = open(start + i);
        p.segments.push({ start: start + i, text: decoded });
        p.end = start + semi + 1;
        if (p.leadEnd >= 0 && !p.leadOpen && !isPunctuationOnly(decoded)) p.restPlain = false;
        i = semi + 1;
        textFrom = i;
        continue;
      }
      i++;
      continue;
    }
    if (c !== '<') {
      i++;
      continue;
    }
    const tag = readTag(html, i);
    if (!tag) {
      i++;
      continue;
    }
    text(textFrom, i);
    prose.skipped.push({ start: start + i, end: start + tag.end });
    let next = tag.end;
    if (tag.name !== '' && HIDDEN_TAGS.has(tag.name) && !tag.closing) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${tag.name}`, tag.end);
      next = close < 0 ? html.length : (readTag(html, close)?.end ?? html.length);
      prose.skipped.push({ start: start + tag.end, end: start + next });
    } else if (BLOCK_TAGS.has(tag.name)) {
      flush();
      const heading = /^h([1-6])$/.exec(tag.name);
      if (heading) depth = tag.closing ? 0 : Number(heading[1]);
    } else if (BOLD_TAGS.has(tag.name)) {
      const p = current;
      if (!tag.closing && (!p || p.segments.every((s) => s.text.trim() === ''))) {
        open(start + i).leadOpen = true;
      } else if (tag.closing && p?.leadOpen) {
        p.leadOpen = false;
        p.leadEnd = start + tag.end;
        p.end = start + tag.end;
      }
    }
    i = next;
    textFrom = next;
  }
  text(textFrom, html.length);
  flush();
}

/** The tag or comment at `at` ("<p>", "</b>", "<br/>", "<!-- ... -->"): its lower-cased name ('' for a comment or declaration) and where it ends. */
function readTag(html: string, at: number): { name: string; closing: boolean; end: number } | undefined {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return { name: '', closing: false, end: close < 0 ? html.length : close + 3 };
  }
  const m = /^<(\/?)([a-z][a-z0-9-]*)|^<[!?]/i.exec(html.slice(at, at + 40));
  if (!m) return undefined;
  const close = html.indexOf('>', at);
  const end = close < 0 ? html.length : close + 1;
  return { name: (m[2] ?? '').toLowerCase(), closing: m[1] === '/', end };
}

/** The character a reference's name (between "&" and ";") stands for, if it is one. */
function decodeReference(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code === 0xa0 ? 0x20 : code) : undefined;
  }
  return ENTITIES[name];
}
