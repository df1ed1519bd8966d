import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestLang, uiLanguage, type Language } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * Keeps a component's language in step with the page: re-renders its host when any `lang`
 * attribute in the document changes (one observer for all components).
 */
export class LocaleController implements ReactiveController {
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) observer?.disconnect();
  }

  /** The BCP 47 tag in force for the host, `en` when the page declares none. */
  get tag(): string {
    return nearestLang(this.host) ?? 'en';
  }

  /** The UI language to speak: the tag's language when the library has it, else English. */
  get language(): Language {
    return uiLanguage(this.tag);
  }
}
