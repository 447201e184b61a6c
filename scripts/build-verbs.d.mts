export interface Verbs {
  generatedBy: string;
  source: string;
  verbs: string[];
}
export const VERBS_PATH: string;
export function buildVerbs(dict?: string): Verbs;
export function verbsText(list: Verbs): string;
