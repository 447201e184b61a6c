/** The Markdown parser every front end shares. */
import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The GFM this linter reads: tables, and strikethrough (`~~crossed out~~`),
 * as text the writer deleted is not part of the answer, just as a Word
 * file's tracked deletions are not. Only the double tilde strikes through:
 * students write "~30 minutes" for "about". The rest of GFM (autolink
 * literals, footnotes, task lists) reads the same as prose for this linter,
 * and leaving it out keeps parsing about a third faster. Bare URLs are
 * skipped by the tokenizer instead.
 */
const gfmSyntax = [gfmTable(), gfmStrikethrough({ singleTilde: false })];
const gfmTrees = [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()];

/** Adds `gfmSyntax` to remark-parse. */
function remarkGfmParts(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(...gfmSyntax);
  (data.fromMarkdownExtensions ??= []).push(...gfmTrees);
}

/** The parser every front end shares: CommonMark, GFM tables and strikethrough, and front matter. */
export const markdownParser = unified().use(remarkParse).use(remarkGfmParts).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** The micromark extensions of `markdownParser`: GFM tables and strikethrough, and front matter. */
export const micromarkExtensions = [...gfmSyntax, frontmatter(['yaml', 'toml'])];
/** The same for text that does not start a document, where no front matter can open. */
export const bodyExtensions = gfmSyntax;
const mdastExtensions = [...gfmTrees, frontmatterFromMarkdown(['yaml', 'toml'])];

/**
 * Parses Markdown into an mdast tree: what `markdownParser.parse` does,
 * without building a unified file around it for each of a document's pieces.
 */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: micromarkExtensions, mdastExtensions });
}

