// After a red flag (a therapist's sexual advance or other harm), the decision helper leads with
// its own message and the support lines that fit what happened (sexual-assault and
// sexual-violence helplines of the visitor's country), then the general crisis lines, which stay
// because the visitor may be at risk too. A country without listed lines, or none known, gets a
// general message and the chooser, never another country's lines.
import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { choose as chooseCountryIn, forgetChoice } from './fixtures/country-helpers.js';
import { choose, crisisPanel, decision, next, reachRedFlag, root, squash, walk } from './fixtures/decision-helpers.js';

const support = (el: Element) => root(el).querySelector('[part="red-flag-support"]');
const supportNames = (el: Element) => [...root(el).querySelectorAll('[part="support-line"] .name')].map((name) => squash(name.textContent));
const callLinks = (el: Element) =>
  [...root(el).querySelectorAll<HTMLAnchorElement>('[part="support-line"] a[href^="tel:"]')].map((a) => ({ href: a.getAttribute('href'), text: squash(a.textContent), label: a.getAttribute('aria-label') }));
const follows = (first: Node, second: Node) => (first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING) > 0;

/** Every support number of every country, as shown: none may appear where it does not belong. */
const SUPPORT_NUMBERS = ['800-656-4673', '1-888-933-9007', '0808 801 0818', '08088 01 03 02', '0808 802 1414', '1800 77 88 88', '1800 737 732', '0800 044 334'];

