/**
 * The rules: from a document's coverage to messages, honouring control
 * comments and the user's severity settings.
 */
import type { Coverage, Mention, RoleCoverage } from './analyze.js';
import type { Dataset } from './dataset.js';
import type { Control } from './prose.js';

/** The id of a rule, as shown in messages and used in control comments and settings. */
export type RuleId = 'missing-technology' | 'missing-duties' | 'too-few-roles' | 'required-role';

/** How a rule's messages are shown; `off` drops them. */
export type Severity = 'error' | 'warning' | 'info' | 'off';

/** The rules, in the order their messages are sorted. */
export const RULE_IDS: readonly RuleId[] = ['missing-technology', 'missing-duties', 'too-few-roles', 'required-role'];

/**
 * Where a rule's page is, relative to the package root: `docs/rules/<rule>.md`.
 * The pages ship in the npm package and the .vsix; each front end turns this
 * into an address it can open (a `file:` URL, or the extension's help scheme).
 */
export function ruleDocPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** The `file:` URL of a rule's page, given the package root's URL (ending in `/`). */
export function ruleDocUrl(ruleId: string, packageRoot: string | URL): string {
  return new URL(ruleDocPath(ruleId), packageRoot).href;
}

/** Options every front end (CLI, extension, remark plugin) shares. */
export interface CheckOptions {
  /**
   * Fewest fully described roles before `too-few-roles` fires; 0 turns it off.
   * When not given, the dataset's criterion sets it (off without one).
   */
  minRoles?: number;
  /** Severity per rule; `warning` by default. */
  severity?: Partial<Record<RuleId, Severity>>;
}

/** A place in the document: offsets plus 1-based line and column (end exclusive, as in unist). */
export interface Place {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One thing the linter reports. */
export interface CheckMessage extends Place {
  ruleId: RuleId;
  /** The role it is about (none for `too-few-roles`). */
  roleId?: string;
  severity: Exclude<Severity, 'off'>;
  message: string;
  /** The role's other mentions. */
  related: Place[];
}

/** Maps offsets to 1-based lines and columns. CR, LF and CRLF all end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    if (!source.includes('\r')) {
      // Only LF endings: indexOf scans natively.
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 0x0a) this.starts.push(i + 1);
      else if (c === 0x0d) {
        if (source.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line and column of an offset. */
  point(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  place(start: number, end: number): Place {
    const a = this.point(start);
    const b = this.point(end);
    return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}

function describe(rule: 'missing-technology' | 'missing-duties', name: string): string {
  switch (rule) {
    case 'missing-technology':
      return `${name} is named but no specific technology it uses is described`;
    case 'missing-duties':
      return `${name} is named but its duties are not described`;
  }
}

/** Whether a rule is off at a given line, from the control comments. */
function controlled(controls: readonly Control[], lines: LineIndex): (rule: RuleId, line: number) => boolean {
  const sorted = [...controls].sort((a, b) => a.start - b.start);
  const events = sorted.map((c) => ({ ...c, line: lines.point(c.start).line, endLine: lines.point(c.end).line }));
  return (rule, line) => {
    let off = false;
    for (const c of events) {
      const applies = c.rules.length === 0 || c.rules.includes(rule);
      if (!applies) continue;
      if (c.action === 'disable-next-line' && c.endLine + 1 === line) return true;
      if (c.action === 'disable-line' && c.line <= line && line <= c.endLine) return true;
      if (c.line > line) continue;
      if (c.action === 'disable') off = true;
      else if (c.action === 'enable') off = false;
    }
    return off;
  };
}

/** Applies the rules to a document's coverage. */
export function messagesFor(
  coverage: Coverage,
  dataset: Dataset,
  controls: readonly Control[],
  lines: LineIndex,
  options: CheckOptions = {},
): CheckMessage[] {
  const isOff = controlled(controls, lines);
  const messages: CheckMessage[] = [];
  const severityOf = (rule: RuleId): Severity => options.severity?.[rule] ?? 'warning';
  const push = (rule: RuleId, place: Place, message: string, roleId: string | undefined, related: Place[]): void => {
    const severity = severityOf(rule);
    if (severity === 'off' || isOff(rule, place.line)) return;
    messages.push({ ...place, ruleId: rule, ...(roleId ? { roleId } : {}), severity, message, related });
  };
  for (const role of coverage.roles) {
    const name = dataset.roleById.get(role.id)?.name ?? role.id;
    const place = lines.place(role.main.start, role.main.end);
    const related = role.mentions.filter((m) => m !== role.main).map((m: Mention) => lines.place(m.start, m.end));
    if (!role.technology) push('missing-technology', place, describe('missing-technology', name), role.id, related);
    if (!role.duties) push('missing-duties', place, describe('missing-duties', name), role.id, related);
  }
  const criterion = dataset.criterion;
  if (criterion?.mustDescribe?.length) {
    const named = new Set(coverage.roles.map((r) => r.id));
    for (const id of criterion.mustDescribe) {
      if (named.has(id)) continue;
      const name = dataset.roleById.get(id)?.name ?? id;
      push('required-role', lines.place(0, 0), `${name} is required by criterion ${criterion.code} but is never named: describe its technology and duties`, id, []);
    }
  }
  const min = minRolesFor(dataset, options);
  const described = coverage.roles.filter(isDescribed).length;
  if (min > 0 && described < min) {
    push(
      'too-few-roles',
      lines.place(0, 0),
      `${described} of the ${min} fully described roles asked for: describe ${min - described} more with their technology and duties`,
      undefined,
      [],
    );
  }
  return messages.sort((a, b) => a.start - b.start || RULE_IDS.indexOf(a.ruleId) - RULE_IDS.indexOf(b.ruleId));
}

/** The minimum for `too-few-roles`: the option when given, else the criterion's, else 0 (off). */
export function minRolesFor(dataset: Dataset, options: CheckOptions = {}): number {
  return options.minRoles ?? dataset.criterion?.minRoles ?? 0;
}

/** Whether a role is fully described: technology and duties. */
export function isDescribed(role: RoleCoverage): boolean {
  return role.technology && role.duties;
}
