import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { box, buttonNamed, checklist, focused, recordChanges, root, shadowText, squash, statusText, themeTitles, tick } from './fixtures/checklist-helpers.js';

describe('<stall-checklist>', () => {
  afterEach(() => localStorage.clear());

  it('shows the signs as labelled checkboxes in a fieldset, says answers stay on the device, and starts with an empty status', async () => {
    const el = await checklist();
    const fieldset = root(el).querySelector('fieldset')!;
    expect(squash(fieldset.querySelector('legend')!.textContent)).to.equal('Which of these have felt true for you over the last few weeks?');
    const boxes = [...fieldset.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes).to.have.length(22);
    for (const input of boxes) {
      expect(input.closest('label')!.textContent!.trim()).not.to.equal('');
      expect(input.checked).to.equal(false);
      const { width, height } = input.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
    expect(squash(fieldset.querySelector('[part="privacy-note"]')!.textContent)).to.equal(
      'Your answers stay on this device. Nothing you tick is sent anywhere.',
    );
    const status = root(el).querySelector('[role="status"][part="status"]')!;
    expect(status).to.exist;
    expect(squash(status.textContent)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('groups the signs under five short subheadings, each naming its list of boxes', async () => {
    const el = await checklist();
    const groups = [...root(el).querySelectorAll('[part="questions"] [part="group"]')];
    expect(groups.map((g) => squash(g.querySelector('h3')!.textContent))).to.deep.equal([
      'In sessions',
      'Between sessions',
      'Aims and hopes',
      'You and your therapist',
      'Your life and feelings right now',
    ]);
    for (const group of groups) {
      const list = group.querySelector('ul')!;
      expect(list.getAttribute('aria-labelledby')).to.equal(group.querySelector('h3')!.id);
      expect(list.querySelectorAll('input[type="checkbox"]').length).to.be.within(3, 6);
    }
    expect(groups.flatMap((g) => [...g.querySelectorAll('input')]).length).to.equal(22);
    // The risk item sits in the last group, with its own words.
    expect(squash(groups[4].textContent)).to.contain('thoughts of suicide or of harming myself');
  });

  it('shows when it was reviewed, its sources, and that its bands are a rough guide, not a validated score', async () => {
    const el = await checklist();
    const about = root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    expect(squash(about.querySelector('summary')!.textContent)).to.equal('About this checklist');
    about.open = true;
    const text = squash(about.textContent);
    expect(text).to.contain('rough guide');
    expect(text).to.contain('not a tested or validated score');
    expect(text).to.contain('Last reviewed November 29, 2026');
    expect(text).to.contain('Swift, J. K., & Greenberg, R. P. (2012).');
    expect(about.querySelector('a[href="https://doi.org/10.1037/pst0000172"]')).to.exist;
    expect(squash(root(el).querySelector('[part="intro"]')!.textContent)).to.contain('only a rough guide');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column with its groups and About open, without scrolling sideways', async () => {
    const el = await checklist(html`<div style="inline-size: 320px"><stall-checklist></stall-checklist></div>`);
    root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!.open = true;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('updates the status as boxes are ticked and unticked', async () => {
    const el = await checklist();
    await tick(el, "I'm not sure what we're working toward anymore.");
    expect(statusText(el)).to.equal(
      'Boxes ticked: 1 of 22. Themes that stand out: Goals that are unclear or outgrown. ' +
        'A few of these feel familiar. Slow patches are part of most therapy, and noticing them is a useful first step. ' +
        'The themes below suggest things you could raise at your next session. This is not a diagnosis.',
    );
    await tick(el, 'I cancel or move sessions', 'I hold back things', 'I rarely try out ideas');
    expect(statusText(el)).to.match(/^Boxes ticked: 4 of 22\. .*Several of these ring true right now\..* This is not a diagnosis\.$/);
    await tick(el, "I'm not sure what we're working toward anymore.", 'I cancel or move sessions', 'I hold back things', 'I rarely try out ideas');
    expect(statusText(el)).to.equal(
      "Boxes ticked: 0 of 22. You haven't ticked anything. Therapy may feel on track for you right now. " +
        "If something still feels off that isn't on this list, it's worth bringing up too. This is not a diagnosis.",
    );
  });

  it('ranks themes by ticked signs, ties in the order of the file, and details the leading three', async () => {
    const el = await checklist();
    // avoidance 2, method-fit 2, fear-of-change 1, relationship 1
    await tick(el, 'go round in circles', "There's a subject I keep steering away from", 'I feel distant from my therapist');
    expect(statusText(el)).to.contain(
      'Themes that stand out: Steering around hard topics; A method or format that doesn\'t fit; Mixed feelings about change; The relationship or trust with your therapist.',
    );
    expect(themeTitles(el)).to.deep.equal(['Steering around hard topics', "A method or format that doesn't fit", 'Mixed feelings about change']);
    const first = root(el).querySelector('[part="theme"]')!;
    expect(first.textContent).to.contain('What tends to help');
    expect(first.querySelector('.helps li')!.textContent).to.contain('tell your therapist there is a topic you keep stepping around');
    expect(squash(first.querySelector('[part="starter"]')!.textContent)).to.equal(
      "There's something I keep steering away from. I'm not ready to go into it yet, but I want you to know it's there.",
    );
    const link = first.querySelector('a[part="article-link"]')!;
    expect(link.getAttribute('href')).to.equal('#avoidance');
    expect(squash(link.textContent)).to.equal('Read more: Steering around hard topics');
    // Two more signs for relationship (one also for method-fit) put it first: 3 and 3, file order.
    await tick(el, 'I sometimes feel judged', 'I often leave sessions feeling worse');
    expect(themeTitles(el)[0]).to.equal('The relationship or trust with your therapist');
    await expect(el).to.be.accessible();
  });

  it('fills the article link template', async () => {
    const el = await checklist(html`<stall-checklist article-href="/articles/{article}.html#{section}"></stall-checklist>`);
    await tick(el, "I'm not sure what we're working toward anymore.");
    expect(root(el).querySelector('a[part="article-link"]')!.getAttribute('href')).to.equal('/articles/why-progress-stalls.html#goals');
  });

  it('puts the crisis panel first and says so in the live status when the risk item is ticked, focus staying on the box, for as long as it is ticked', async () => {
    const el = await checklist(html`<stall-checklist country="GB"></stall-checklist>`);
    await tick(el, 'go round in circles');
    box(el, "thoughts of suicide or of harming myself, or felt that life isn't worth living").focus();
    await tick(el, "thoughts of suicide or of harming myself, or felt that life isn't worth living");
    const results = root(el).querySelector('[part="results"]')!;
    const panel = results.querySelector('[part="crisis-panel"]')!;
    expect(results.firstElementChild).to.equal(panel);
    // Issue 12: a tick never moves focus (WCAG 3.2.2), and the live status changes to say what appeared.
    expect(focused(el)?.localName).to.equal('input');
    expect((focused(el) as HTMLInputElement).value).to.equal('risk-thoughts');
    expect(squash(panel.querySelector('h3')!.textContent)).to.equal('If you need help now');
    expect(squash(panel.querySelector('[part="emergency"]')!.textContent)).to.contain('999');
    expect(panel.textContent).to.contain('Samaritans');
    expect(panel.querySelector('a[href="tel:116123"]')).to.exist;
    // The count matches the boxes the visitor sees, the risk item included.
    expect(statusText(el)).to.match(/^Ways to get help now are shown at the top of the results\. Boxes ticked: 2 of 22\./);
    await expect(el).to.be.accessible();
    await tick(el, 'I cancel or move sessions');
    expect(root(el).querySelector('[part="crisis-panel"]')).to.exist;
    await tick(el, "thoughts of suicide or of harming myself, or felt that life isn't worth living");
    expect(root(el).querySelector('[part="crisis-panel"]')).to.equal(null);
  });

  it('paints a tick with its status and any crisis lines in the first frame, its themes and summary button in the next', async () => {
    const el = await checklist(html`<stall-checklist country="GB"></stall-checklist>`);
    const inFirstFrame = () =>
      new Promise<{ status: string; crisis: boolean; themes: string[]; summary: boolean }>((resolve) =>
        requestAnimationFrame(() =>
          resolve({ status: statusText(el), crisis: !!root(el).querySelector('[part="crisis-panel"]'), themes: themeTitles(el), summary: !!buttonNamed(el, 'Take it to your next session') }),
        ),
      );
    box(el, "I'm not sure what we're working toward anymore.").click();
    const first = await inFirstFrame();
    expect(first.status).to.match(/^Boxes ticked: 1 of 22\. Themes that stand out: Goals that are unclear or outgrown\./);
    expect(first.themes).to.deep.equal([]);
    expect(first.summary).to.equal(false);
    await el.updateComplete;
    expect(themeTitles(el)).to.deep.equal(['Goals that are unclear or outgrown']);
    expect(buttonNamed(el, 'Take it to your next session')).to.exist;
    // Safety comes in the first frame: the crisis lines and the status that points to them.
    box(el, "thoughts of suicide or of harming myself, or felt that life isn't worth living").click();
    const risk = await inFirstFrame();
    expect(risk.crisis).to.equal(true);
    expect(risk.status).to.match(/^Ways to get help now are shown at the top of the results\./);
    await el.updateComplete;
    expect(themeTitles(el)).to.deep.equal(['Goals that are unclear or outgrown']);
  });

  it('counts the boxes the visitor sees, and with only the risk item ticked says nothing about therapy being on track', async () => {
    const el = await checklist(html`<stall-checklist country="GB"></stall-checklist>`);
    expect(root(el).querySelectorAll('input[part="checkbox"]').length).to.equal(22);
    await tick(el, "life isn't worth living");
    expect(statusText(el)).to.equal('Ways to get help now are shown at the top of the results. Boxes ticked: 1 of 22. This is not a diagnosis.');
  });

  it("takes the crisis panel's country from the practice", async () => {
    const el = await checklist(html`<stall-practice country="AU"><stall-checklist></stall-checklist></stall-practice>`);
    await tick(el, "life isn't worth living");
    expect(squash(root(el).querySelector('[part="crisis-panel"] [part="emergency"]')!.textContent)).to.contain('000');
    expect(root(el).querySelector('[part="crisis-panel"]')!.textContent).to.contain('Lifeline');
  });

  it('fires stall-change on a visitor action, bubbling out of shadow roots, with ids, ranked themes and risk', async () => {
    const el = await checklist();
    const changes = recordChanges(document);
    await tick(el, 'I sometimes feel judged', 'I rarely try out ideas', "life isn't worth living");
    expect(changes).to.have.length(3);
    const last = changes[2];
    expect(last.bubbles && last.composed).to.equal(true);
    expect(last.detail.ticked).to.deep.equal(['feel-judged', 'little-practice', 'risk-thoughts']);
    expect(last.detail.themes.map((theme) => [theme.id, theme.count])).to.deep.equal([
      ['relationship', 1],
      ['practice', 1],
    ]);
    expect(last.detail.risk).to.equal(true);
  });

  it('fires no event when the page sets answers, language or checklist, yet shows what was set', async () => {
    const el = await checklist();
    const changes = recordChanges(el);
    el.ticked = ['unsure-of-aim', 'reasons-have-changed'];
    await el.updateComplete;
    expect(box(el, "I'm not sure what we're working toward").checked).to.equal(true);
    expect(statusText(el)).to.match(/^Boxes ticked: 2 of 22\. Themes that stand out: Goals that are unclear or outgrown\./);
    el.ticked = ['risk-thoughts'];
    await el.updateComplete;
    expect(root(el).querySelector('[part="crisis-panel"]')).to.exist;
    el.setAttribute('article-href', '/a/{article}#{section}');
    el.checklist = 'stalling-signs';
    await el.updateComplete;
    expect(changes).to.have.length(0);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await checklist();
    const changes = recordChanges(el);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(box(el, 'go round in circles'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(changes).to.have.length(2);
    // The second box in reading order is the second of the first group, "In sessions".
    expect(statusText(el)).to.match(/^Boxes ticked: 2 of 22\. Themes that stand out: Steering around hard topics; Mixed feelings about change; A method or format that doesn't fit\./);
    const summaryButton = buttonNamed(el, 'Take it to your next session')!;
    for (let i = 0; i < 40 && focused(el) !== summaryButton; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(summaryButton);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(squash(focused(el)!.textContent)).to.equal('Take it to your next session');
    expect(focused(el)!.localName).to.equal('h3');
    await sendKeys({ press: 'Tab' });
    expect(squash(focused(el)!.textContent)).to.equal('Print');
  });

  it('speaks Spanish under lang="es", loading the Spanish checklist on demand', async () => {
    const el = await checklist(html`<div lang="es"><stall-checklist></stall-checklist></div>`);
    expect(squash(root(el).querySelector('[part="title"]')!.textContent)).to.equal('Señales de que la terapia puede haberse estancado');
    expect(squash(root(el).querySelector('[part="privacy-note"]')!.textContent)).to.contain('Tus respuestas se quedan en este dispositivo');
    await tick(el, 'Ya no tengo claro');
    expect(statusText(el)).to.match(/^Casillas marcadas: 1 de 22\. Temas que destacan: .*Esto no es un diagnóstico\.$/);
    expect(shadowText(el)).to.contain('Recordar mis respuestas en este dispositivo');
    await expect(el).to.be.accessible();
  });

  it("speaks the practice's language when the page declares none", async () => {
    const el = await checklist(html`<stall-practice lang="es" country="MX"><stall-checklist></stall-checklist></stall-practice>`);
    expect(squash(root(el).querySelector('[part="title"]')!.textContent)).to.equal('Señales de que la terapia puede haberse estancado');
    await tick(el, 'Últimamente he tenido pensamientos de suicidio o de hacerme daño');
    expect(squash(root(el).querySelector('[part="crisis-panel"] h3')!.textContent)).to.equal('Si necesitas ayuda ahora');
    expect(root(el).querySelector('[part="crisis-panel"]')!.textContent).to.contain('Línea de la Vida');
  });

  it('keeps the answers when the page switches language', async () => {
    const el = await checklist();
    await tick(el, 'go round in circles');
    el.lang = 'es';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(statusText(el)).to.match(/^Casillas marcadas: 1 de 22\./);
    expect(box(el, 'Nuestras sesiones').checked).to.equal(true);
  });

  it('loads no loader code when only bundled content is used', async () => {
    await tick(await checklist(), 'go round in circles');
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /\/src\/loader\/|dompurify|marked|zod|yaml/.test(name))).to.deep.equal([]);
  });
});
