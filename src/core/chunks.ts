/**
 * The top-level blocks of a Markdown text and their prose, read straight
 * from micromark's events. mdast-util-from-markdown would build a syntax
 * tree from the same events first; skipping that tree (a fifth of a parse,
 * and most of its garbage) is what makes a full check cheaper than a bare
 * remark parse.
 *
 * The result must be exactly what `collectProse` (prose.ts) gives for the
 * mdast tree of the same text, node for node: the remark plugin still goes
 * through the tree, and a property test compares both on random documents.
 * So the rules below mirror how mdast-util-from-markdown builds its nodes:
 * which tokens make a text node, where a node starts and ends.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { decodeString } from 'micromark-util-decode-string';
import { splitLines, splitSetext } from './delimited.js';
import { addHtmlProse } from './html.js';
import { bodyExtensions, micromarkExtensions } from './parse.js';
import { isPunctuationOnly, looksLikeAutolink, parseControl, pushBlock, type Block, type Prose, type Unit } from './prose.js';
import { tokenize, type Segment } from './text.js';

/** One top-level node of a document and its prose. */
export interface Chunk {
  /** The mdast node type: `heading`, `paragraph`, `list`, `code`, `yaml`, ... */
  type: string;
  start: number;
  end: number;
  prose: Prose;
  /** Whether the node holds a link definition (these act on the whole document). */
  definitions: boolean;
}

/** The part of a micromark token read here. */
interface Token {
  type: string;
  start: { offset: number };
  end: { offset: number };
}

/** What an event says about its token's text: `sliceSerialize` gives its value (line ending only, tabs as written). */
interface Context {
  sliceSerialize(token: Token): string;
}

type Event = readonly [string, Token, Context];

/** Flow tokens that become mdast nodes, and those nodes' types. */
const NODE_TYPES: ReadonlyMap<string, string> = new Map([
  ['atxHeading', 'heading'],
  ['setextHeading', 'heading'],
  ['paragraph', 'paragraph'],
  ['listOrdered', 'list'],
  ['listUnordered', 'list'],
  ['blockQuote', 'blockquote'],
  ['codeFenced', 'code'],
  ['codeIndented', 'code'],
  ['htmlFlow', 'html'],
  ['thematicBreak', 'thematicBreak'],
  ['definition', 'definition'],
  ['table', 'table'],
  ['yaml', 'yaml'],
  ['toml', 'toml'],
]);

/** Tokens whose content is no prose: skipped whole. */
const OPAQUE = new Set(['codeFenced', 'codeIndented', 'definition', 'yaml', 'toml', 'codeText', 'image', 'autolink', 'hardBreakEscape', 'hardBreakTrailing']);

/**
 * Two micromark parsers serve every text: making one combines the syntax
 * extensions anew, a cost paid for each 2 KB piece of a long answer. Front
 * matter can only open a document, so a text cut from further in is parsed
 * without it: a "---" thematic break at its start must not open a fence. What
 * a parser learns about a text (its `defined` identifiers, its `lazy` lines)
 * is cleared before each.
 */
const documentParser = parse({ extensions: micromarkExtensions });
const bodyParser = parse({ extensions: bodyExtensions });

function cleanParser(atStart: boolean): typeof documentParser {
  const parser = atStart ? documentParser : bodyParser;
  parser.defined = [];
  parser.lazy = {};
  return parser;
}

/**
 * Parses `source.slice(from, to)` and gives its top-level nodes with their
 * prose, at offsets of `source`.
 */
export function parseChunks(source: string, from = 0, to = source.length): Chunk[] {
  const text = from === 0 && to === source.length ? source : source.slice(from, to);
  const events = postprocess(cleanParser(from === 0).document().write(preprocess()(text, undefined, true)));
  return new EventReader(text, from).read(events as unknown as readonly Event[]);
}

/**
 * A node with inline children being read: a block (heading, paragraph,
 * table cell), emphasis or strong, or a link.
 */
