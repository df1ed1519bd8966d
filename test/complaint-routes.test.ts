// Where to complain after a red flag: the decision helper's red-flag outcome names the real
// regulators and registers of the visitor's country (the same country as its crisis panel), or
// the general advice for a country the library does not cover, in the page's language.
import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { allPaths } from '../src/decision/decision-flow.js';
import { crisisPanel, decision, outcomeHeading, reachRedFlag, root, squash, switchTherapist, walk } from './fixtures/decision-helpers.js';

const complaints = (el: Element) => root(el).querySelector('[part="complaints"]');
const routeNames = (el: Element) => [...root(el).querySelectorAll('[part="complaint-route"] .name')].map((name) => squash(name.textContent));

describe('<stall-decision> complaint routes', () => {
  it("shows the United Kingdom's regulators and registers on a GB practice's red-flag outcome", async () => {
    const el = await decision(html`<stall-practice country="GB"><stall-decision></stall-decision></stall-practice>`);
    await reachRedFlag(el);
    expect(outcomeHeading(el)).to.equal('This is not okay, and you can stop now');
    expect(squash(crisisPanel(el)!.querySelector('[part="emergency"]')!.textContent)).to.contain('999');
    const section = complaints(el)!;
    expect(squash(section.querySelector('h4')!.textContent)).to.equal('Where to raise a complaint');
    expect(routeNames(el)).to.deep.equal(['Health and Care Professions Council (HCPC)', "Your therapist's register: BACP, UKCP or NCPS", 'NHS complaints']);
    const text = squash(section.textContent);
    expect(text).to.contain('Regulates practitioner psychologists.');
    expect(text).to.contain('Parliamentary and Health Service Ombudsman');
    expect(text).to.contain('If your sessions were online, contact the regulator of the place where you were during sessions.');
    expect(text).to.contain('it is also a crime');
    expect(text).not.to.contain('licensing board of the state');
    expect(section.querySelector('[part="complaints-fallback"]')).to.equal(null);
    const website = section.querySelector<HTMLAnchorElement>('a[href="https://www.hcpc-uk.org/"]')!;
    expect(squash(website.textContent)).to.equal('Website');
    expect(website.getAttribute('aria-label')).to.equal('Website of Health and Care Professions Council (HCPC)');
    // Where to complain comes after the next steps, inside the outcome, below the crisis lines.
    const outcome = root(el).querySelector('[part="outcome"]')!;
    expect(outcome.contains(section)).to.equal(true);
    expect(outcome.querySelector('[part="next-steps"]')!.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('gives the general advice, never another country\'s bodies, for a country it does not cover', async () => {
    const el = await decision(html`<stall-decision country="ZZ"></stall-decision>`);
    await reachRedFlag(el);
    const section = complaints(el)!;
    expect(squash(section.querySelector('[part="complaints-fallback"]')!.textContent)).to.equal(
      "Contact the body that registers or licenses your therapist's profession where you live, or where you were when you had sessions.",
    );
    expect(routeNames(el)).to.deep.equal([]);
    const text = squash(section.textContent);
    expect(text).to.contain('If your sessions were online');
    expect(text).to.contain('it is also a crime');
    expect(text).not.to.match(/HCPC|Ahpra|licensing board in your state|CORU/);
    await expect(el).to.be.accessible();
  });

  it("follows the component's own country over the practice's, and the page's language", async () => {
    const el = await decision(html`<div lang="es"><stall-practice country="GB"><stall-decision country="MX"></stall-decision></stall-practice></div>`);
    await reachRedFlag(el);
    const section = complaints(el)!;
    expect(squash(section.querySelector('h4')!.textContent)).to.equal('Dónde presentar una queja');
    expect(routeNames(el)).to.deep.equal(['Comprueba la cédula profesional', 'Comisión Nacional de Arbitraje Médico (CONAMED)']);
    expect(squash(section.textContent)).to.contain('Si tus sesiones fueron en línea');
    expect(squash(crisisPanel(el)!.querySelector('[part="emergency"]')!.textContent)).to.contain('911');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide column without scrolling sideways', async () => {
    const el = await decision(html`<div style="width: 320px"><stall-decision country="IE"></stall-decision></div>`);
    await reachRedFlag(el);
    const section = complaints(el)!;
    expect(routeNames(el)).to.include('CORU');
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('shows no complaint routes on an outcome that is not a red flag', async () => {
    const path = [...allPaths(switchTherapist)].find((p) => p.outcome !== 'red-flag' && p.answers[0][1] === 'okay')!;
    const el = await decision(html`<stall-decision country="GB"></stall-decision>`);
    await walk(el, path.answers);
    expect(root(el).querySelector('[part="outcome"]')).to.exist;
    expect(complaints(el)).to.equal(null);
  });
});
