/**
 * Submissions in the formats tutors receive: Word (`.docx`), web pages
 * (`.html`, `.htm`) and plain text (`.txt`), turned into the Markdown the core
 * checks, with a map from places in that Markdown back to paragraphs of the
 * original.
 *
 * Word goes through mammoth (docx → HTML, headings by style), HTML through
 * rehype-parse and rehype-remark (HTML → mdast) and remark-stringify (mdast →
 * Markdown), so headings, bold lead-ins, lists and tables keep their meaning
 * and a Word answer is judged as the same answer written in Markdown. Those
 * converters are in html.ts; this module tells formats apart and maps
 * places back to paragraphs.
 */
import type { Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/** The formats the CLI reads. */
export type SubmissionFormat = 'markdown' | 'docx' | 'html' | 'txt';

/** File extensions by format; a folder is searched for all of them. */
export const EXTENSIONS: Readonly<Record<SubmissionFormat, readonly string[]>> = {
  markdown: ['md', 'markdown'],
  docx: ['docx'],
  html: ['html', 'htm'],
  txt: ['txt'],
};

/**
 * Files a folder is searched for that cannot be checked but must not be
 * passed over in silence: a tutor is told to ask for a .docx.
 */
export const REFUSED_EXTENSIONS = ['doc'];

/** The format of a file, from its extension; Markdown when unknown (as before). */
export function formatOf(path: string): SubmissionFormat | 'doc' {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'doc') return 'doc';
  for (const [format, exts] of Object.entries(EXTENSIONS) as [SubmissionFormat, readonly string[]][]) if (exts.includes(ext)) return format;
  return 'markdown';
}

/** A file that cannot be checked, with a reason a tutor can act on (one line). */
export class UnreadableSubmission extends Error {}

/** A paragraph of the original: where it is in the Markdown, and how it starts. */
export interface Paragraph {
  start: number;
  end: number;
  /** Its first words, for a tutor to search for in the original. */
  excerpt: string;
}

/** A submission as the core checks it. */
export interface Submission {
  format: SubmissionFormat;
  /** Markdown text: the file itself, or what it was converted into. */
  markdown: string;
  /** For a converted file: its paragraphs in order (headings, paragraphs, list items, table cells). */
  paragraphs?: Paragraph[];
}

/**
 * The converters (mammoth, rehype, remark-stringify), loaded on the first
 * Word file or page: a run of Markdown answers, and each worker thread,
 * starts without evaluating them.
 */
const converters = (): Promise<typeof import('./html.js')> => import('./html.js');

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const DAMAGED = 'it is not a Word .docx file, or it is damaged; open it in Word and save it again as .docx';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether a Compound File (OLE) holds a stream of this name (directory entries are UTF-16LE). */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const utf16 = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(utf16);
}

/**
 * Why bytes that should be a .docx cannot be read, or undefined if they look
 * like one. A password-protected .docx is not a zip but an OLE container
 * holding an `EncryptedPackage`; an old Word 97-2003 file is an OLE container
 * too.
 */
export function docxProblem(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) return undefined;
  if (startsWith(bytes, CFB_MAGIC)) {
    if (hasStream(bytes, 'EncryptedPackage')) return 'it is protected with a password; ask for a copy without one';
    return 'this is an old Word 97-2003 file; save it as .docx';
  }
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-') return 'this is a PDF, not a Word file; ask for the .docx';
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf') return 'this is an RTF file; save it as .docx';
  return DAMAGED;
}

/** Converts HTML (a page or a fragment) to Markdown text. */
export async function htmlToMarkdown(html: string): Promise<string> {
  return (await converters()).htmlToMarkdown(html);
}

const WORDS_IN_EXCERPT = 6;

/** The first words of a text, ending in an ellipsis when there are more. */
export function excerptOf(text: string): string {
  const normal = text.replace(/\s+/g, ' ').trim();
  let head = normal.split(' ').slice(0, WORDS_IN_EXCERPT).join(' ');
  if (head.length > 60) head = head.slice(0, 60);
  return head.length < normal.length ? `${head}\u2026` : head;
}

function plainText(node: MdastNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.type === 'html' ? '' : node.value;
  if ('children' in node) return node.children.map((c) => plainText(c as MdastNodes)).join('');
  return '';
}

/**
 * The paragraphs of converted Markdown, in order: each heading, paragraph
 * (in a list item, quote or not) and table cell, as Word counts them; empty
 * ones are left out, as they show nothing to find.
 */
export function paragraphsOf(markdown: string): Paragraph[] {
  const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const found: Paragraph[] = [];
  const walk = (node: MdastNodes): void => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'code') {
      const text = node.type === 'code' ? node.value : plainText(node);
      if (text.trim() !== '') found.push({ start: node.position!.start.offset!, end: node.position!.end.offset!, excerpt: excerptOf(text) });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(tree);
  return found;
}

/** The 1-based paragraph an offset of the Markdown falls in (the one before it, between two), or undefined before the first. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): { paragraph: number; excerpt: string } | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Offset 0 (a message on the whole document) belongs to the first paragraph.
  const p = paragraphs[lo]!;
  return { paragraph: lo + 1, excerpt: p.excerpt };
}

/**
 * Turns a file's bytes into a submission to check.
 *
 * @throws {UnreadableSubmission} for an empty Word file or page, an old or protected Word
 *   file, or a damaged one.
 */
export async function readSubmission(path: string, bytes: Uint8Array, decode: (bytes: Uint8Array) => string): Promise<Submission> {
  let format = formatOf(path);
  // An empty Markdown or text file is an answer with nothing in it yet (checked, as before); an empty Word file or page is broken.
  if (bytes.length === 0 && format !== 'markdown' && format !== 'txt') throw new UnreadableSubmission('it is empty (0 bytes)');
  // Word also saves .docx content under a .doc name: read it as what it is.
  if (format === 'doc' && startsWith(bytes, ZIP_MAGIC)) format = 'docx';
  if (format === 'doc') {
    throw new UnreadableSubmission(startsWith(bytes, CFB_MAGIC) && hasStream(bytes, 'EncryptedPackage') ? 'it is protected with a password; ask for a copy without one' : 'this is an old Word 97-2003 file; save it as .docx');
  }
  if (format === 'markdown' || format === 'txt') return { format, markdown: decode(bytes) };
  if (format === 'docx') {
    const problem = docxProblem(bytes);
    if (problem) throw new UnreadableSubmission(problem);
  }
  const { docxToHtml, htmlToMarkdown } = await converters();
  let html: string;
  try {
    html = format === 'docx' ? await docxToHtml(bytes) : decode(bytes);
  } catch {
    // A zip that is truncated, or holds no Word document.
    throw new UnreadableSubmission(DAMAGED);
  }
  const markdown = await htmlToMarkdown(html);
  if (markdown.trim() === '') throw new UnreadableSubmission(format === 'docx' ? 'the document holds no text' : 'the page holds no text');
  return { format, markdown, paragraphs: paragraphsOf(markdown) };
}
