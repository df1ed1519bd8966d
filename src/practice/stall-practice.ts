import { provide } from '@lit/context';
import { LitElement, css, html, isServer } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readoptStyles } from '../shared/adopted-styles.js';
import { emptiedRoot } from '../shared/prerendered.js';
import { checkPracticeConfig, readJsonConfig, samePracticeConfig } from './practice-config.js';
import { practiceContext, type PracticeConfig } from './practice-context.js';

/**
 * Set the details as attributes, or as JSON in a child `<script type="application/json">` (for
 * example `{"name": "Harbour Therapy", "bookingUrl": "https://…"}`); an attribute wins over the same
 * field in JSON. A field that is not valid (a phone with letters, a booking link that is not
 * `https:`) is left out with a console warning naming it; everything else keeps working.
 * Register this element before the components that read it (the `define` module does).
 *
 * @tagname stall-practice
 * @summary Wraps a page's components and hands them the practice's details: name, contact, country
 * and language.
 *
 * @slot - The page content: any markup, with `stall-*` components anywhere inside it.
 */
export class StallPractice extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** The practice's name, shown with its contact details. */
  @property({ reflect: true }) name?: string;

  /**
   * Phone number for appointments (not a crisis line): digits, spaces, dashes or brackets, with an
   * optional extension (`020 7946 0000 ext. 2`). Shown as written; the link dials it, dropping a
   * trunk `(0)` after a country code (`+44 (0)20…` dials `+4420…`).
   */
  @property() phone?: string;

  @property() email?: string;

  /** Online booking page; must be an `https:` address. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  @property() address?: string;

  /** Office hours as text, e.g. "Mon-Fri 9am-5pm". */
  @property() hours?: string;

  /**
   * The country whose crisis lines the components inside show: a two-letter code in any case
   * (`GB`, `es`), a three-letter one (`GBR`) or `UK`. One that is not recognised is warned about and
   * the components ask the visitor to choose. Without it, the region of `lang`, then the visitor's
   * time zone decide, else the visitor is asked; never a default country.
   */
  @property() country?: string;

  /**
   * An `https:` page listing crisis lines in many countries, linked from the advice shown when the
   * visitor's country has no bundled lines ("Somewhere else").
   */
  @property({ attribute: 'crisis-directory-url' }) crisisDirectoryUrl?: string;

  /**
   * Who wrote or reviewed the articles inside, shown as "By …" under each article's title, e.g.
   * "Dr Ana Ruiz, clinical psychologist". Without it, a bundled article names no author.
   */
  @property({ attribute: 'article-author' }) articleAuthor?: string;

  /** The standard `lang` attribute: the language of the components inside (`en`, `es`, `es-MX`…). */
  @property() override lang!: string;

  /**
   * What the practice gains or loses from what visitors choose (e.g. "We are paid per session"),
   * shown in the decision helper's "About" next to the aid's own statement.
   */
  @property({ attribute: 'competing-interests' }) competingInterests?: string;

  /** The checked details as handed to the components inside: frozen, replaced on every change. Read it; do not set it. */
  @provide({ context: practiceContext })
  @state()
  config: PracticeConfig = Object.freeze({});

  /** @internal Warnings already shown, so a re-render does not repeat them. */
  private shownWarnings = new Set<string>();

  /** @internal */
  private readonly jsonObserver = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  /** @internal Language of the settings, read by components when they look for the nearest `lang`. */
  get practiceLang(): string | undefined {
    return this.config.lang;
  }

  /** @internal A shadow root prerendered by `stall-elements render` gives way to this render. */
  override createRenderRoot() {
    return emptiedRoot(this, super.createRenderRoot());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A script child added or edited later (e.g. by a CMS) updates the settings live.
    this.jsonObserver?.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.jsonObserver?.disconnect();
  }

  /** @internal The element moved to another document, and the browser dropped its styles. */
  adoptedCallback(): void {
    readoptStyles(this);
  }

  override willUpdate(): void {
    const warnings = new Set<string>();
    const warn = (message: string) => {
      if (!this.shownWarnings.has(message)) console.warn(message);
      warnings.add(message);
    };
    const next = checkPracticeConfig(
      {
        // Prerendering (`stall-elements render`) has no children to read: the renderer passes the JSON's fields as attributes.
        ...(isServer ? {} : readJsonConfig(this, warn)),
        ...Object.fromEntries(
          Object.entries({
            name: this.name,
            phone: this.phone,
            email: this.email,
            bookingUrl: this.bookingUrl,
            address: this.address,
            hours: this.hours,
            crisisDirectoryUrl: this.crisisDirectoryUrl,
            articleAuthor: this.articleAuthor,
            country: this.country,
            lang: this.lang,
            competingInterests: this.competingInterests,
          }).filter(([, value]) => value !== undefined && value !== null),
        ),
      },
      warn,
    );
    this.shownWarnings = warnings;
    // Consumers are told on identity change only, so keep the old object when nothing changed.
    if (!samePracticeConfig(next, this.config)) this.config = next;
  }

  override render() {
    return html`<slot></slot>`;
  }
}