class Frame {
  children = 0;
  /** Where the open text child starts, or -1 when the last child is not text. */
  textStart = -1;
  textEnd = -1;
  /** Where the last child ends (a hard break takes in its line ending). */
  lastEnd = -1;
  /** Blocks: where a leading emphasis or strong child ends, or -1. */
  leadEnd = -1;
  /** Blocks: whether every child after the first is HTML or punctuation-only text. */
  restPlain = true;
  /** Links: whether the label's only children are text; the text, the destination, and whether there is one. */
  textOnly = true;
  value = '';
  url = '';
  resource = false;
  inLabel = false;
  inUrl = false;
  /** Links: how much prose there was before the link, to take its text back if it reads as a URL. */
  marks: readonly [number, number] = [0, 0];

  constructor(
    readonly kind: 'block' | 'emphasis' | 'link',
    /** Whether line endings are text here (mdast's `canContainEols`). */
    public eols: boolean,
  ) {}
}

class EventReader {
  private readonly chunks: Chunk[] = [];
  private chunk: Chunk | undefined;
  private prose!: Prose;
  /** Open mdast nodes; 0 between top-level nodes. */
  private nodeDepth = 0;
  private listUnit = -1;
  /** For each open list, the list item unit around it. */
  private readonly lists: number[] = [];
  private rowUnit = -1;
  /** The unit of the header row of the table being read, or -1. */
  private headerUnit = -1;
  private cell = 0;
  /** The block being read, its inline frames and its prose. */
  private block: Omit<Block, 'tokens' | 'leadEnd' | 'emphasisOnly'> | undefined;
  private frames: Frame[] = [];
  private segments: Segment[] = [];
  /** The token whose content is being skipped or collected, and the collected HTML. */
  private skipping: Token | undefined;
  private collecting: Token | undefined;
  private html = '';
  /** The context of the event being read. */
  private context!: Context;
  /** The skipped range of a hard break, until its line ending is read. */
  private pendingBreak: { start: number; end: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {}

  read(events: readonly Event[]): Chunk[] {
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      const token = event[1];
      this.context = event[2];
      if (event[0] === 'enter') {
        if (this.skipping) continue;
        if (this.collecting) {
          if (token.type === 'htmlFlowData' || token.type === 'htmlTextData' || token.type === 'lineEnding') this.html += this.context.sliceSerialize(token);
          continue;
        }
        this.enter(token);
      } else {
        if (this.skipping) {
          if (token !== this.skipping) continue;
          this.skipping = undefined;
        } else if (this.collecting) {
          if (token !== this.collecting) continue;
          this.collecting = undefined;
        }
        this.exit(token);
      }
    }
    return this.chunks;
  }

  private enter(token: Token): void {
    const type = token.type;
    const nodeType = NODE_TYPES.get(type);
    if (nodeType !== undefined && this.nodeDepth++ === 0) {
      this.prose = { blocks: [], units: [], controls: [], skipped: [], frontMatterEnd: 0 };
      this.chunk = { type: nodeType, start: this.base + token.start.offset, end: 0, prose: this.prose, definitions: false };
    }
    if (this.block) {
      this.enterInline(token);
      return;
    }
    switch (type) {
      case 'atxHeading':
      case 'setextHeading':
        this.openBlock(this.newUnit('heading', this.listUnit), 'heading', token, true, -1);
        return;
      case 'paragraph':
        this.openBlock(this.listUnit >= 0 ? this.listUnit : this.newUnit('paragraph', -1), 'paragraph', token, true, -1);
        return;
      case 'listOrdered':
      case 'listUnordered':
        this.lists.push(this.listUnit);
        return;
      case 'listItemPrefix':
        this.listUnit = this.newUnit('listItem', this.lists[this.lists.length - 1]!);
        return;
      case 'table':
        this.headerUnit = -1;
        return;
      case 'tableRow':
        this.rowUnit = this.newUnit('row', this.listUnit);
        if (this.headerUnit < 0) this.headerUnit = this.rowUnit;
        this.prose.units[this.rowUnit]!.header = this.headerUnit;
        this.cell = 0;
        return;
      case 'tableHeader':
      case 'tableData':
        this.openBlock(this.rowUnit, 'cell', token, false, this.cell++);
        return;
      case 'thematicBreak':
        this.newUnit('rule', this.listUnit);
        return;
      case 'htmlFlow':
        this.collect(token);
        return;
      case 'definition':
        this.chunk!.definitions = true;
        this.skipping = token;
        return;
      default:
        if (OPAQUE.has(type)) this.skipping = token;
    }
  }

