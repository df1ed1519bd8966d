/**
 * How crisis help is shown: the emergency number first, then each line with its number or
 * keyword visible as text and a `tel:`/`sms:` link whose accessible name names the service.
 * Shared by the footer and by the crisis panel that interrupts the checklist and decision helper.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Crisis, CrisisLine } from '../content/kinds.js';
import { fill, fillText, formatDate } from '../shared/locale.js';
import { dialString, telHref } from '../shared/phone.js';
import type { CrisisFooterStrings } from './crisis-data.js';

const smsHref = (number: string, keyword?: string) =>
  `sms:${dialString(number)}${keyword ? `?body=${encodeURIComponent(keyword)}` : ''}`;

export function renderEmergency(crisis: Crisis | undefined, strings: CrisisFooterStrings): TemplateResult {
  const emergency = crisis?.emergency;
  if (!emergency) return html`<p class="emergency" part="emergency">${strings.emergencyUnknown}</p>`;
  const link = html`<a class="number" href=${telHref(emergency.number)} aria-label=${fillText(strings.emergencyLabel, { number: emergency.number })}
    >${emergency.number}</a
  >`;
  return html`<p class="emergency" part="emergency">${fill(strings.emergency, { number: link })} ${emergency.note ?? nothing}</p>`;
}

/** One line: its name, each way to reach it as a link, then its hours, languages and note. `part` names it for styling and tests. */
export function renderLine(line: CrisisLine, strings: CrisisFooterStrings, part = 'line'): TemplateResult {
  const name = line.name;
  const ways: TemplateResult[] = [];
  if (line.phone) {
    const link = html`<a class="number" href=${telHref(line.phone)} aria-label=${fillText(strings.callLabel, { name, number: line.phone })}
      >${line.phone}</a
    >`;
    ways.push(html`<li>${fill(strings.call, { number: link })}</li>`);
  }
  if (line.text) {
    const { number, keyword } = line.text;
    const link = html`<a class="number" href=${smsHref(number, keyword)} aria-label=${fillText(strings.textLabel, { name, number })}
      >${number}</a
    >`;
    const words = keyword ? fill(strings.textKeyword, { keyword: html`<strong>${keyword}</strong>`, number: link }) : fill(strings.text, { number: link });
    ways.push(html`<li>${words}</li>`);
  }
  if (line.chat) {
    ways.push(html`<li><a href=${line.chat} aria-label=${fillText(strings.chatLabel, { name })}>${strings.chat}</a></li>`);
  }
  if (line.email) {
    const address = line.email;
    const link = html`<a href=${`mailto:${address}`} aria-label=${fillText(strings.emailLabel, { name, address })}>${address}</a>`;
    ways.push(html`<li>${fill(strings.email, { address: link })}</li>`);
  }
  const details = [
    line.hours && fillText(strings.hours, { hours: line.hours }),
    line.languages && fillText(strings.languages, { languages: line.languages }),
    line.note,
  ].filter(Boolean);
  return html`<li class="line" part=${part}>
    <span class="name">${name}</span>
    <ul class="ways">
      ${ways}
    </ul>
    ${details.length ? html`<p class="details">${details.join(' ')}</p>` : nothing}
  </li>`;
}

/** The crisis lines of a country, then when they were checked. */
export function renderCrisisLines(crisis: Crisis, strings: CrisisFooterStrings, lang: string): TemplateResult {
  // Show the oldest check: the whole list is only as current as its least recent entry.
  const checked = [crisis.emergency?.verifiedAt, ...crisis.lines.map((line) => line.verifiedAt)].filter(Boolean).sort()[0];
  return html`<p class="lines-note">${strings.linesNote}</p>
    <ul class="lines" part="lines">
      ${crisis.lines.map((line) => renderLine(line, strings))}
    </ul>
    ${checked ? html`<p class="verified" part="verified">${fillText(strings.verified, { country: crisis.countryName, date: formatDate(checked, lang) })}</p>` : nothing}`;
}

export const crisisResourceStyles = css`
  .emergency {
    margin: 0 0 var(--_stall-space);
    padding: calc(var(--_stall-space) * 0.75) var(--_stall-space);
    border-inline-start: 0.3rem solid var(--_stall-color-emergency);
    background: var(--_stall-color-emergency-surface);
    font-weight: 600;
  }
  .lines,
  .ways {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .lines {
    display: grid;
    gap: var(--_stall-space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .name {
    display: block;
    font-weight: 700;
  }
  .ways li {
    margin-block: 0.25rem;
  }
  .lines-note {
    margin: 0 0 var(--_stall-space);
  }
  .details,
  .verified {
    margin: 0.25rem 0 0;
    font-size: 0.9em;
  }
  .verified {
    margin-block-start: var(--_stall-space);
  }
  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
`;