describe('<stall-decision> red-flag support lines', () => {
  afterEach(forgetChoice);

  it("leads a GB visitor's red-flag outcome with the message, then the United Kingdom's support lines, then the crisis lines", async () => {
    const el = await decision(html`<stall-practice country="GB"><stall-decision></stall-decision></stall-practice>`);
    await reachRedFlag(el);
    const panel = crisisPanel(el)!;
    const section = support(el)!;
    expect(root(el).activeElement?.id).to.equal('crisis-heading');
    expect(squash(section.querySelector('h4')!.textContent)).to.equal('Support after sexual harm or abuse');
    const text = squash(section.textContent);
    expect(text).to.contain('It is never your fault.');
    expect(text).to.contain('You can get support whether or not you report it.');
    expect(supportNames(el)).to.deep.equal(['The Survivors Trust helpline', 'Rape Crisis Scotland helpline', 'Domestic and Sexual Abuse Helpline (Northern Ireland)']);
    expect(text).to.contain('Hours not confirmed.');
    expect(text).to.contain('Rape Crisis England & Wales also has a free line and web chat');
    expect(text).to.match(/Support lines for United Kingdom last checked on .*2026/);
    // Order: the red-flag message, the support lines, then the emergency number and the general lines.
    const message = panel.querySelector('.crisis-message')!;
    expect(squash(message.textContent)).to.contain('What you describe is not okay, and it is not your fault.');
    expect(panel.querySelector('.crisis-intro')).to.equal(null);
    expect(follows(message, section)).to.equal(true);
    expect(follows(section, panel.querySelector('[part="emergency"]')!)).to.equal(true);
    expect(follows(section, panel.querySelector('[part="lines"]')!)).to.equal(true);
    const general = [...panel.querySelectorAll('[part="line"] .name')].map((name) => squash(name.textContent));
    expect(general).to.include('Samaritans');
    await expect(el).to.be.accessible();
  });

  it('gives each number as text and as a tel: link of its digits, named for the service', async () => {
    const el = await decision(html`<stall-decision country="GB"></stall-decision>`);
    await reachRedFlag(el);
    expect(callLinks(el)).to.deep.equal([
      { href: 'tel:08088010818', text: '0808 801 0818', label: 'Call The Survivors Trust helpline at 0808 801 0818' },
      { href: 'tel:08088010302', text: '08088 01 03 02', label: 'Call Rape Crisis Scotland helpline at 08088 01 03 02' },
      { href: 'tel:08088021414', text: '0808 802 1414', label: 'Call Domestic and Sexual Abuse Helpline (Northern Ireland) at 0808 802 1414' },
    ]);
  });

  it("shows the United States' sexual assault hotline to a US visitor", async () => {
    const el = await decision(html`<stall-decision country="US"></stall-decision>`);
    await reachRedFlag(el);
    expect(supportNames(el)).to.deep.equal(['National Sexual Assault Hotline (RAINN)']);
    expect(callLinks(el)).to.deep.equal([{ href: 'tel:8006564673', text: '800-656-4673', label: 'Call National Sexual Assault Hotline (RAINN) at 800-656-4673' }]);
    expect(squash(support(el)!.textContent)).to.contain('Open 24 hours, every day.');
    for (const number of SUPPORT_NUMBERS.filter((n) => n !== '800-656-4673')) expect(squash(crisisPanel(el)!.textContent)).not.to.contain(number);
  });

  it("shows Spain's 016 to a visitor in Spain, with a text link where a line takes texts elsewhere", async () => {
    const el = await decision(html`<stall-decision country="ES"></stall-decision>`);
    await reachRedFlag(el);
    expect(supportNames(el)).to.deep.equal(['016 (support for women facing violence)']);
    expect(callLinks(el)[0].href).to.equal('tel:016');
    expect(squash(support(el)!.textContent)).to.contain('it does not show on the phone bill');

    const nz = await decision(html`<stall-decision country="NZ"></stall-decision>`);
    await reachRedFlag(nz);
    const text = root(nz).querySelector<HTMLAnchorElement>('[part="support-line"] a[href^="sms:"]')!;
    expect(text.getAttribute('href')).to.equal('sms:4334');
    expect(text.getAttribute('aria-label')).to.equal('Text Safe to talk at 4334');
  });

  it("gives a general message and the chooser, never another country's lines, when the country is not known", async () => {
    const el = await decision(html`<stall-decision country="ZZ"></stall-decision>`);
    await reachRedFlag(el);
    const section = support(el)!;
    expect(squash(section.querySelector('[part="support-none"]')!.textContent)).to.equal(
      'Choose your country below to see support lines there. A sexual assault centre, a victim support service or a doctor near you can also help. It is never your fault, and you can get support whether or not you report it.',
    );
    expect(supportNames(el)).to.deep.equal([]);
    const panelText = squash(crisisPanel(el)!.textContent);
    for (const number of SUPPORT_NUMBERS) expect(panelText).not.to.contain(number);
    const chooser = crisisPanel(el)!.querySelector('[part="country-chooser"]')!;
    expect(follows(section, chooser)).to.equal(true);
    await expect(el).to.be.accessible();

    // Choosing a country shows its support lines at once.
    await chooseCountryIn(crisisPanel(el)!, 'IE');
    await el.updateComplete;
    expect(supportNames(el)).to.deep.equal(['National Rape Crisis Helpline']);
    expect(callLinks(el)[0].href).to.equal('tel:1800778888');
  });

  it('says so, in words for a known country, when that country has no support lines listed', async () => {
    const el = await decision(html`<stall-decision country="DE"></stall-decision>`);
    await reachRedFlag(el);
    expect(squash(support(el)!.querySelector('[part="support-none"]')!.textContent)).to.equal(
      'We do not list a support line for this country yet. A sexual assault centre, a victim support service or a doctor near you can help. It is never your fault, and you can get support whether or not you report it.',
    );
    expect(supportNames(el)).to.deep.equal([]);
  });

  it('speaks Spanish on a Spanish page', async () => {
    const el = await decision(html`<div lang="es"><stall-decision country="MX"></stall-decision></div>`);
    await reachRedFlag(el);
    const section = support(el)!;
    expect(squash(section.querySelector('h4')!.textContent)).to.equal('Apoyo tras un daño o abuso sexual');
    const text = squash(section.textContent);
    expect(text).to.contain('Nunca es culpa tuya.');
    expect(text).to.contain('Puedes pedir apoyo tanto si lo denuncias como si no.');
    expect(text).to.contain('Llama al 079 y elige la opción 1.');
    expect(supportNames(el)).to.deep.equal(['Línea de las Mujeres']);
    expect(callLinks(el)[0]).to.deep.equal({ href: 'tel:079', text: '079', label: 'Llamar a Línea de las Mujeres al 079' });
    expect(text).not.to.contain('It is never your fault');
    await expect(el).to.be.accessible();
  });

  it('puts the crisis lines first when the visitor also gave a risk answer, and the support lines after them', async () => {
    const el = await decision(html`<stall-decision country="AU"></stall-decision>`);
    await walk(el, [['check-in', 'thoughts-of-harm']]);
    expect(support(el), 'no support lines before the red flag').to.equal(null);
    await choose(el, 'sexual-advance');
    await next(el);
    const panel = crisisPanel(el)!;
    const section = support(el)!;
    expect(panel.querySelector('.crisis-intro')).to.exist;
    expect(follows(panel.querySelector('[part="emergency"]')!, section)).to.equal(true);
    expect(follows(panel.querySelector('[part="lines"]')!, section)).to.equal(true);
    expect(supportNames(el)).to.deep.equal(['1800RESPECT']);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px wide column without scrolling sideways', async () => {
    const el = await decision(html`<div style="width: 320px"><stall-decision country="GB"></stall-decision></div>`);
    await reachRedFlag(el);
    const section = support(el)!;
    expect(supportNames(el).length).to.equal(3);
    expect(section.scrollWidth).to.be.at.most(section.clientWidth);
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
