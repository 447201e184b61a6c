/**
 * Turns a Markdown syntax tree into the prose the linter reads: blocks of
 * tokens grouped into units (a paragraph, a list item, a table row, a
 * heading), with everything that is not prose left out.
 */
import type { Nodes, Parents, Root, RootContent, PhrasingContent } from 'mdast';
import { splitLines, splitSetext } from './delimited.js';
import { addHtmlProse } from './html.js';
import { tokenize, type Segment, type Token } from './text.js';

/** A heading, paragraph or table cell: one run of prose. */
export interface Block {
  unit: number;
  kind: 'heading' | 'paragraph' | 'cell';
  /** Heading depth 1–6; 0 for other blocks. */
  depth: number;
  start: number;
  end: number;
  tokens: Token[];
  /**
   * Where a leading bold or italic run ends (`**Radiographers** take ...`),
   * or -1. Names inside it introduce what follows.
   */
  leadEnd: number;
  /** Whether the whole block is one bold or italic run, like a heading. */
  emphasisOnly: boolean;
  /** The column of a table cell, or -1. */
  cell: number;
}

/** What the prose of a unit is about is decided together: a paragraph, list item, table row or heading. */
export interface Unit {
  kind: 'heading' | 'paragraph' | 'listItem' | 'row' | 'rule';
  /** The enclosing list item's unit, or -1. */
  parent: number;
  blocks: number[];
  /** For a table row, the unit of its table's header row. */
  header?: number;
}

/** An inline control comment such as `<!-- coursework-roles-disable missing-duties -->`. */
export interface Control {
  action: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** The rule ids named, or an empty list for every rule. */
  rules: string[];
  start: number;
  end: number;
}

/** The prose of a document. */
export interface Prose {
  blocks: Block[];
  units: Unit[];
  controls: Control[];
  /** Inline code, inline HTML, images and link URLs inside blocks: not prose. */
  skipped: { start: number; end: number }[];
  /** Where front matter ends (0 when there is none): text inserted at the top goes after it. */
  frontMatterEnd: number;
}

/** Adds `block` to the prose and to its unit's blocks. */
export function pushBlock(prose: Prose, block: Block): void {
  qaLabel(block);
  prose.blocks.push(block);
  prose.units[block.unit]!.blocks.push(prose.blocks.length - 1);
}

/**
 * "Q. What does a coder do?" and "A. They assign codes ...": a paragraph
 * opening with "Q." or "A." is labelled as one opening with "Q:" or "A:" is,
 * so the full stop reads as the label's colon, not as a sentence of its own.
 */
function qaLabel(block: Block): void {
  const [label, mark, next] = block.tokens;
  if (block.kind !== 'paragraph' || !label || !mark || !next || (label.text !== 'Q' && label.text !== 'A')) return;
  if (mark.text === '.' && mark.start === label.end) block.tokens[1] = { ...mark, text: ':' };
}

/**
 * Hands out `tokens` by offset, left to right: each call gives the tokens
 * that start in [start, end), past any that start before `start`. The lines,
 * rows and cells a paragraph is split into (outline.ts, delimited.ts) take
 * their tokens so.
 */
export function tokenCursor(tokens: readonly Token[]): (start: number, end: number) => Token[] {
  let t = 0;
  return (start, end) => {
    while (t < tokens.length && tokens[t]!.start < start) t++;
    const from = t;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    return tokens.slice(from, t);
  };
}

const CONTROL_PREFIX = 'coursework-roles-';
const ACTIONS = new Set<Control['action']>(['disable', 'enable', 'disable-next-line', 'disable-line']);

/** Reads an HTML node as a control comment, or gives undefined. */
export function parseControl(value: string, start: number, end: number): Control | undefined {
  const text = value.trim();
  if (!text.startsWith('<!--') || !text.endsWith('-->')) return undefined;
  const words = text.slice(4, -3).trim().split(/\s+/);
  const first = words[0] ?? '';
  if (!first.startsWith(CONTROL_PREFIX)) return undefined;
  const action = first.slice(CONTROL_PREFIX.length) as Control['action'];
  if (!ACTIONS.has(action)) return undefined;
  return { action, rules: words.slice(1).filter(Boolean), start, end };
}

/**
 * Collects the prose of `nodes` (top-level nodes of one tree, in order).
 * Offsets are those of the tree's source.
 */
export function collectProse(nodes: readonly RootContent[], source: string): Prose {
  const prose: Prose = { blocks: [], units: [], controls: [], skipped: [], frontMatterEnd: 0 };
  const walker = new Walker(prose, source);
  for (const node of nodes) walker.visit(node, -1);
  return prose;
}

/** Convenience for a whole tree. */
export function proseOf(tree: Root, source: string): Prose {
  return collectProse(tree.children, source);
}

class Walker {
  constructor(
    private readonly prose: Prose,
    private readonly source: string,
  ) {}

  private newUnit(kind: Unit['kind'], parent: number): number {
    this.prose.units.push({ kind, parent, blocks: [] });
    return this.prose.units.length - 1;
  }

