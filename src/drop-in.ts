/**
 * The drop-in bundle's entry, `dist/cdn/stall-elements.js`: the autoloader alone (src/autoload.ts),
 * which loads each component from its chunk when its tag appears. A bundle built for the tags a
 * site uses (`stall-elements build --tags`) has an entry of its own instead, holding those
 * components (scripts/build/drop-in.ts).
 */
import { chunkedElements, start } from './autoload.js';

export { watch } from './autoload.js';

start({ elements: chunkedElements, languages: () => import('./shared/language-packs.js') });
