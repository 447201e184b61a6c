/**
 * Incremental checking of one document as it is edited: only the top-level
 * blocks around an edit are parsed again, the rest keep their prose and
 * facts with their offsets shifted, and the result is the same as a full
 * check (a property test compares them on many random edits).
 *
 * A re-parse of a slice is trusted only when it ends where the old parse
 * did: the block before and the block after the edit must come out of the
 * slice at the same places, of the same kinds. Anything else (a fence or an
 * HTML comment left open, a list that swallows the next block, link
 * reference definitions, which act document-wide) falls back to a full parse.
 */
import { analyzeProse, type BlockFacts } from './analyze.js';
import type { Checker, DocumentReport } from './check.js';
import { parseChunks, type Chunk } from './chunks.js';
import type { Block, Prose, Unit } from './prose.js';
import { pieceStarts } from './split.js';
import { LineIndex, messagesFor, type CheckOptions } from './rules.js';

/** How the last update was made, for tests and the benchmark. */
export interface UpdateStats {
  mode: 'full' | 'incremental';
  /** Characters parsed again. */
  parsed: number;
}

function shiftProse(prose: Prose, delta: number): void {
  for (const block of prose.blocks) {
    block.start += delta;
    block.end += delta;
    if (block.leadEnd >= 0) block.leadEnd += delta;
    for (const token of block.tokens) {
      token.start += delta;
      token.end += delta;
    }
  }
  for (const c of prose.controls) {
    c.start += delta;
    c.end += delta;
  }
  for (const r of prose.skipped) {
    r.start += delta;
    r.end += delta;
  }
  // frontMatterEnd needs no shift: front matter is only ever in the first chunk, and only chunks after an edit are shifted.
}

/** Joins the chunks' prose into one, renumbering units and blocks. */
function assemble(chunks: readonly Chunk[]): Prose {
  const prose: Prose = { blocks: [], units: [], controls: [], skipped: [], frontMatterEnd: 0 };
  for (const chunk of chunks) {
    const p = chunk.prose;
    const blockBase = prose.blocks.length;
    const unitBase = prose.units.length;
    for (const unit of p.units) {
      const joined: Unit = { kind: unit.kind, parent: unit.parent < 0 ? -1 : unit.parent + unitBase, blocks: unit.blocks.map((b) => b + blockBase) };
      if (unit.header !== undefined) joined.header = unit.header + unitBase;
      prose.units.push(joined);
    }
    for (const block of p.blocks) {
      // The block object itself is kept: it is the key of its cached facts.
      (block as { unit: number }).unit = (block as Block & { localUnit?: number }).localUnit! + unitBase;
      prose.blocks.push(block);
    }
    // A loop, not push(...): one chunk may hold hundreds of thousands (a pasted page's tags).
    for (const c of p.controls) prose.controls.push(c);
    for (const r of p.skipped) prose.skipped.push(r);
    if (p.frontMatterEnd > 0) prose.frontMatterEnd = p.frontMatterEnd;
  }
  return prose;
}

/** Remembers each block's unit within its chunk, so chunks can be joined in any order. */
function markLocal(prose: Prose): Prose {
  for (const block of prose.blocks) (block as Block & { localUnit?: number }).localUnit = block.unit;
  return prose;
}

/** Characters compared at once: comparing strings is native, a loop over characters is not. */
const STRIDE = 256;

/** How many characters `a` and `b` share at their start. */
function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + STRIDE <= max && a.slice(n, n + STRIDE) === b.slice(n, n + STRIDE)) n += STRIDE;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many characters (at most `max`) `a` and `b` share at their end. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + STRIDE <= max && a.slice(a.length - n - STRIDE, a.length - n) === b.slice(b.length - n - STRIDE, b.length - n)) n += STRIDE;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function lineStart(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source.charCodeAt(i - 1) !== 0x0a && source.charCodeAt(i - 1) !== 0x0d) i--;
  return i;
}

