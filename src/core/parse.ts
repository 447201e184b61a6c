/** The Markdown parser every front end shares. */
import type { Root } from 'mdast';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * Adds GFM tables to remark-parse, and nothing else of GFM: the rest
 * (autolink literals, footnotes, strikethrough, task lists) reads the same as
 * prose for this linter, and leaving it out makes parsing about a third
 * faster. Bare URLs are skipped by the tokenizer instead.
 */
function remarkTables(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

/** The parser every front end shares: CommonMark, GFM tables and front matter. */
export const markdownParser = unified().use(remarkParse).use(remarkTables).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

/** The micromark extensions of `markdownParser`: GFM tables and front matter. */
export const micromarkExtensions = [gfmTable(), frontmatter(['yaml', 'toml'])];
/** The same for text that does not start a document, where no front matter can open. */
export const bodyExtensions = [micromarkExtensions[0]!];
const mdastExtensions = [gfmTableFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])];

/**
 * Parses Markdown into an mdast tree: what `markdownParser.parse` does,
 * without building a unified file around it for each of a document's pieces.
 */
export function parseMarkdown(source: string): Root {
  return fromMarkdown(source, { extensions: micromarkExtensions, mdastExtensions });
}

