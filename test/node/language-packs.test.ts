// Languages other than English in the drop-in bundle: the registries give English at once and
// fetch the others only when asked (lazyLanguages), and src/shared/language-packs.ts serves
// English until a language is in, then that language, for every table registered so far.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registryModule, type ContentFile } from '../../scripts/content/registry.js';
import { languageReady, loadLanguage, perLanguage } from '../../src/shared/language-packs.js';
import { languagePackOf } from '../../scripts/build/drop-in.js';

const file = (kind: string, id: string, lang: string): ContentFile => ({ kind, id, lang, file: `/content/${kind}/${id}.${lang}.md` });
const files = [file('crisis', 'gb', 'en'), file('crisis', 'gb', 'es'), file('ui', 'checklist', 'en'), file('ui', 'checklist', 'es')];

describe('language packs', () => {
  it('keeps crisis lines and words of every language in the npm build', () => {
    const code = registryModule(files, 'crisis');
    assert.match(code, /import c0 from "\/content\/crisis\/gb\.en\.md";/);
    assert.match(code, /import c1 from "\/content\/crisis\/gb\.es\.md";/);
    assert.doesNotMatch(code, /import\(/);
  });

  it('fetches Spanish crisis lines and words only when asked in the drop-in bundle', () => {
    for (const [kind, id] of [['crisis', undefined], ['ui', 'checklist']] as const) {
      const code = registryModule(files, kind, id, { lazyLanguages: true });
      assert.match(code, /import c0 from "\/content\/(crisis\/gb|ui\/checklist)\.en\.md";/);
      assert.match(code, /"es": Object\.assign\(\(\) => import\("\/content\/(crisis\/gb|ui\/checklist)\.es\.md"\)[^,]*, \{ lazy: true \}\)/);
      assert.doesNotMatch(code, /import c1 /);
    }
  });

  it('puts the Spanish crisis lines and footer words in one chunk, and each component’s words beside it', () => {
    assert.equal(languagePackOf('/x/content/crisis/gb.es.md'), 'crisis-es');
    assert.equal(languagePackOf('/x/content/ui/crisis-footer.es.md'), 'crisis-es');
    // The complaint routes' words load with the decision helper, as their data does.
    assert.equal(languagePackOf('/x/content/ui/complaint-routes.es.md'), null);
    assert.equal(languagePackOf('/x/content/crisis/gb.en.md'), null);
    assert.equal(languagePackOf('/x/content/ui/checklist.es.md'), null);
    assert.equal(languagePackOf('/x/content/articles/what-is-a-stall.es.md'), null);
  });

  it('gives English until a language is fetched, then that language', async () => {
    let fetched = 0;
    const spanish = Object.assign(async () => (fetched++, { call: 'Llama' }), { lazy: true });
    const words = perLanguage<{ call: string }>({ en: () => ({ call: 'Call' }), es: spanish });
    assert.equal(words.en.call, 'Call');
    assert.ok(!('es' in words), 'nothing is fetched before a page speaks Spanish');
    assert.equal(fetched, 0);
    assert.equal(languageReady('es'), false);
    await loadLanguage('es');
    assert.equal(words.es?.call, 'Llama');
    assert.equal(languageReady('es'), true);
    // A table registered later (a component loaded later) makes the language wait for it too.
    const later = perLanguage<string>({ en: () => 'Next', es: Object.assign(async () => 'Siguiente', { lazy: true }) });
    assert.equal(languageReady('es'), false);
    await loadLanguage('es');
    assert.equal(later.es, 'Siguiente');
    assert.equal(fetched, 1, 'a language already in is not fetched again');
  });

  it('says why when a language cannot be fetched, and keeps English', async () => {
    const words = perLanguage<string>({ en: () => 'Call', es: Object.assign(async () => Promise.reject(new Error('offline')), { lazy: true }) });
    await assert.rejects(loadLanguage('es'), /offline/);
    assert.ok(!('es' in words));
    assert.equal(words.en, 'Call');
  });
});
