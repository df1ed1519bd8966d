import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { practiceContext, type PracticeConfig } from '../practice/practice-context.js';
import { readoptStyles } from '../shared/adopted-styles.js';
import { LocaleController } from '../shared/locale-controller.js';
import { fillText } from '../shared/locale.js';
import { emptiedRoot } from '../shared/prerendered.js';
import { baseStyles } from '../shared/styles.js';
import { telHref } from '../shared/phone.js';
import { crisisFooterStrings, type CrisisFooterStrings } from './crisis-data.js';
import { crisisPanelStyles, renderCrisisHelp } from './crisis-panel.js';

/**
 * Crisis data is bundled with the library and never fetched, so the footer renders even when
 * every other content file fails. The country comes from the visitor's choice in a country
 * chooser, else `country`, else the enclosing `<stall-practice>`, else the region of the nearest
 * `lang` (`es-MX` → MX), else a guess from the browser's time zone; with none of these the visitor
 * is asked to choose, and sees the general advice. Never a default country, never the visitor's
 * network address. Under the lines, "Not in the United Kingdom? Choose your country" switches every
 * component on the page to another country's lines; the choice is not stored or sent.
 *
 * @tagname stall-crisis-footer
 * @summary The crisis lines for the configured country, the emergency number first, then the
 * practice's own contact details marked as not for emergencies.
 *
 * @csspart base - The whole footer.
 * @csspart heading - The footer's heading.
 * @csspart emergency - The emergency number, shown first.
 * @csspart lines - The list of crisis lines.
 * @csspart line - One crisis line.
 * @csspart verified - When the crisis details were last checked.
 * @csspart unknown-country - The general advice shown for a country without bundled lines.
 * @csspart country-chooser - The control to choose another country's crisis lines.
 * @csspart practice - The practice's contact details.
 *
 * @cssprop --stall-font-family - Font of every text (default: the page's font).
 * @cssprop --stall-color-text - Text colour (default: the page's text colour).
 * @cssprop --stall-color-surface - Background of the component's panels (default: none, the page shows through).
 * @cssprop --stall-color-border - Borders of boxes and question groups.
 * @cssprop --stall-color-focus - Focus ring (default: the accent colour).
 * @cssprop --stall-radius - Corner radius (default: 0.5rem).
 * @cssprop --stall-space - The spacing unit (default: 1rem).
 * @cssprop --stall-color-accent - Links (phone numbers, addresses) and the focus ring.
 * @cssprop --stall-color-emergency - Border and accent of the emergency notice.
 * @cssprop --stall-color-emergency-surface - Background of the emergency notice.
 * @cssprop --stall-crisis-footer-background - Background of the footer (default: none).
 */
export class StallCrisisFooter extends LitElement {
  static override styles = [
    baseStyles,
    crisisPanelStyles,
    css`
      /* A footer band (GOV.UK, NHS.UK): a rule above, no box around, so the emergency notice inside
         is the one thing that stands out. With a background, give the element itself some padding. */
      .footer {
        padding-block: var(--_stall-space-l);
        border-block-start: 1px solid var(--_stall-color-border);
        background: var(--stall-crisis-footer-background, var(--_stall-color-surface));
      }
      .intro {
        margin: 0 0 var(--_stall-space);
      }
      .practice {
        margin-block-start: calc(var(--_stall-space) * 1.5);
        padding-block-start: var(--_stall-space);
        border-block-start: 1px solid var(--_stall-color-border);
      }
      .not-emergency {
        font-weight: 600;
        margin: 0 0 0.5rem;
      }
      dl {
        display: grid;
        gap: 0.25rem;
        margin: 0;
      }
      /* A label beside its value where there is room, above it where there is not (320 px). */
      .entry {
        display: flex;
        flex-wrap: wrap;
        column-gap: 1rem;
      }
      dt {
        flex: 0 0 7rem;
        font-weight: 600;
      }
      dd {
        flex: 1 1 12rem;
        min-width: 0;
        margin: 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** @internal */
  @consume({ context: practiceContext, subscribe: true })
  @state()
  private practice?: PracticeConfig;

  /** @internal */
  private readonly locale = new LocaleController(this);

  /**
   * The country whose lines to show: a two-letter code in any case (`GB`, `es`), a three-letter one
   * (`GBR`) or `UK`. Overrides the practice's country; `""` counts as not set. One that is not
   * recognised is warned about, and the visitor is asked to choose.
   */
  @property() country?: string;

  /** The standard `lang` attribute; English and Spanish are built in. */
  @property() override lang!: string;

  /** @internal A shadow root prerendered by `stall-elements render` gives way to this render. */
  override createRenderRoot() {
    return emptiedRoot(this, super.createRenderRoot());
  }

  /** @internal The element moved to another document, and the browser dropped its styles. */
  adoptedCallback(): void {
    readoptStyles(this);
  }

  override render() {
    const lang = this.locale.language;
    const strings = crisisFooterStrings(lang);
    const help = renderCrisisHelp({ lang, langTag: this.locale.tag, country: this.country, practice: this.practice, where: 'stall-crisis-footer' });
    return html`<section class="footer" part="base" aria-labelledby="heading" lang=${lang}>
      <h2 id="heading" part="heading">${strings.heading}</h2>
      <p class="intro">${strings.intro}</p>
      ${help} ${this.renderPractice(strings)}
    </section>`;
  }

  private renderPractice(strings: CrisisFooterStrings) {
    const p = this.practice;
    if (!p || !(p.phone || p.email || p.bookingUrl || p.address || p.hours)) return nothing;
    // The practice's own words (address, hours) are in the page's language, not the interface's.
    const entry = (term: string, value: unknown, valueLang?: string) => html`<div class="entry">
      <dt>${term}</dt>
      <dd lang=${valueLang ?? nothing}>${value}</dd>
    </div>`;
    return html`<section class="practice" part="practice" aria-labelledby="practice-heading">
      <h3 id="practice-heading">${p.name ? fillText(strings.practiceHeadingNamed, { name: p.name }) : strings.practiceHeading}</h3>
      <p class="not-emergency">${strings.practiceNotEmergency}</p>
      <dl>
        ${p.phone ? entry(strings.practicePhone, html`<a href=${telHref(p.phone)}>${p.phone}</a>`) : nothing}
        ${p.email ? entry(strings.practiceEmail, html`<a href=${`mailto:${p.email}`}>${p.email}</a>`) : nothing}
        ${p.bookingUrl ? entry(strings.practiceBooking, html`<a href=${p.bookingUrl}>${p.bookingUrl.replace(/^https:\/\//, '')}</a>`) : nothing}
        ${p.address ? entry(strings.practiceAddress, p.address, this.locale.tag) : nothing}
        ${p.hours ? entry(strings.practiceHours, p.hours, this.locale.tag) : nothing}
      </dl>
    </section>`;
  }
}