  private addBlock(unit: number, kind: Block['kind'], node: Parents, depth: number, cell: number): void {
    const segments: Segment[] = [];
    this.inline(node, segments);
    const children = (node as { children: PhrasingContent[] }).children;
    const first = children[0];
    const leadEnd = first && (first.type === 'strong' || first.type === 'emphasis') ? (first.position?.end.offset ?? -1) : -1;
    // A trailing control comment does not stop a bold line being a heading.
    const emphasisOnly =
      leadEnd >= 0 && children.slice(1).every((c) => c.type === 'html' || (c.type === 'text' && isPunctuationOnly(c.value)));
    const tokens = tokenize(segments);
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    pushBlock(this.prose, { unit, kind, depth, start, end, tokens, leadEnd, emphasisOnly, cell });
  }

  visit(node: Nodes, listUnit: number): void {
    switch (node.type) {
      case 'heading':
        this.addBlock(this.newUnit('heading', listUnit), 'heading', node, node.depth, -1);
        splitSetext(this.prose, this.source, 0);
        return;
      case 'paragraph': {
        const unit = listUnit >= 0 && this.prose.units[listUnit]!.kind === 'listItem' ? listUnit : this.newUnit('paragraph', listUnit);
        this.addBlock(unit, 'paragraph', node, 0, -1);
        splitLines(this.prose, this.source, 0);
        return;
      }
      case 'listItem': {
        const unit = this.newUnit('listItem', listUnit);
        for (const child of node.children) this.visit(child, unit);
        return;
      }
      case 'table': {
        let header = -1;
        for (const row of node.children) {
          const unit = this.newUnit('row', listUnit);
          if (header < 0) header = unit;
          this.prose.units[unit]!.header = header;
          row.children.forEach((cell, i) => this.addBlock(unit, 'cell', cell, 0, i));
        }
        return;
      }
      case 'thematicBreak':
        this.newUnit('rule', listUnit);
        return;
      case 'html': {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const control = parseControl(node.value, start, end);
        if (control) this.prose.controls.push(control);
        else addHtmlProse(this.prose, this.source.slice(start, end), start, listUnit);
        return;
      }
      case 'yaml':
        this.prose.frontMatterEnd = node.position?.end.offset ?? 0;
        return;
      case 'code':
      case 'definition':
        return;
      default:
        if ('children' in node) {
          // Block quotes, lists, footnote definitions: their content is prose in the same context.
          for (const child of node.children as Nodes[]) this.visit(child, listUnit);
        }
    }
  }

  private inline(node: Parents, segments: Segment[]): void {
    for (const child of (node as { children: Nodes[] }).children) {
      switch (child.type) {
        case 'text': {
          const start = child.position?.start.offset;
          const end = child.position?.end.offset;
          if (start === undefined || end === undefined) break;
          // The source slice, not the value: offsets must be exact, and an
          // escape or entity reads the same for matching purposes.
          segments.push({ start, text: this.source.slice(start, end) });
          break;
        }
        case 'link':
          if (isAutolink(child)) {
            this.skip(child, segments);
          } else {
            this.inline(child, segments);
            // The destination "(https://...)" is not prose either.
            const textEnd = child.children.at(-1)?.position?.end.offset;
            const end = child.position?.end.offset;
            if (textEnd !== undefined && end !== undefined && end > textEnd) this.prose.skipped.push({ start: textEnd, end });
          }
          break;
        case 'html': {
          const start = child.position?.start.offset ?? 0;
          const control = parseControl(child.value, start, child.position?.end.offset ?? start);
          if (control) this.prose.controls.push(control);
          this.skip(child, segments);
          break;
        }
        case 'strong':
        case 'emphasis':
        case 'linkReference':
        case 'tableCell':
          this.inline(child, segments);
          break;
        case 'delete': {
          // Crossed-out text is not there: the words either side read as one sentence.
          const start = child.position?.start.offset ?? 0;
          this.prose.skipped.push({ start, end: child.position?.end.offset ?? start });
          break;
        }
        default:
          // Inline code, images, footnote references, hard breaks: not prose.
          this.skip(child, segments);
      }
    }
  }

  private skip(node: Nodes, segments: Segment[]): void {
    const start = node.position?.start.offset ?? 0;
    segments.push({ start, text: '' });
    this.prose.skipped.push({ start, end: node.position?.end.offset ?? start });
  }
}

function isAutolink(link: { url: string; children: PhrasingContent[] }): boolean {
  if (link.children.length !== 1) return false;
  const only = link.children[0]!;
  return only.type === 'text' && looksLikeAutolink(link.url, only.value);
}

/** Whether a link whose only child is the text `text` just shows a URL (its destination, or one like it). */
export function looksLikeAutolink(url: string, text: string): boolean {
  return url === text || url.endsWith(text) || text.startsWith('http') || text.startsWith('www.');
}

/** Whether text holds only spaces, line endings and the punctuation that may follow a bold lead (`:`, `.`, dashes). */
export function isPunctuationOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== ':' && c !== '.' && c !== '-' && c !== '\u2013' && c !== '\u2014') return false;
  }
  return true;
}
