import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs module without types
import { expected404Reporter, isMissingOnPurpose } from '../../scripts/expected-404-reporter.mjs';

describe('expected404Reporter', () => {
  it('knows the files tests ask for knowing they are missing, and nothing else', () => {
    assert.equal(isMissingOnPurpose('/test/fixtures/no-such-article.en.markdown'), true);
    assert.equal(isMissingOnPurpose('test/fixtures/no-such-checklist.en.md?x=1'), true);
    assert.equal(isMissingOnPurpose('hostile/drop.en.markdown'), true);
    assert.equal(isMissingOnPurpose('/test/fixtures/own-checklist.en.markdown'), false);
    assert.equal(isMissingOnPurpose('/src/no-such-dir/real.js'), false);
    assert.equal(isMissingOnPurpose('/hostile/huge.en.markdown'), false);
  });

  it('leaves only the unexpected 404s for the default reporter to print', () => {
    const session = { request404s: ['/test/fixtures/no-such-article.en.markdown', '/src/typo.js', 'hostile/drop.en.markdown'] };
    expected404Reporter().reportTestFileResults({ sessionsForTestFile: [session] });
    assert.deepEqual(session.request404s, ['/src/typo.js']);
  });
});