/** Checks one document again and again as it changes. */
export class DocumentSession {
  private source = '';
  private chunks: Chunk[] = [];
  private readonly facts = new WeakMap<Block, BlockFacts>();
  private last: UpdateStats = { mode: 'full', parsed: 0 };

  constructor(private readonly checker: Checker) {}

  /** How the last update was made. */
  get stats(): UpdateStats {
    return this.last;
  }

  /** The document's new text: checks it, re-parsing only what changed where that is safe. */
  update(source: string, options: CheckOptions = {}): DocumentReport {
    if (!this.tryIncremental(source)) this.parseAll(source);
    this.source = source;
    const prose = assemble(this.chunks);
    const coverage = analyzeProse(prose, this.checker.index, source, this.facts);
    const lines = new LineIndex(source);
    return { prose, coverage, lines, messages: messagesFor(coverage, this.checker.dataset, prose.controls, lines, options) };
  }

  private parseAll(source: string): void {
    // In pieces that parse alone as they do in the whole (see split.ts).
    const starts = pieceStarts(source);
    const chunks: Chunk[] = [];
    starts.forEach((start, i) => {
      for (const chunk of parseChunks(source, start, starts[i + 1] ?? source.length)) {
        markLocal(chunk.prose);
        chunks.push(chunk);
      }
    });
    this.chunks = chunks;
    this.last = { mode: 'full', parsed: source.length };
  }

  private tryIncremental(source: string): boolean {
    const old = this.source;
    const chunks = this.chunks;
    if (chunks.length < 3 || chunks.some((c) => c.definitions)) return false;
    // The changed range: [prefix, oldEnd) in the old text became [prefix, newEnd).
    const prefix = commonPrefix(old, source);
    if (prefix === old.length && prefix === source.length) return true;
    const suffix = commonSuffix(old, source, Math.min(old.length, source.length) - prefix);
    const oldEnd = old.length - suffix;
    const delta = source.length - old.length;

    // The chunks the edit touches, and one unchanged chunk on each side.
    let first = chunks.findIndex((c) => c.end >= prefix);
    if (first < 0) first = chunks.length - 1;
    let last = first;
    while (last + 1 < chunks.length && chunks[last + 1]!.start <= oldEnd) last++;
    const from = Math.max(0, first - 1);
    const to = Math.min(chunks.length - 1, last + 1);

    // Front matter reaches to a closing fence anywhere below, which a slice may not hold; and an
    // opening fence never closed changes how micromark reads lists further down.
    const fenced = (text: string): boolean => text.startsWith('---') || text.startsWith('+++');
    if ((fenced(source) || fenced(old)) && (from === 0 || (chunks[0]!.type !== 'yaml' && chunks[0]!.type !== 'toml'))) return false;
    const sliceStart = from === 0 ? 0 : lineStart(old, chunks[from]!.start);
    const sliceEndOld = to === chunks.length - 1 ? old.length : chunks[to]!.end;
    const sliceEndNew = sliceEndOld + delta;
    const replaced = parseChunks(source, sliceStart, sliceEndNew);
    if (replaced.length === 0) return false;
    if (replaced.some((c) => c.definitions)) return false;
    if (from > 0) {
      const head = replaced[0]!;
      // Same kind, same start and same end: what came before the slice did not matter.
      const before = chunks[from]!;
      if (head.type !== before.type || head.start !== before.start || head.end !== before.end) return false;
    }
    if (to < chunks.length - 1) {
      const tail = replaced[replaced.length - 1]!;
      const old = chunks[to]!;
      if (tail.type !== old.type || tail.start !== old.start + delta || tail.end !== old.end + delta) return false;
    }
    for (const chunk of replaced) markLocal(chunk.prose);
    for (let i = to + 1; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      chunk.start += delta;
      chunk.end += delta;
      shiftProse(chunk.prose, delta);
    }
    this.chunks = [...chunks.slice(0, from), ...replaced, ...chunks.slice(to + 1)];
    this.last = { mode: 'incremental', parsed: sliceEndNew - sliceStart };
    return true;
  }
}
