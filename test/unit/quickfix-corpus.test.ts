import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { quickFixes } from '../../src/core/assist.js';
import type { CheckMessage } from '../../src/core/rules.js';
import { checker } from './helpers.js';

/**
 * Every quick fix on every message of every fixture answer (LF and CRLF):
 * it inserts text at a safe place and does what its title says, and nothing
 * else in the answer changes. (The real-VS-Code suite applies them as one
 * undoable edit each.)
 */
const dirs = ['../fixtures/answers/', '../../examples/'].map((d) => fileURLToPath(new URL(d, import.meta.url)));
const answers = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ name: f, text: readFileSync(dir + f, 'utf8') })));
const dataset = checker.dataset;

/** A message as it reads after text of `length` is inserted at `offset`, for comparing reports. */
function shifted(m: CheckMessage, offset: number, length: number): string {
  // Text inserted where a range ends falls outside it.
  const start = m.start >= offset ? m.start + length : m.start;
  const end = m.end > offset || (m.end === offset && m.start >= offset) ? m.end + length : m.end;
  return `${m.ruleId} ${m.roleId ?? ''} ${start}-${end} ${m.message}`;
}
const key = (m: CheckMessage): string => `${m.ruleId} ${m.roleId ?? ''} ${m.start}-${m.end} ${m.message}`;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

describe('every quick fix on every fixture answer', function () {
  this.timeout(60_000);

  for (const { name, text: lf } of answers) {
    for (const [ending, text] of [
      ['LF', lf],
      ['CRLF', lf.replace(/\n/g, '\r\n')],
    ] as const) {
      it(`${name} (${ending})`, () => {
        const report = checker.check(text);
        assert.ok(report.messages.length > 0 || name.startsWith('good'), `${name} has no messages to fix`);
        let applied = 0;
        for (const message of report.messages) {
          for (const fix of quickFixes(text, report, message, dataset)) {
            const { offset, text: inserted } = fix.insertion;
            const what = `${name} (${ending}) ${key(message)}: ${fix.title}`;
            assert.ok(offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside the text`);
            assert.ok(!(text[offset - 1] === '\r' && text[offset] === '\n'), `${what}: splits a CRLF`);
            assert.ok(!(isWordChar(text[offset - 1]) && isWordChar(text[offset])), `${what}: splits a word`);
            assert.ok(!inserted.includes('\r') || ending === 'CRLF', `${what}: inserts a CR into an LF file`);
            const after = text.slice(0, offset) + inserted + text.slice(offset);
            const fixed = checker.check(after);
            const others = report.messages.filter((m) => m !== message);
            const still = new Set(fixed.messages.map(key));
            if (fix.title.startsWith('Disable') && fix.title.endsWith('for this file')) {
              assert.ok(!fixed.messages.some((m) => m.ruleId === message.ruleId), `${what}: the rule still flags`);
            } else {
              // The message it is for goes (a stem is a placeholder sentence in the role's text; a
              // disable-line comment hides it); every other message stays, only moved along.
              if (fix.title.startsWith('Disable')) assert.ok(!still.has(shifted(message, offset, inserted.length)), `${what}: the message is still there`);
              // A disable-line comment also hides the rule's other messages on that line.
              const hidden = (m: CheckMessage): boolean => fix.title.startsWith('Disable') && m.ruleId === message.ruleId && report.lines.point(m.start).line === report.lines.point(message.start).line;
              for (const m of others) {
                if (m.ruleId === 'too-few-roles' || m.roleId === message.roleId) continue;
                assert.equal(still.has(shifted(m, offset, inserted.length)), !hidden(m), `${what}: changed ${key(m)}`);
              }
            }
            if (fix.preferred) {
              // Left as it is, the stem is a prompt, not a description: the warning stays.
              assert.ok(still.has(shifted(message, offset, inserted.length)), `${what}: the placeholder text silenced the warning`);
              // The stem is read as part of the role's text.
              const role = fixed.coverage.roles.find((r) => r.id === message.roleId);
              assert.ok(role, `${what}: the role is gone`);
              const stemStart = offset + inserted.search(/\S/);
              assert.ok(
                role.scope.some((s) => s.start <= stemStart && stemStart < s.end),
                `${what}: the stem at ${stemStart} is not in the role's text ${JSON.stringify(role.scope)}`,
              );
            }
            applied++;
          }
        }
        assert.equal(applied >= report.messages.length * 3 - report.messages.filter((m) => !m.roleId).length, true, `only ${applied} fixes applied`);
      });
    }
  }
});
