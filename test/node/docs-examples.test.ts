// The content examples of docs/authoring.md pass `stall-elements check` as printed, and its
// example of a broken file prints exactly the messages the doc shows.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../scripts/cli.js';

const doc = readFileSync('docs/authoring.md', 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'stall-docs-'));

function check(...argv: string[]): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = main(argv, (line) => lines.push(...line.split('\n')));
  return { code, lines };
}

const examples = [...doc.matchAll(/<!-- example: ([a-z]+) (\S+) -->\s*```markdown\n([\s\S]*?)\n```/g)].map(([, kind, file, source]) => ({ kind, file, source }));

describe('docs/authoring.md', () => {
  it('has a complete example of every content kind', () => {
    assert.deepEqual(examples.map((e) => e.kind).sort(), ['articles', 'checklists', 'crisis', 'decisions', 'progress', 'ui']);
  });

  for (const { kind, file, source } of examples) {
    it(`its ${kind} example passes the check`, () => {
      const at = path.join(dir, file);
      writeFileSync(at, `${source}\n`);
      const { code, lines } = check('check', '--kind', kind, at);
      assert.deepEqual(lines, ['1 file checked: no errors']);
      assert.equal(code, 0);
    });
  }

  it('prints what the doc says for its broken example', () => {
    const [, kind, file, edits, shown] = /<!-- broken: ([a-z]+) (\S+) (.*?) -->\s*```\n\$ npx stall-elements (.*?)\n```/s.exec(doc) ?? [];
    assert.ok(kind, 'the doc shows a broken example');
    const [command, ...expected] = shown.split('\n');
    let source = examples.find((e) => e.file === file)!.source;
    for (const edit of edits.split(' | ')) {
      const key = edit.slice(0, edit.indexOf(':'));
      source = source.replace(new RegExp(`^${key}: .*$`, 'm'), edit);
    }
    const folder = mkdtempSync(path.join(tmpdir(), 'stall-broken-'));
    writeFileSync(path.join(folder, file), `${source}\n`);
    const cwd = process.cwd();
    process.chdir(folder);
    try {
      const { code, lines } = check(...command.split(' '));
      assert.deepEqual(lines, expected);
      assert.equal(code, 1);
    } finally {
      process.chdir(cwd);
    }
    assert.equal(command, `check --kind ${kind} ${file}`);
  });
});
