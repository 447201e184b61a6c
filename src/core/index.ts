/** The public API of the core: what the CLI, the extension and library users build on. */
export { analyzeProse, type Coverage, type Mention, type RoleCoverage, type TechnologyMention } from './analyze.js';
export { Checker, markdownParser, parseMarkdown, summarize, type DocumentReport, type JsonFileReport } from './check.js';
export {
  bundledDataset,
  buildDataset,
  datasetWith,
  DatasetError,
  parseDatasetText,
  validateDatasetFile,
  type Dataset,
  type DatasetFile,
  type Role,
  type Technology,
} from './dataset.js';
export { default as remarkCourseworkRoles, SOURCE } from './plugin.js';
export { isDescribed, LineIndex, RULE_IDS, ruleDocPath, ruleDocUrl, type CheckMessage, type CheckOptions, type RuleId, type Severity } from './rules.js';
export { caseFor, completionsAt, coverageReport, hoverAt, whatWasRead, quickFixes, roleCard, statusOf, technologyCard } from './assist.js';
export { DocumentSession, type UpdateStats } from './session.js';
export { DEFAULT_LIMITS, skipReason, type Limits } from './limits.js';
export { countWords, type Range } from './words.js';
