import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import {
  buttonNamed,
  checkIn,
  fileError,
  fileStatus,
  focused,
  formStatus,
  importFile,
  interceptDownloads,
  KEY,
  keepBox,
  partText,
  progress,
  QUESTIONS,
  radio,
  recordCheckins,
  root,
  settled,
  squash,
  summary,
  tableRows,
} from './fixtures/progress-helpers.js';
import type { StallProgress } from '../src/progress/stall-progress.js';

/** Answers a question from the keyboard: focus its first point, then arrow keys, as a visitor tabbing in would. */
async function answerByKeyboard(el: StallProgress, question: string, value: number): Promise<void> {
  radio(el, question, 0).focus();
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < value; i++) await sendKeys({ press: 'ArrowRight' });
  await el.updateComplete;
}

const signalIds = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="signal"]')].map((s) => s.dataset.signal);

describe('<stall-progress>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('shows the questions, the "not a test" note and an empty history, and is accessible', async () => {
    const el = await progress();
    expect(partText(el, 'title')).to.equal('Your after-session check-in');
    expect(partText(el, 'intro')).to.contain('It is not a test');
    expect(root(el).querySelectorAll('[part="question"]')).to.have.length(4);
    expect(root(el).querySelectorAll('input[name="coping"]')).to.have.length(11);
    expect(summary(el)).to.equal('No check-ins yet. After your next session, answer the questions above and save them.');
    expect(root(el).querySelector('[part="chart"]')).to.equal(null);
    expect(root(el).querySelector('.form-status')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('takes check-ins by keyboard and mouse, keeps them once asked, and after a reload shows chart, table and a plateau signal', async () => {
    const el = await progress();
    const events = recordCheckins(el);
    // The first check-in by keyboard only: choosing a point never moves focus away from it.
    for (const [question, value] of [['coping', 5], ['heard', 6], ['mattered', 5], ['fit', 5]] as const) {
      await answerByKeyboard(el, question, value);
      expect(focused(el)).to.equal(radio(el, question, value));
      expect(radio(el, question, value).checked).to.equal(true);
    }
    root(el).querySelector<HTMLInputElement>('#note')!.focus();
    await sendKeys({ type: 'Talked about work' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttonNamed(el, 'Save this check-in'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(formStatus(el)).to.equal('Check-in saved. Check-ins so far: 1.');
    expect(focused(el)!.id).to.equal('history-heading');
    expect(summary(el)).to.equal('You have one check-in so far. After a few more, you will see how things are moving.');
    expect(radio(el, 'coping', 5).checked, 'the form is ready for the next session').to.equal(false);
    await checkIn(el, [5, 5, 5, 5]);
    await checkIn(el, [6, 5, 5, 5]);
    expect(localStorage.length, 'nothing stored before opting in').to.equal(0);
    keepBox(el).click();
    await el.updateComplete;
    await checkIn(el, [5, 5, 6, 5]);
    expect(events.map((e) => e.detail.average)).to.deep.equal([5.25, 5, 5.25, 5.25]);
    expect(events[0].detail.checkin.note).to.equal('Talked about work');
    expect(events.map((e) => e.detail.signals)).to.deep.equal([[], [], [], ['flat']]);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.length(4);
    expect(Object.keys(localStorage)).to.deep.equal([KEY]);

    // Reload: a new element reads the kept check-ins back.
    el.remove();
    const again = await progress();
    await waitUntil(() => tableRows(again).length === 4, 'the kept check-ins came back', { timeout: 5000 });
    expect(keepBox(again).checked).to.equal(true);
    expect(summary(again)).to.equal('Over your last 4 check-ins, things have stayed about the same.');
    const rows = tableRows(again);
    expect(rows.map((row) => row.slice(1))).to.deep.equal([
      ['5', '6', '5', '5', '5.3', 'Talked about work'],
      ['5', '5', '5', '5', '5', ''],
      ['6', '5', '5', '5', '5.3', ''],
      ['5', '5', '6', '5', '5.3', ''],
    ]);
    const chart = root(again).querySelector('[part="chart"]')!;
    expect(chart.getAttribute('aria-label')).to.equal('Chart of your check-ins. Over your last 4 check-ins, things have stayed about the same.');
    expect(chart.querySelectorAll('.overall circle')).to.have.length(4);
    expect(signalIds(again)).to.deep.equal(['flat']);
    const signal = root(again).querySelector('[part="signal"]')!;
    expect(squash(signal.textContent)).to.contain('stayed at about the same level');
    expect(squash(signal.querySelector('[part="starter"]')!.textContent)).to.contain('Could we look at what we');
    expect(signal.querySelector<HTMLAnchorElement>('[part="checklist-link"]')!.getAttribute('href')).to.equal('#stalling-signs');
    expect(signal.querySelector<HTMLAnchorElement>('[part="article-link"]')!.getAttribute('href')).to.equal('#name-it');
    expect(partText(again, 'signals')).to.contain('not a verdict');
    await expect(again).to.be.accessible();

    // The other questions' lines on demand, each named in the key.
    root(again).querySelector<HTMLInputElement>('.show-each input')!.click();
    await again.updateComplete;
    expect(root(again).querySelectorAll('[part="chart"] polyline')).to.have.length(5);
    expect([...root(again).querySelectorAll('.legend li')].map((li) => squash(li.textContent))).to.deep.equal(['Coping', 'Feeling heard', 'What matters', 'Way of working', 'Average of your answers']);
    await expect(again).to.be.accessible();
  });

  it('exports JSON and CSV, forgets all after confirming, and imports the export back to the same history', async () => {
    const el = await progress(html`<stall-progress article-href="/articles/{article}.html#{section}" checklist-href="/check/{checklist}.html"></stall-progress>`);
    keepBox(el).click();
    await el.updateComplete;
    await checkIn(el, [7, 7, 7, 7], { note: '=HYPERLINK("x")' });
    await checkIn(el, [6, 6, 6, 6]);
    await checkIn(el, [5, 5, 5, 5]);
    expect(signalIds(el)).to.deep.equal(['down']);
    expect(summary(el)).to.equal('Over your last 3 check-ins, things have gone down.');
    expect(root(el).querySelector('[part="article-link"]')!.getAttribute('href')).to.equal('/articles/getting-unstuck.html#change-focus');
    expect(root(el).querySelector('[part="checklist-link"]')!.getAttribute('href')).to.equal('/check/stalling-signs.html');
    const before = tableRows(el);

    const downloads = interceptDownloads();
    try {
      buttonNamed(el, 'Export (JSON file)')!.click();
      buttonNamed(el, 'Export (CSV for a spreadsheet)')!.click();
    } finally {
      downloads.restore();
    }
    await el.updateComplete;
    expect(downloads.files.map((f) => [f.name, f.type])).to.deep.equal([
      ['my-check-ins.json', 'application/json'],
      ['my-check-ins.csv', 'text/csv;charset=utf-8'],
    ]);
    expect(fileStatus(el)).to.equal('Saved as my-check-ins.csv in your downloads.');
    const json = await downloads.files[0].text;
    const exported = JSON.parse(json);
    expect(exported).to.include({ format: 'stall-elements/progress', version: 1, progress: 'session-checkin' });
    expect(exported.checkins).to.have.length(3);
    const csv = (await downloads.files[1].text).split('\r\n');
    expect(csv[0]).to.equal('"Date","Coping","Feeling heard","What matters","Way of working","Average of your answers","Note"');
    expect(csv[1]).to.match(/^"\d{4}-\d\d-\d\dT[^"]+","7","7","7","7","7.0","'=HYPERLINK\(""x""\)"$/);

    buttonNamed(el, 'Forget all check-ins')!.click();
    await el.updateComplete;
    await waitUntil(() => focused(el)?.id === 'forget-question', 'focus moved to the question');
    expect(partText(el, 'confirm')).to.contain('Delete all 3 check-ins from this page and this device?');
    await expect(el).to.be.accessible();
    buttonNamed(el, 'Keep them')!.click();
    await el.updateComplete;
    expect(tableRows(el)).to.have.length(3);
    buttonNamed(el, 'Forget all check-ins')!.click();
    await el.updateComplete;
    buttonNamed(el, 'Yes, forget them all')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(keepBox(el).checked).to.equal(false);
    expect(tableRows(el)).to.deep.equal([]);
    expect(summary(el)).to.contain('No check-ins yet');
    expect(squash(root(el).querySelector('[part="storage"] [role="status"]')!.textContent)).to.equal('All check-ins have been cleared from this page and from this device.');

    await importFile(el, new File([json], 'my-check-ins.json', { type: 'application/json' }));
    expect(fileStatus(el)).to.equal('Added 3 check-ins from the file. 0 were already here.');
    expect(tableRows(el)).to.deep.equal(before);
    expect(signalIds(el)).to.deep.equal(['down']);
    expect(localStorage.length, 'Forget turned keeping off; importing does not turn it back on').to.equal(0);
    await importFile(el, new File([json], 'my-check-ins.json', { type: 'application/json' }));
    await waitUntil(() => fileStatus(el).startsWith('Added 0'), 'the second import was counted');
    expect(fileStatus(el)).to.equal('Added 0 check-ins from the file. 3 were already here.');
    expect(tableRows(el)).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('says clearly what is wrong with a file that is not an export of this check-in, and adds nothing', async () => {
    const el = await progress();
    await checkIn(el, [5, 5, 5, 5]);
    const file = (value: unknown) => new File([typeof value === 'string' ? value : JSON.stringify(value)], 'x.json', { type: 'application/json' });
    const good = { format: 'stall-elements/progress', version: 1, progress: 'session-checkin', exportedAt: '2026-11-29T10:00:00.000Z', checkins: [] };
    const checkin = { id: 'abcdefgh-1234', savedAt: '2026-11-20T10:00:00.000Z', answers: { coping: 4, heard: 4, mattered: 4, fit: 4 } };
    const cases: [unknown, string][] = [
      ['not json {', 'This file could not be read.'],
      [{ hello: 'world' }, 'This file is not a check-in export.'],
      [{ ...good, progress: 'another-checkin' }, 'This file holds check-ins from a different set of questions'],
      [{ ...good, checkins: [{ ...checkin, answers: { coping: 4, mood: 3 } }] }, 'Some answers in this file do not fit these questions'],
    ];
    for (const [content, message] of cases) {
      await importFile(el, file(content));
      await waitUntil(() => fileError(el).startsWith(message), `said: ${message}`);
      expect(tableRows(el)).to.have.length(1);
    }
    expect(root(el).querySelector('.file-error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });

  it('asks for every answer before saving, naming what is missing, and focuses the first one', async () => {
    const el = await progress();
    const events = recordCheckins(el);
    // Before anything is wrong the message place is empty and draws nothing (no empty box).
    const message = root(el).querySelector('.form-error')!;
    expect(message.getBoundingClientRect().height).to.equal(0);
    radio(el, 'coping', 3).click();
    radio(el, 'mattered', 3).click();
    buttonNamed(el, 'Save this check-in')!.click();
    await el.updateComplete;
    expect(squash(root(el).querySelector('.form-error')!.textContent)).to.equal('Please answer every question before you save. Not answered yet: Feeling heard, Way of working.');
    await waitUntil(() => focused(el)?.getAttribute('name') === 'heard', 'focus went to the first unanswered question');
    expect(events).to.have.length(0);
    expect(tableRows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says plainly when there is no such check-in, and the rest of the page works', async () => {
    const el = await progress(html`<stall-progress progress="no-such-checkin"></stall-progress>`);
    expect(partText(el, 'error')).to.contain('There is no built-in check-in called "no-such-checkin".');
    await expect(el).to.be.accessible();
  });

  it('signals a drop in feeling heard', async () => {
    const el = await progress();
    await checkIn(el, [7, 8, 7, 7]);
    await checkIn(el, [7, 8, 7, 7]);
    await checkIn(el, [7, 4, 7, 7]);
    expect(signalIds(el)).to.deep.equal(['heard-drop']);
    expect(partText(el, 'signal')).to.contain('less listened to');
  });

  it('fires stall-checkin on Save only, never on choosing an answer or on keeping', async () => {
    const el = await progress();
    const events = recordCheckins(document);
    radio(el, 'coping', 2).click();
    keepBox(el).click();
    await el.updateComplete;
    expect(events).to.have.length(0);
    await checkIn(el, [2, 3, 4, 5]);
    expect(events).to.have.length(1);
    const { detail } = events[0];
    expect(detail.checkin.answers).to.deep.equal({ coping: 2, heard: 3, mattered: 4, fit: 5 });
    expect(detail).to.include({ average: 3.5, risk: false });
    expect(events[0].bubbles && events[0].composed).to.equal(true);
  });

  it('prints the chart, summary and table only: the host is marked while the dialog is open', async () => {
    const el = await progress();
    await checkIn(el, [5, 5, 5, 5]);
    const original = window.print;
    let marked: boolean | undefined;
    window.print = () => {
      marked = el.hasAttribute('data-stall-printing');
    };
    try {
      buttonNamed(el, 'Print the chart and table')!.click();
    } finally {
      window.print = original;
    }
    expect(marked).to.equal(true);
    const printRules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    expect(printRules.map((rule) => rule.cssText).join('\n')).to.contain(':host([data-stall-printing]) .progress > :not(.history)');
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-stall-printing')).to.equal(false);
  });

  it('forgets at once, without asking, when there are no check-ins', async () => {
    const el = await progress();
    keepBox(el).click();
    await el.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal('[]');
    buttonNamed(el, 'Forget all check-ins')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(localStorage.length).to.equal(0);
    expect(keepBox(el).checked).to.equal(false);
  });

  it('shows only the kept check-ins that fit these questions', async () => {
    const fits = { id: 'kept-checkin-1', savedAt: '2026-11-01T10:00:00.000Z', answers: { coping: 4, heard: 5, mattered: 6, fit: 7 } };
    const other = { id: 'kept-checkin-2', savedAt: '2026-11-08T10:00:00.000Z', answers: { mood: 4 } };
    localStorage.setItem(KEY, JSON.stringify([fits, other]));
    const el = await progress();
    await waitUntil(() => tableRows(el).length === 1, 'the check-in that fits came back', { timeout: 5000 });
    expect(tableRows(el)[0].slice(1, 5)).to.deep.equal(['4', '5', '6', '7']);
  });

  it('ignores stored check-ins someone edited into nonsense', async () => {
    localStorage.setItem(KEY, JSON.stringify([{ id: 1, answers: 'x' }]));
    const el = await progress();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal([]);
    expect(summary(el)).to.contain('No check-ins yet');
  });

  it('speaks Spanish', async () => {
    const el = await progress(html`<stall-progress lang="es"></stall-progress>`);
    await settled(el);
    expect(partText(el, 'title')).to.equal('Tu registro después de cada sesión');
    expect(root(el).querySelector('#scale-hint')!.textContent).to.equal('0: Nada · 5: En parte · 10: Del todo');
    QUESTIONS.forEach((id) => radio(el, id, 5).click());
    buttonNamed(el, 'Guardar este registro')!.click();
    await el.updateComplete;
    expect(formStatus(el)).to.equal('Registro guardado. Registros hasta ahora: 1.');
    expect(summary(el)).to.equal('Tienes un registro por ahora. Con unos pocos más, verás cómo se mueven las cosas.');
    await expect(el).to.be.accessible();
  });

  it('never scrolls sideways at 320 px, with a history of 12 check-ins', async () => {
    const el = await progress(html`<div style="width: 320px"><stall-progress></stall-progress></div>`);
    for (let i = 0; i < 12; i++) await checkIn(el, [i % 11, 5, 5, 5], { note: 'a fairly long note to see how the table copes with it' });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await el.updateComplete;
    const host = el.parentElement!;
    expect(host.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    const chart = root(el).querySelector<SVGSVGElement>('[part="chart"]')!;
    expect(chart.getBoundingClientRect().width).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('keeps its check-ins when moved into another document and back, and still renders them', async () => {
    const el = await progress();
    await checkIn(el, [4, 5, 6, 7]);
    const parent = el.parentElement!;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(el));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      parent.append(document.adoptNode(el));
      await el.updateComplete;
    } finally {
      frame.remove();
    }
    await checkIn(el, [5, 5, 5, 5]);
    expect(tableRows(el)).to.have.length(2);
    expect(getComputedStyle(root(el).querySelector('.point')!).borderStyle, 'its styles came back').to.equal('solid');
  });
});
