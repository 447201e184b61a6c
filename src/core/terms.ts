/**
 * Finding role and technology names in a token stream: a trie over
 * normalised words, longest match first.
 */
import type { Dataset } from './dataset.js';
import { termKeys, type Token } from './text.js';

/** What a matched name stands for. */
export interface TermTarget {
  kind: 'role' | 'technology';
  id: string;
  /** The name or alias as the dataset spells it. */
  term: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  target?: TermTarget;
  /** For each word of the term, whether it must be written in capitals. */
  caps?: boolean[];
}

/**
 * A name found in the text: tokens `[first, last]` of one token array. It
 * holds no offsets, so it stays valid when the tokens' offsets shift.
 */
export interface TermMatch {
  target: TermTarget;
  first: number;
  last: number;
}

/** All the names of a dataset, ready to match. */
export class TermIndex {
  private readonly root: TrieNode = { next: new Map() };

  constructor(readonly dataset: Dataset) {
    for (const role of dataset.roles) {
      for (const term of [role.name, ...role.aliases]) this.add(term, { kind: 'role', id: role.id, term });
    }
    for (const tech of dataset.technologies) {
      for (const term of [tech.name, ...tech.aliases]) this.add(term, { kind: 'technology', id: tech.id, term });
    }
  }

  private add(term: string, target: TermTarget): void {
    const { keys, caps } = termKeys(term);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    // The first spelling of a name wins; the dataset validator rejects real clashes.
    if (!node.target) {
      node.target = target;
      node.caps = caps;
    }
  }

  /**
   * Finds every name in `tokens`, left to right, longest first, never
   * overlapping. A match never starts or ends inside a word (a word such as
   * `cybersecurity` gives two tokens with the same offsets).
   */
  findAll(tokens: readonly Token[]): TermMatch[] {
    const matches: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match) {
        matches.push(match);
        i = match.last + 1;
      } else {
        i++;
      }
    }
    return matches;
  }

  private matchAt(tokens: readonly Token[], first: number): TermMatch | undefined {
    const head = tokens[first]!;
    if (head.kind !== 'word') return undefined;
    // Not in the middle of a split word.
    if (first > 0 && tokens[first - 1]!.start === head.start && tokens[first - 1]!.kind === 'word') return undefined;
    let node: TrieNode | undefined = this.root;
    let best: TermMatch | undefined;
    for (let i = first; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') break;
      node = node.next.get(token.norm);
      if (!node) break;
      if (node.target && this.casesFit(node.caps!, tokens, first) && !this.splitsWord(tokens, i)) {
        best = { target: node.target, first, last: i };
      }
    }
    return best;
  }

  private splitsWord(tokens: readonly Token[], last: number): boolean {
    const next = tokens[last + 1];
    return next !== undefined && next.kind === 'word' && next.start === tokens[last]!.start;
  }

  private casesFit(caps: readonly boolean[], tokens: readonly Token[], first: number): boolean {
    for (let k = 0; k < caps.length; k++) {
      if (!caps[k]) continue;
      const token = tokens[first + k]!;
      // A one-word abbreviation matches only in capitals; inside a longer name
      // ("Pathology It Technician") any capitalised form will do.
      if (caps.length === 1 ? !token.caps : token.allLower) return false;
    }
    return true;
  }
}
