import assert from 'node:assert/strict';
import { countWords } from '../../src/core/words.js';
import { checker } from './helpers.js';

const wordsOf = (markdown: string): number => countWords(checker.check(markdown).prose, markdown);

describe('word counts', () => {
  it('counts the words of prose, headings included', () => {
    assert.equal(wordsOf('# Sonographers\n\nThey scan babies.\n'), 4);
  });

  it('counts a hyphenated or possessive word once', () => {
    assert.equal(wordsOf("The X-ray is the patient's and cybersecurity's.\n"), 7);
  });

  it('leaves out code, inline code, link URLs, comments and front matter', () => {
    const text = '---\ntitle: My answer here\n---\n\nSee `a b c` [the page](https://example.org/x/y) now.\n\n<!-- a comment -->\n\n```\ncode words\n```\n';
    assert.equal(wordsOf(text), 4);
  });

  it('counts only the words that start inside the ranges given', () => {
    const text = 'One two three. Four five.';
    const { prose } = checker.check(text);
    assert.equal(countWords(prose, text, [{ start: 15, end: 25 }]), 2);
    assert.equal(countWords(prose, text, [{ start: 0, end: 14 }, { start: 4, end: 8 }]), 3);
    assert.equal(countWords(prose, text, []), 0);
  });
});
