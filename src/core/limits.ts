/**
 * Inputs too large or too deeply nested to check quickly: the parser slows
 * down with the square of list and quote nesting, so an answer nested
 * hundreds of levels deep would take minutes. Such text is skipped with a
 * reason instead of freezing the editor. One scan over the lines.
 */

/** Limits on what is checked. */
export interface Limits {
  /** Largest text checked, in characters. */
  maxLength: number;
  /** Deepest list or block-quote nesting checked. */
  maxDepth: number;
}

/** Defaults for the CLI: large, since a tutor's batch run can wait. The extension sets its own size from a setting. */
export const DEFAULT_LIMITS: Limits = { maxLength: 20 * 1024 * 1024, maxDepth: 100 };

/** Why a text will not be checked, or undefined when it will. */
export function skipReason(source: string, limits: Limits = DEFAULT_LIMITS): string | undefined {
  if (source.length > limits.maxLength) {
    return `it is ${formatSize(source.length)}, more than the ${formatSize(limits.maxLength)} limit`;
  }
  const depth = nestingDepth(source, limits.maxDepth);
  if (depth > limits.maxDepth) return `its lists or block quotes are nested more than ${limits.maxDepth} levels deep`;
  return undefined;
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

/**
 * An upper estimate of the deepest nesting: per line, the block-quote
 * markers and list markers before its text, with every two columns of
 * indentation before a list marker counted as a level. Stops once past `cap`.
 */
export function nestingDepth(source: string, cap = Infinity): number {
  let deepest = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    let depth = 0;
    let columns = 0;
    for (;;) {
      const c = source.charCodeAt(i);
      if (c === 0x20) columns++;
      else if (c === 0x09) columns += 4;
      else if (c === 0x3e /* > */) depth++;
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (source.charCodeAt(i + 1) === 0x20 || source.charCodeAt(i + 1) === 0x09)) {
        depth += 1 + (columns >> 1);
        columns = 0;
      } else if (c >= 0x30 && c <= 0x39) {
        // An ordered list marker, "12. " or "3) ".
        let j = i;
        while (j < n && j - i < 9 && source.charCodeAt(j) >= 0x30 && source.charCodeAt(j) <= 0x39) j++;
        const after = source.charCodeAt(j);
        if ((after !== 0x2e && after !== 0x29) || (source.charCodeAt(j + 1) !== 0x20 && source.charCodeAt(j + 1) !== 0x09)) break;
        depth += 1 + (columns >> 1);
        columns = 0;
        i = j + 1;
      } else break;
      i++;
    }
    if (depth > deepest) {
      deepest = depth;
      if (deepest > cap) return deepest;
    }
    while (i < n && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i++;
    i++;
  }
  return deepest;
}
