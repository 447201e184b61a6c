/**
 * The role dataset: its types, a validator that says where and why a file is
 * wrong, and the merge of a user's file over the bundled one.
 *
 * The validator follows `data/roles.schema.json`; a unit test checks that it
 * and a JSON Schema validator agree, so the schema stays the one source of
 * the format.
 */
import bundledJson from '../../data/roles.json';

/** Where a fact comes from. */
export interface Source {
  title: string;
  url?: string;
  seed?: string;
}

/** A specific technology, device, system or software. */
export interface Technology {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  sources: Source[];
}

/** A practitioner role. */
export interface Role {
  id: string;
  name: string;
  aliases: string[];
  summary: string;
  technologies: string[];
  duties: string[];
  settings: string[];
  related: string[];
  sources: Source[];
}

/**
 * What a tutor asks of an answer (a criterion file): its code and title, the
 * fewest fully described roles, and roles that must be described.
 */
export interface Criterion {
  /** As the qualification numbers it: "2.1". */
  code: string;
  title?: string;
  /** Fewest fully described roles; below it, `too-few-roles`. */
  minRoles?: number;
  /** Role ids that must be named and fully described; one never named gets `required-role`. */
  mustDescribe?: string[];
}

/** A dataset ready to use: complete entries, looked up by id. */
export interface Dataset {
  /** The criterion of the last file that gives one. */
  criterion?: Criterion;
  roles: Role[];
  technologies: Technology[];
  roleById: ReadonlyMap<string, Role>;
  technologyById: ReadonlyMap<string, Technology>;
  /** For each technology id, the roles that list it. */
  rolesByTechnology: ReadonlyMap<string, Role[]>;
}

/** The JSON form: every field but `id` is optional, so a user file can extend an entry. */
export interface DatasetFile {
  criterion?: Criterion;
  technologies?: Partial<Technology>[];
  roles?: Partial<Role>[];
}

/** A dataset that cannot be used, with the place and the reason. */
export class DatasetError extends Error {
  constructor(
    /** Where in the JSON, as `roles[3].technologies`. */
    readonly path: string,
    readonly reason: string,
    /** The file it came from, when known. */
    readonly file?: string,
  ) {
    super(`${file ? `${file}: ` : ''}${path ? `${path}: ` : ''}${reason}`);
    this.name = 'DatasetError';
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_PATTERN = /^https:\/\//;
const SEEDS = new Set(['000', '004']);

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(path: string, reason: string): never {
  throw new DatasetError(path, reason);
}

function checkKeys(value: Record<string, Json>, path: string, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(path ? `${path}.${key}` : key, 'is not a known property');
  }
}

function checkString(value: Json, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'must be a non-empty string');
  return value;
}

function checkTerm(value: Json, path: string): string {
  const term = checkString(value, path);
  if (term.length < 2 || term.length > 80) fail(path, 'must be 2 to 80 characters long');
  if (term.includes('\n')) fail(path, 'must be on one line');
  if (!/[A-Z]/i.test(term)) fail(path, 'must contain a letter');
  return term;
}

function checkId(value: Json, path: string): string {
  const id = checkString(value, path);
  if (!ID.test(id)) fail(path, `"${id}" must be kebab-case (lower-case letters, digits and single hyphens)`);
  return id;
}

function checkArray(value: Json, path: string, nonEmpty: boolean): Json[] {
  if (!Array.isArray(value)) fail(path, nonEmpty ? 'must be a non-empty array' : 'must be an array');
  if (nonEmpty && value.length === 0) fail(path, 'must be a non-empty array');
  return value;
}

function checkStrings(value: Json, path: string, nonEmpty: boolean, each: (v: Json, p: string) => string): string[] {
  return checkArray(value, path, nonEmpty).map((item, i) => each(item, `${path}[${i}]`));
}

