/**
 * The linter as a unified (remark) plugin, for people who already run remark:
 *
 * ```js
 * import { remark } from 'remark';
 * import remarkGfm from 'remark-gfm';
 * import remarkFrontmatter from 'remark-frontmatter';
 * import remarkCourseworkRoles from 'coursework-roles/remark';
 *
 * const file = await remark().use(remarkGfm).use(remarkFrontmatter).use(remarkCourseworkRoles, { minRoles: 4 }).process(text);
 * ```
 *
 * Messages carry `ruleId`, `source` ('coursework-roles'), `url` (the `file:`
 * URL of the rule's page, `docs/rules/<rule>.md` in the installed package), `place`, `fatal` (true for `error`, false for `warning`,
 * undefined for `info`, as in unified-language-server) and, in `data`, the
 * role id and its other mentions.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { Checker } from './check.js';
import { DatasetError, datasetWith, validateDatasetFile } from './dataset.js';
import { ruleDocUrl, type CheckOptions } from './rules.js';

/** The package root relative to this module: set by the build for dist/remark.mjs; src/core/ when run from source. */
declare const PACKAGE_ROOT: string | undefined;
const packageRoot = new URL(typeof PACKAGE_ROOT === 'string' ? PACKAGE_ROOT : '../../', import.meta.url);

/** Options of the remark plugin. */
export interface RemarkCourseworkRolesOptions extends CheckOptions {
  /** Extra roles and technologies, as parsed JSON in the format of data/roles.json. */
  dataset?: unknown;
}

/** The source name on every message. */
export const SOURCE = 'coursework-roles';

/** Checks that every role a document names is described with its technology and duties. */
export default function remarkCourseworkRoles(options: RemarkCourseworkRolesOptions = {}) {
  let checker: Checker | undefined;
  let problem: string | undefined;
  try {
    checker = options.dataset === undefined ? new Checker() : new Checker(datasetWith([{ file: validateDatasetFile(options.dataset), name: 'options.dataset' }]));
  } catch (error) {
    /* c8 ignore next -- a DatasetError is the only error expected here; anything else is a bug and must surface */
    if (!(error instanceof DatasetError)) throw error;
    problem = error.message;
  }
  return (tree: Root, file: VFile): undefined => {
    if (!checker) {
      file.fail(`Cannot use the dataset: ${problem}`, { ruleId: 'dataset', source: SOURCE });
    }
    const report = checker.checkTree(tree, String(file.value), options);
    for (const m of report.messages) {
      const message = file.message(m.message, {
        place: { start: { line: m.line, column: m.column, offset: m.start }, end: { line: m.endLine, column: m.endColumn, offset: m.end } },
        ruleId: m.ruleId,
        source: SOURCE,
      });
      message.url = ruleDocUrl(m.ruleId, packageRoot);
      message.fatal = m.severity === 'error' ? true : m.severity === 'warning' ? false : undefined;
      // Not a vfile-message field: editors and reporters that know it show the related mentions.
      (message as typeof message & { data?: unknown }).data = { roleId: m.roleId, related: m.related };
    }
    return undefined;
  };
}
