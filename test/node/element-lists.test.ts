// The two lists of tags agree: src/define.ts (the npm entry, every tag at once) and
// src/autoload.ts (the drop-in bundle, each tag when it appears). A component added to one and
// forgotten in the other would be missing from one way of using the library.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const define = readFileSync('src/define.ts', 'utf8');
const autoload = readFileSync('src/autoload.ts', 'utf8');

/** tag → [class, module] as src/define.ts registers it. */
function definedTags(): Map<string, [string, string]> {
  const modules = new Map([...define.matchAll(/import \{ (\w+) \} from '\.\/([^']+)'/g)].map(([, name, module]) => [name, module]));
  return new Map([...define.matchAll(/\['(stall-[a-z-]+)', (\w+)\]/g)].map(([, tag, name]) => [tag, [name, modules.get(name)!]]));
}

describe('tag lists', () => {
  const defined = definedTags();
  const lazy = [...autoload.matchAll(/'(stall-[a-z-]+)': \(\) => import\('\.\/([^']+)'\)\.then\(\(module\) => module\.(\w+)\)/g)].map(([, tag, module, name]) => [tag, module, name]);
  const providers = /const providers = new Set\((\[[^\]]*\])\)/.exec(autoload)?.[1].replace(/'/g, '"');

  it('src/autoload.ts registers every tag of src/define.ts, once', () => {
    assert.ok(defined.size >= 5, `src/define.ts lists ${defined.size} tags`);
    assert.deepEqual(lazy.map(([tag]) => tag).sort(), [...defined.keys()].sort());
  });

  it('with the same class from the same module', () => {
    for (const [tag, module, name] of lazy) assert.deepEqual([name, module], defined.get(tag), tag);
  });

  it('treats the context provider as one: first in src/define.ts, waited for in src/autoload.ts', () => {
    assert.equal(defined.keys().next().value, 'stall-practice');
    assert.deepEqual(JSON.parse(providers ?? '[]'), ['stall-practice']);
  });
});
