/**
 * The converters behind convert.ts: Word to HTML with mammoth, and HTML to
 * Markdown with rehype-parse, rehype-remark and remark-stringify. Loaded on
 * the first Word file or page only (see `converters` in convert.ts).
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified, type Processor } from 'unified';

/**
 * Word styles to HTML: the six heading styles (and Title) as headings, by
 * name as Word, Google Docs and LibreOffice write them. Comments are left out
 * (mammoth adds them only when asked), and so are tracked deletions, headers
 * and footers; tracked insertions are kept, as Word shows them.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='Heading ${n}'] => h${n}:fresh`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `p[style-name='heading ${n}'] => h${n}:fresh`),
];

/**
 * Converts .docx bytes to HTML.
 *
 * @throws when the bytes are not a Word document (a truncated zip, or one without a document part).
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    // Pictures name nothing: they are left out unread, instead of inlined as megabytes of base64.
    { styleMap: STYLE_MAP, includeDefaultStyleMap: true, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  );
  return result.value;
}

const isElement = (node: HastContent | ElementContent): node is Element => node.type === 'element';

/**
 * What is not the student's answer in an exported web page: tracked
 * deletions and crossed-out text (Word's strikethrough, which mammoth writes
 * as `<s>`), comments, page furniture, empty anchors.
 */
function isNotAnswer(node: Element): boolean {
  if (['del', 's', 'strike', 'header', 'footer', 'nav', 'script', 'style', 'template'].includes(node.tagName)) return true;
  // Word's bookmarks (mammoth writes them as empty anchors) hold nothing.
  if (node.tagName === 'a' && node.children.length === 0) return true;
  // A picture names nothing (its alt text is not prose the student wrote in the answer's flow).
  if (node.tagName === 'img') return true;
  const style = String(node.properties?.style ?? '');
  // Word's "Save as Web Page": comments live in mso-element blocks.
  if (/mso-element:\s*(?:comment|header|footer)/i.test(style)) return true;
  // Google Docs: a comment's marker is a link to #cmnt…, its text a block holding a link back to #cmnt_ref….
  const links = (n: Element): string[] => [String(n.properties?.href ?? ''), ...n.children.filter(isElement).flatMap(links)];
  if (node.tagName === 'sup' && links(node).some((h) => /^#cmnt\d/.test(h))) return true;
  if (node.tagName === 'div' && links(node).some((h) => /^#cmnt_ref\d/.test(h))) return true;
  return false;
}

/** Whether an inline style makes text bold (Google Docs writes bold as a styled span). */
function isBoldSpan(node: Element): boolean {
  if (node.tagName !== 'span') return false;
  const weight = /font-weight:\s*(\w+)/i.exec(String(node.properties?.style ?? ''))?.[1];
  return weight !== undefined && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600);
}

/** Removes what is not the answer and turns bold spans into `<strong>`, in place. */
function cleanHast(tree: HastRoot): void {
  const clean = (parent: HastRoot | Element): void => {
    parent.children = parent.children.filter((child) => !(isElement(child) && isNotAnswer(child))) as typeof parent.children;
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (isBoldSpan(child)) child.tagName = 'strong';
      clean(child);
    }
  };
  clean(tree);
}

/** Adds the GFM table syntax to remark-stringify (the rest of GFM is not needed). */
function remarkStringifyTables(this: Processor): void {
  const data = this.data() as { toMarkdownExtensions?: unknown[] };
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}

const htmlToMarkdownProcessor = unified()
  .use(rehypeParse)
  .use(() => cleanHast)
  .use(rehypeRemark)
  .use(remarkStringifyTables)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fences: true, rule: '-' })
  .freeze();

/** Converts HTML (a page or a fragment) to Markdown text. */
export async function htmlToMarkdown(html: string): Promise<string> {
  return String(await htmlToMarkdownProcessor.process(html));
}

