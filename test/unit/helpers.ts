import { Checker } from '../../src/core/check.js';

/** One checker over the bundled dataset, shared by the unit tests. */
export const checker = new Checker();

/** Roles found in `markdown` as `id: T/D` strings (T technology described, D duties described, - missing). */
export function coverageOf(markdown: string): string[] {
  return checker.check(markdown).coverage.roles.map((r) => `${r.id}: ${r.technology ? 'T' : '-'}${r.duties ? 'D' : '-'}`);
}

/** Ids of the roles `markdown` names, in order of first mention. */
export function rolesIn(markdown: string): string[] {
  return checker.check(markdown).coverage.roles.map((r) => r.id);
}
