// The library's own front-matter parser against the `yaml` package (a devDependency kept for this
// test only): the same values and the same lines on every content file and fixture and on each
// supported feature, and a clear error naming the line for what it does not support.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { splitFrontMatter } from '../../src/content/parse.js';
import { parseYamlSubset, YamlSubsetError } from '../../src/content/yaml-subset.js';

const filesWithFrontMatter = [
  ...readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => `content/${name}`),
  ...readdirSync('test/fixtures', { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(?:md|markdown)$/.test(name))
    .map((name) => `test/fixtures/${name}`),
];

/** What the yaml package reads, or undefined when it reports an error. */
function yamlPackage(text: string): { value: unknown; lines: Map<string, number> } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) return undefined;
  const lines = new Map<string, number>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (!isNode(node) || !node.range) return;
    lines.set(path.join('.'), counter.linePos(node.range[0]).line);
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
  };
  walk(doc.contents, []);
  return { value: doc.toJS(), lines };
}

function assertSameAsYamlPackage(text: string, name: string): void {
  const expected = yamlPackage(text);
  assert.ok(expected, `${name}: the yaml package reports an error`);
  const ours = parseYamlSubset(text);
  assert.deepEqual(ours.value, expected.value, `${name}: values differ`);
  for (const [path, line] of expected.lines) {
    assert.equal(ours.lineOf(path ? path.split('.') : []), line, `${name}: line of "${path}"`);
  }
}

function errorOf(text: string): string {
  try {
    parseYamlSubset(text);
  } catch (error) {
    assert.ok(error instanceof YamlSubsetError, `expected a YamlSubsetError, got ${String(error)}`);
    return `${error.line}: ${error.message}`;
  }
  assert.fail(`accepted: ${JSON.stringify(text)}`);
}