  private exit(token: Token): void {
    const type = token.type;
    if (this.block) this.exitInline(token);
    switch (type) {
      case 'atxHeading':
      case 'setextHeading':
      case 'paragraph':
      case 'tableHeader':
      case 'tableData':
        this.closeBlock();
        break;
      case 'listOrdered':
      case 'listUnordered':
        this.listUnit = this.lists.pop()!;
        break;
      case 'htmlFlow': {
        const control = parseControl(this.html, this.base + token.start.offset, this.base + token.end.offset);
        if (control) this.prose.controls.push(control);
        else addHtmlProse(this.prose, this.text.slice(token.start.offset, token.end.offset), this.base + token.start.offset, this.listUnit);
        break;
      }
      case 'yaml':
        this.prose.frontMatterEnd = this.base + token.end.offset;
        break;
    }
    if (NODE_TYPES.has(type) && --this.nodeDepth === 0) {
      const chunk = this.chunk!;
      chunk.end = this.base + token.end.offset;
      this.chunks.push(chunk);
      this.chunk = undefined;
    }
  }

  private newUnit(kind: Unit['kind'], parent: number): number {
    return this.prose.units.push({ kind, parent, blocks: [] }) - 1;
  }

  private openBlock(unit: number, kind: Block['kind'], token: Token, eols: boolean, cell: number): void {
    const start = this.base + token.start.offset;
    this.block = { unit, kind, depth: 0, start, end: this.base + token.end.offset, cell };
    this.frames = [new Frame('block', eols)];
    this.segments = [];
  }

  private closeBlock(): void {
    const root = this.frames[0]!;
    this.flush(root);
    const block = this.block!;
    const emphasisOnly = root.leadEnd >= 0 && root.restPlain;
    const { unit, kind, depth, start, end, cell } = block;
    // The same shape as prose.ts builds, key for key.
    pushBlock(this.prose, { unit, kind, depth, start, end, tokens: tokenize(this.segments), leadEnd: root.leadEnd, emphasisOnly, cell });
    this.block = undefined;
    if (kind === 'paragraph') splitLines(this.prose, this.text, this.base);
    else if (kind === 'heading') splitSetext(this.prose, this.text, this.base);
  }

  private collect(token: Token): void {
    this.collecting = token;
    this.html = '';
  }

  private enterInline(token: Token): void {
    const frame = this.frames[this.frames.length - 1]!;
    const type = token.type;
    if (frame.kind === 'link' && !frame.inLabel) {
      // The destination, title or reference of a link: only the destination matters.
      if (type === 'labelText') frame.inLabel = true;
      else if (type === 'resource') frame.resource = true;
      else if (type === 'resourceDestinationString') frame.inUrl = true;
      else if (frame.inUrl && (type === 'data' || type === 'characterEscape' || type === 'characterReference')) frame.url += this.valueOf(token);
      return;
    }
    switch (type) {
      case 'data':
      case 'characterEscape':
      case 'characterReference':
        this.addText(frame, token);
        return;
      case 'lineEnding':
        if (this.pendingBreak) {
          // A hard break takes in its line ending.
          this.pendingBreak.end = this.base + token.end.offset;
          frame.lastEnd = token.end.offset;
          this.pendingBreak = undefined;
        } else if (frame.eols) {
          this.addText(frame, token);
        }
        return;
      case 'emphasis':
      case 'strong':
        this.addChild(frame, type, token);
        this.frames.push(new Frame('emphasis', true));
        return;
      case 'link': {
        this.addChild(frame, type, token);
        const link = new Frame('link', true);
        link.marks = [this.segments.length, this.prose.skipped.length];
        this.frames.push(link);
        return;
      }
      case 'htmlText':
        this.addChild(frame, 'html', token);
        this.collect(token);
        return;
      case 'setextHeadingLineSequence':
        this.block!.depth = this.text.charCodeAt(token.start.offset) === 0x3d /* = */ ? 1 : 2;
        return;
      case 'atxHeadingSequence':
        if (this.block!.depth === 0) this.block!.depth = token.end.offset - token.start.offset;
        return;
      default:
        if (type === 'strikethrough') {
          // Crossed-out text is not there: the words either side read as one sentence.
          this.addChild(frame, type, token);
          this.prose.skipped.push({ start: this.base + token.start.offset, end: this.base + token.end.offset });
          this.skipping = token;
        } else if (OPAQUE.has(type)) {
          // Inline code, images, autolinks, hard breaks: not prose.
          this.addChild(frame, type, token);
          const range = this.skip(token);
          if (type === 'hardBreakEscape' || type === 'hardBreakTrailing') this.pendingBreak = range;
          this.skipping = token;
        }
    }
  }

