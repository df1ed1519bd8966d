import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { onCountryChoice } from '../crisis-footer/country-choice.js';
import { languageReady, loadLanguage } from './language-packs.js';
import { nearestLang, uiLanguage, UI_LANGUAGES, type Language } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;
/** Documents the observer watches: a component moved into an iframe follows that page's `lang`. */
const watched = new Set<Element>();
/** Languages already said to be missing, so the console hears it once per page. */
const missingLanguages = new Set<string>();
/** Languages being fetched (drop-in bundle only), so that each render does not ask again. */
const fetching = new Map<Language, Promise<void>>();

/**
 * Keeps a component's language and country in step with the page: re-renders its host when it is
 * connected (it may have moved under another `lang`), when any `lang` attribute in its document
 * changes (one observer for all components), and when the visitor chooses a country in any
 * component's chooser.
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;
  private stopListening?: () => void;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Prerendering renders once: nothing to watch.
    if (isServer) return;
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    const root = this.host.ownerDocument.documentElement;
    if (root && !watched.has(root)) {
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      watched.add(root);
    }
    this.stopListening = onCountryChoice(() => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    this.stopListening?.();
    if (!hosts.size) {
      observer?.disconnect();
      watched.clear();
    }
  }

  /** The BCP 47 tag in force for the host, `en` when the page declares none. */
  get tag(): string {
    return nearestLang(this.host) ?? 'en';
  }

  /**
   * The UI language to speak: the tag's language when the library has it, else English (said
   * once). In the drop-in bundle, a language the page did not declare at load is fetched now, and
   * the host renders again once it is in; until then each table of words (and crisis lines) not
   * yet in gives its English entry, never none.
   */
  get language(): Language {
    const lang = this.wantedLanguage();
    if (!languageReady(lang)) {
      let pending = fetching.get(lang);
      if (!pending) {
        pending = loadLanguage(lang).finally(() => fetching.delete(lang));
        pending.catch((error: unknown) => console.error(`stall-elements: the words in "${lang}" could not be loaded, so English shows: ${String(error)}`));
        fetching.set(lang, pending);
      }
      pending.then(() => this.host.requestUpdate(), () => undefined);
    }
    return lang;
  }

  /** @internal */
  private wantedLanguage(): Language {
    const tag = this.tag;
    const primary = tag.toLowerCase().split('-')[0];
    if (!(UI_LANGUAGES as readonly string[]).includes(primary) && !missingLanguages.has(primary)) {
      missingLanguages.add(primary);
      console.info(`stall-elements: no wording in "${primary}" (lang="${tag}") yet, so the components speak English. Built in: ${UI_LANGUAGES.join(', ')}.`);
    }
    return uiLanguage(tag);
  }
}