function checkSources(value: Json, path: string): Source[] {
  return checkArray(value, path, false).map((item, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(item)) fail(p, 'must be an object');
    checkKeys(item, p, ['title', 'url', 'seed']);
    const source: Source = { title: checkString(item.title, `${p}.title`) };
    if (item.url !== undefined) {
      const url = checkString(item.url, `${p}.url`);
      if (!URL_PATTERN.test(url)) fail(`${p}.url`, 'must start with https://');
      source.url = url;
    }
    if (item.seed !== undefined) {
      const seed = checkString(item.seed, `${p}.seed`);
      if (!SEEDS.has(seed)) fail(`${p}.seed`, 'must be "000" or "004"');
      source.seed = seed;
    }
    return source;
  });
}

function checkCriterion(value: Json, path: string): Criterion {
  if (!isObject(value)) fail(path, 'must be an object with a "code"');
  checkKeys(value, path, ['code', 'title', 'minRoles', 'mustDescribe']);
  const criterion: Criterion = { code: checkString(value.code, `${path}.code`) };
  if (criterion.code.length > 20 || criterion.code.includes('\n')) fail(`${path}.code`, 'must be one line of at most 20 characters, such as "2.1"');
  if (value.title !== undefined) criterion.title = checkString(value.title, `${path}.title`);
  if (value.minRoles !== undefined) {
    const min = value.minRoles;
    if (typeof min !== 'number' || !Number.isInteger(min) || min < 0) fail(`${path}.minRoles`, 'must be a whole number of 0 or more');
    criterion.minRoles = min;
  }
  if (value.mustDescribe !== undefined) criterion.mustDescribe = checkStrings(value.mustDescribe, `${path}.mustDescribe`, false, checkId);
  return criterion;
}

/**
 * Checks the shape of a parsed dataset file against the schema.
 *
 * @throws {DatasetError} naming the first place that is wrong.
 */
export function validateDatasetFile(value: Json): DatasetFile {
  if (!isObject(value)) fail('', 'the dataset must be a JSON object with "roles" and/or "technologies"');
  checkKeys(value, '', ['$schema', 'criterion', 'roles', 'technologies']);
  const file: DatasetFile = {};
  if (value.criterion !== undefined) file.criterion = checkCriterion(value.criterion, 'criterion');
  if (value.technologies !== undefined) {
    file.technologies = checkArray(value.technologies, 'technologies', false).map((item, i) => {
      const p = `technologies[${i}]`;
      if (!isObject(item)) fail(p, 'must be an object');
      checkKeys(item, p, ['id', 'name', 'aliases', 'summary', 'sources']);
      const tech: Partial<Technology> = { id: checkId(item.id, `${p}.id`) };
      if (item.name !== undefined) tech.name = checkTerm(item.name, `${p}.name`);
      if (item.aliases !== undefined) tech.aliases = checkStrings(item.aliases, `${p}.aliases`, false, checkTerm);
      if (item.summary !== undefined) tech.summary = checkString(item.summary, `${p}.summary`);
      if (item.sources !== undefined) tech.sources = checkSources(item.sources, `${p}.sources`);
      return tech;
    });
  }
  if (value.roles !== undefined) {
    file.roles = checkArray(value.roles, 'roles', false).map((item, i) => {
      const p = `roles[${i}]`;
      if (!isObject(item)) fail(p, 'must be an object');
      checkKeys(item, p, ['id', 'name', 'aliases', 'summary', 'technologies', 'duties', 'settings', 'related', 'sources']);
      const role: Partial<Role> = { id: checkId(item.id, `${p}.id`) };
      if (item.name !== undefined) role.name = checkTerm(item.name, `${p}.name`);
      if (item.aliases !== undefined) role.aliases = checkStrings(item.aliases, `${p}.aliases`, false, checkTerm);
      if (item.summary !== undefined) role.summary = checkString(item.summary, `${p}.summary`);
      if (item.technologies !== undefined) role.technologies = checkStrings(item.technologies, `${p}.technologies`, true, checkId);
      if (item.duties !== undefined) role.duties = checkStrings(item.duties, `${p}.duties`, true, checkString);
      if (item.settings !== undefined) role.settings = checkStrings(item.settings, `${p}.settings`, false, checkString);
      if (item.related !== undefined) role.related = checkStrings(item.related, `${p}.related`, false, checkId);
      if (item.sources !== undefined) role.sources = checkSources(item.sources, `${p}.sources`);
      return role;
    });
  }
  return file;
}