  private exitInline(token: Token): void {
    const type = token.type;
    switch (type) {
      case 'emphasis':
      case 'strong':
        this.flush(this.frames.pop()!);
        return;
      case 'link':
        this.closeLink(this.frames.pop()!, token);
        return;
      case 'labelText':
      case 'resourceDestinationString': {
        const frame = this.frames[this.frames.length - 1]!;
        if (frame.kind === 'link') {
          if (type === 'labelText') frame.inLabel = false;
          else frame.inUrl = false;
        }
        return;
      }
      case 'setextHeadingText':
        // The line ending before the underline is not part of the heading's text.
        this.frames[0]!.eols = false;
        return;
      case 'htmlText': {
        const control = parseControl(this.html, this.base + token.start.offset, this.base + token.end.offset);
        if (control) this.prose.controls.push(control);
        this.skip(token);
        return;
      }
    }
  }

  private closeLink(link: Frame, token: Token): void {
    this.flush(link);
    // A reference (`[text][ref]`) keeps its text as prose, and has no destination.
    if (!link.resource) return;
    if (link.children === 1 && link.textOnly && looksLikeAutolink(link.url, link.value)) {
      // A URL written as the link's text: none of it is prose.
      const [segments, skipped] = link.marks;
      this.segments.length = segments;
      this.prose.skipped.length = skipped;
      this.skip(token);
    } else if (link.children > 0 && token.end.offset > link.lastEnd) {
      // The destination "(https://...)" is not prose either.
      this.prose.skipped.push({ start: this.base + link.lastEnd, end: this.base + token.end.offset });
    }
  }

  /** A child that is not text: ends the open text child. */
  private addChild(frame: Frame, type: string, token: Token): void {
    this.flush(frame);
    frame.children++;
    frame.lastEnd = token.end.offset;
    if (frame.kind === 'block') {
      if (frame.children === 1) {
        if (type === 'strong' || type === 'emphasis') frame.leadEnd = this.base + token.end.offset;
      } else if (type !== 'html') {
        frame.restPlain = false;
      }
    } else if (frame.kind === 'link') {
      frame.textOnly = false;
    }
  }

  /** Data, an escape, a character reference or a line ending: starts or extends a text child. */
  private addText(frame: Frame, token: Token): void {
    if (frame.textStart < 0) {
      frame.children++;
      frame.textStart = token.start.offset;
    }
    frame.textEnd = frame.lastEnd = token.end.offset;
    if (frame.kind === 'block') {
      if (frame.leadEnd >= 0 && frame.restPlain) frame.restPlain = isPunctuationOnly(this.valueOf(token));
    } else if (frame.kind === 'link' && frame.children === 1) {
      frame.value += this.valueOf(token);
    }
  }

  /**
   * What a text token reads as: escapes and character references decoded.
   * Values come from `sliceSerialize`, as mdast's do, not from offsets: a
   * line ending's end offset may take in the next line's container prefix.
   */
  private valueOf(token: Token): string {
    if (token.type === 'characterEscape') return this.text.charAt(token.end.offset - 1);
    const value = this.context.sliceSerialize(token);
    return token.type === 'characterReference' ? decodeString(value) : value;
  }

  /** Ends the open text child of `frame`, adding it to the block's prose. */
  private flush(frame: Frame): void {
    if (frame.textStart < 0) return;
    this.segments.push({ start: this.base + frame.textStart, text: this.text.slice(frame.textStart, frame.textEnd) });
    frame.textStart = -1;
  }

  /** Marks a token as no prose: a break between words, and a skipped range. */
  private skip(token: Token): { start: number; end: number } {
    const start = this.base + token.start.offset;
    const range = { start, end: this.base + token.end.offset };
    this.segments.push({ start, text: '' });
    this.prose.skipped.push(range);
    return range;
  }
}