describe('front-matter YAML parser', () => {
  it('reads every content file and fixture exactly as the yaml package does, values and lines', () => {
    assert.ok(filesWithFrontMatter.length >= 40, `only ${filesWithFrontMatter.length} files found`);
    for (const file of filesWithFrontMatter) {
      const split = splitFrontMatter(readFileSync(file, 'utf8'));
      assert.ok(split, `${file} has no front matter`);
      assertSameAsYamlPackage(split.yaml, file);
    }
  });

  const features: Record<string, string> = {
    'core-schema scalars': 'a: 1\nb: -2\nc: 1.5\nd: .5\ne: 1e3\nf: 0x1F\ng: 0o17\nh: +3\ni: .inf\nj: -.Inf\nk: true\nl: False\nm: ~\nn: null\no:\np: 2026-11-22\nq: 116 123\nr: "999"\ns: 007\nt: 12:30',
    'double-quoted escapes': 'a: "x \\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600 \\/ \\_ end"',
    'single quotes': "a: 'it''s ok'\nb: 'x \"y\"'\nc: ''\nd: \"\"",
    'quoted values over several lines': 'a: "double\n  folded\n\n  paragraph"\nb: \'single\n  folded\'\nc: "escaped\\\n  break"',
    'literal blocks and chomping': 'a: |\n  one\n\n  three\n\n\nb: |-\n  one\n  two\n\nc: |+\n  kept\n\n\nd: |2\n    two more\n  base\ne: |\n  # not a comment\n  x # y\nf: |\n  last',
    'folded blocks': 'a: >\n  folded\n  text\n\n  paragraph\n    indented\n  back\nb: >-\n  stripped\n  text\nc: >+\n  kept\n\n',
    'plain values over several lines': 'a: plain\n  continued\n\n  after a blank line\nb: 2',
    'flow collections': 'a: [x, "y", 3, [n, m], {k: v}]\nb: {a: 1, "b c": [2], d: }\nc: []\nd: {}\ne: [a b, c.d, ]\nf: [x,\n  y]',
    'lists of fields and lists at their key\'s indentation': 'list:\n  - a: 1\n    b: 2\n  -\n    d: 4\n  - - n1\n    - n2\n  - plain\n  -\nsame:\n- a\n- b\nnext: 1',
    comments: '# first\na: 1 # after\nb: "q" # after a quote\nc: [1] # after a list\nd: x#not-a-comment\ne: https://example.org/a#b',
    'quoted keys and odd text': '"quoted key": 1\n\'single\': 2\nkey with spaces: v\nemoji: 😀 ok\n__proto__: an ordinary key',
    'a list as the whole document': '- a\n- b',
    'a sentence as the whole document': 'just a sentence',
    'nothing at all': '# only a comment',
  };
  for (const [name, text] of Object.entries(features)) {
    it(`reads ${name} as the yaml package does`, () => assertSameAsYamlPackage(text, name));
  }

  it('names the line and the problem for YAML it refuses or that is broken', () => {
    assert.equal(errorOf('a: 1\nb: &x 2\nc: *x'), '2: anchors and aliases (& and *) are not supported: write the value out in full');
    assert.equal(errorOf('a: !tag x'), '1: tags (!) are not supported');
    assert.equal(errorOf('a: 1\nb: [oops'), '2: the list that opens with [ is never closed with ]');
    assert.equal(errorOf('a: 1\nb: 2\na: 3'), '3: the key "a" appears twice');
    assert.equal(errorOf('a: {x: 1, x: 2}'), '1: the key "x" appears twice');
    assert.equal(errorOf('a:\n\tb: 1'), '2: indent with spaces, not tabs');
    assert.equal(errorOf('a: 1\n  b: 2'), '2: this line is indented more than the field above it');
    assert.equal(errorOf('a: b: c'), '1: a value with ": " in it must be in quotes');
    assert.equal(errorOf('a: "never closed'), '1: the quoted value is never closed with "');
    assert.equal(errorOf('a: "\\q"'), '1: unknown escape "\\q" in a double-quoted value');
    assert.equal(errorOf('a: "x" y'), '1: unexpected text after the value: "y"');
    assert.equal(errorOf('a: - b'), '1: a list must start on the line below its key, one "- " item per line');
    assert.equal(errorOf('a: %x'), '1: a value that starts with % must be in quotes');
    assert.equal(errorOf('a: |x\n  y'), '1: after | only "-" or "+" and an indentation digit may follow on the same line');
    assert.equal(errorOf('a: |\n   three\n  two'), '3: this line is indented less than the first line of its block');
    assert.equal(errorOf('a: [k: v]'), '1: a "key: value" inside [ ] is not supported: use { } for fields');
    assert.equal(errorOf('a: 1\n? complex\n'), '2: expected "key: value"');
    assert.equal(errorOf('a: ok\nb: x\u0007y'), '2: the character U+0007 is not allowed in YAML');
  });

  it('refuses nesting deeper than 64 levels instead of running out of stack', () => {
    assert.equal(errorOf(`title: ${'['.repeat(50_000)}`), '1: lists and fields are nested more than 64 levels deep');
    assert.equal(errorOf('- '.repeat(50_000) + 'x'), '1: lists and fields are nested more than 64 levels deep');
    const stairs = Array.from({ length: 100 }, (_, depth) => `${' '.repeat(depth)}k${depth}:`).join('\n');
    assert.match(errorOf(stairs), /^\d+: lists and fields are nested more than 64 levels deep$/);
  });

  // Issue 12: 100,000 list entries cost seconds of checks and 100,000 lines of errors, and 150,000
  // overflowed the stack. Refused at the limit now, in a few milliseconds, with the line.
  it('refuses more lines, entries or values than any content file has, quickly and with the line', () => {
    const timed = (text: string) => {
      const start = performance.now();
      const error = errorOf(text);
      return { error, ms: performance.now() - start };
    };
    const lines = timed(`items:\n${'  - a\n'.repeat(150_000)}`);
    assert.equal(lines.error, '30001: more than 30,000 lines');
    assert.ok(lines.ms < 200, `${lines.ms} ms`);
    assert.equal(errorOf(`items:\n${'  - a\n'.repeat(25_000)}`), '2002: a list of more than 2,000 entries');
    const flow = timed(`items: [${Array.from({ length: 10_000 }, () => 'a').join(', ')}]`);
    assert.equal(flow.error, '1: a list of more than 2,000 entries');
    // Generous for a busy 2-core machine: the old parser took about a second here.
    assert.ok(flow.ms < 250, `${flow.ms} ms`);
    assert.equal(errorOf(Array.from({ length: 2_001 }, (_, i) => `key${i}: v`).join('\n')), '2001: more than 2,000 fields in one set');
    const many = Array.from({ length: 15 }, (_, list) => `l${list}:\n${'  - a\n'.repeat(1_500)}`).join('');
    assert.match(errorOf(many), /^\d+: more than 20,000 values$/);
    // Up to the limits, all is read.
    const keys = Array.from({ length: 2_000 }, (_, i) => `key${i}: v`).join('\n');
    assert.equal(Object.keys(parseYamlSubset(keys).value as object).length, 2_000);
    assert.equal((parseYamlSubset(`a: [${Array.from({ length: 2_000 }, (_, i) => i).join(', ')}]`).value as { a: number[] }).a.length, 2_000);
  });
});