function union(a: readonly string[], b: readonly string[] | undefined): string[] {
  if (!b) return [...a];
  const seen = new Set(a);
  const out = [...a];
  for (const item of b) {
    if (!seen.has(item)) {
      seen.add(item);
      out.push(item);
    }
  }
  return out;
}

/**
 * Builds a usable dataset from validated files, later files adding entries or
 * extending those with the same id (names and summaries replace, lists are
 * joined).
 *
 * @throws {DatasetError} for a duplicate id within one file, a new entry
 *   without a name, an unknown technology or related id, or a name claimed by
 *   two entries.
 */
export function buildDataset(files: readonly { file: DatasetFile; name?: string }[]): Dataset {
  const technologies = new Map<string, Technology>();
  const roles = new Map<string, Role>();
  const owners = new Map<string, string>();
  let criterion: Criterion | undefined;
  for (const { file, name } of files) {
    try {
      mergeFile(file, technologies, roles);
      claimTerms(file, owners);
      if (file.criterion) {
        (file.criterion.mustDescribe ?? []).forEach((id, i) => {
          if (!roles.has(id)) fail(`criterion.mustDescribe[${i}]`, `"${id}" is not the id of any role`);
        });
        criterion = file.criterion;
      }
    } catch (error) {
      if (error instanceof DatasetError && name && !error.file) throw new DatasetError(error.path, error.reason, name);
      throw error;
    }
  }
  const rolesByTechnology = new Map<string, Role[]>();
  for (const role of roles.values()) {
    // mergeFile has checked every technology id against the technologies known by then.
    for (const id of role.technologies) {
      const list = rolesByTechnology.get(id) ?? [];
      list.push(role);
      rolesByTechnology.set(id, list);
    }
    role.related = role.related.filter((id) => id !== role.id && roles.has(id));
  }
  return {
    ...(criterion ? { criterion } : {}),
    roles: [...roles.values()],
    technologies: [...technologies.values()],
    roleById: roles,
    technologyById: technologies,
    rolesByTechnology,
  };
}

function mergeFile(file: DatasetFile, technologies: Map<string, Technology>, roles: Map<string, Role>): void {
  const seenTech = new Set<string>();
  (file.technologies ?? []).forEach((entry, i) => {
    const id = entry.id!;
    if (seenTech.has(id)) fail(`technologies[${i}].id`, `"${id}" is used twice in this file`);
    seenTech.add(id);
    const existing = technologies.get(id);
    if (existing) {
      technologies.set(id, {
        ...existing,
        name: entry.name ?? existing.name,
        summary: entry.summary ?? existing.summary,
        aliases: union(existing.aliases, entry.aliases),
        sources: [...existing.sources, ...(entry.sources ?? [])],
      });
    } else {
      if (!entry.name) fail(`technologies[${i}].name`, 'is required for a new technology');
      technologies.set(id, {
        id,
        name: entry.name,
        aliases: entry.aliases ?? [],
        summary: entry.summary ?? '',
        sources: entry.sources ?? [],
      });
    }
  });
  const seenRoles = new Set<string>();
  (file.roles ?? []).forEach((entry, i) => {
    const id = entry.id!;
    if (seenRoles.has(id)) fail(`roles[${i}].id`, `"${id}" is used twice in this file`);
    seenRoles.add(id);
    const existing = roles.get(id);
    if (existing) {
      roles.set(id, {
        ...existing,
        name: entry.name ?? existing.name,
        summary: entry.summary ?? existing.summary,
        aliases: union(existing.aliases, entry.aliases),
        technologies: union(existing.technologies, entry.technologies),
        duties: union(existing.duties, entry.duties),
        settings: union(existing.settings, entry.settings),
        related: union(existing.related, entry.related),
        sources: [...existing.sources, ...(entry.sources ?? [])],
      });
    } else {
      if (!entry.name) fail(`roles[${i}].name`, 'is required for a new role');
      roles.set(id, {
        id,
        name: entry.name,
        aliases: entry.aliases ?? [],
        summary: entry.summary ?? '',
        technologies: entry.technologies ?? [],
        duties: entry.duties ?? [],
        settings: entry.settings ?? [],
        related: entry.related ?? [],
        sources: entry.sources ?? [],
      });
    }
    (entry.technologies ?? []).forEach((techId, t) => {
      if (!technologies.has(techId)) fail(`roles[${i}].technologies[${t}]`, `"${techId}" is not the id of any technology`);
    });
  });
}

function termKey(term: string): string {
  return term.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Records who each name and alias in `file` belongs to, failing (at the
 * term's place in this file) when an earlier entry or file already has it.
 */
function claimTerms(file: DatasetFile, owners: Map<string, string>): void {
  const claim = (term: string, who: string, path: string): void => {
    const key = termKey(term);
    const previous = owners.get(key);
    if (previous !== undefined && previous !== who) fail(path, `"${term}" is already a name or alias of ${previous}`);
    owners.set(key, who);
  };
  for (const [kind, list, entries] of [
    ['role', 'roles', file.roles],
    ['technology', 'technologies', file.technologies],
  ] as const) {
    (entries ?? []).forEach((entry: Partial<Role> | Partial<Technology>, i) => {
      const who = `${kind} "${entry.id}"`;
      if (entry.name) claim(entry.name, who, `${list}[${i}].name`);
      (entry.aliases ?? []).forEach((alias, a) => claim(alias, who, `${list}[${i}].aliases[${a}]`));
    });
  }
}

/**
 * The largest dataset file read, in bytes: 2 MB, more than ten times the
 * bundled dataset (about 160 KB). A larger file is almost certainly the
 * wrong file, and would slow every check down.
 */
export const MAX_DATASET_BYTES = 2 * 1024 * 1024;

/** Why a dataset file of `bytes` is refused, or undefined when its size is fine. */
export function datasetSizeProblem(bytes: number, name?: string): DatasetError | undefined {
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new DatasetError('', `is ${mb} MB; a dataset file may be at most ${MAX_DATASET_BYTES / 1024 / 1024} MB (is it the right file?)`, name);
}

/**
 * Parses the text of a dataset file.
 *
 * @throws {DatasetError} with a reason a student or tutor can act on.
 */
export function parseDatasetText(text: string, name?: string): DatasetFile {
  // UTF-16 length: a lower bound on the size in bytes, so nothing over the limit gets through.
  const tooBig = datasetSizeProblem(text.length, name);
  if (tooBig) throw tooBig;
  let value: Json;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DatasetError('', `is not valid JSON (${(error as Error).message})`, name);
  }
  try {
    return validateDatasetFile(value);
  } catch (error) {
    if (error instanceof DatasetError) throw new DatasetError(error.path, error.reason, name);
    /* c8 ignore next 2 -- validateDatasetFile throws only DatasetError; anything else is a bug and must surface */
    throw error;
  }
}

let bundled: Dataset | undefined;

/** The dataset shipped with the extension, validated once. */
export function bundledDataset(): Dataset {
  bundled ??= buildDataset([{ file: validateDatasetFile(bundledJson), name: 'data/roles.json' }]);
  return bundled;
}

/** The bundled dataset plus user files, in order; the bundled one is used alone when there are none. */
export function datasetWith(userFiles: readonly { file: DatasetFile; name: string }[]): Dataset {
  if (userFiles.length === 0) return bundledDataset();
  return buildDataset([{ file: validateDatasetFile(bundledJson), name: 'data/roles.json' }, ...userFiles]);
}
