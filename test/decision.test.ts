import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import { allPaths, progressOf, stepById } from '../src/decision/decision-flow.js';
import {
  checkedValues,
  choose,
  comparedOptions,
  crisisPanel,
  decision,
  focused,
  input,
  next,
  outcomeHeading,
  press,
  progress,
  recordEvents,
  root,
  shadowText,
  squash,
  stepHeading,
  switchTherapist,
  walk,
} from './fixtures/decision-helpers.js';

const paths = [...allPaths(switchTherapist)];
const outcomeTitle = (id: string) => switchTherapist.outcomes.find((o) => o.id === id)!.title;
/** The first path of the graph that ends in each outcome. */
const pathTo = (outcome: string, avoidRisk = true) =>
  paths.find((p) => p.outcome === outcome && (!avoidRisk || p.answers[0][1] === 'okay'))!.answers;

describe('<stall-decision>', () => {
  afterEach(() => localStorage.clear());

  it('shows the decision, the privacy note and the first step as a fieldset whose legend is the focusable question', async () => {
    const el = await decision();
    expect(squash(root(el).querySelector('[part="title"]')!.textContent)).to.equal('Should I look for a different therapist?');
    expect(squash(root(el).querySelector('[part="decision"]')!.textContent)).to.contain('It does not choose for you.');
    expect(squash(root(el).querySelector('[part="privacy-note"]')!.textContent)).to.equal('Your answers stay on this device. Nothing you choose is sent anywhere.');
    // The problem, in the aid itself: what a stall is, that it is common and workable, not harm.
    const problem = squash(root(el).querySelector('[part="problem"]')!.textContent);
    expect(problem).to.contain('A stall is a stretch of weeks or months');
    expect(problem).to.contain('It is common, and it is often workable.');
    expect(problem).to.contain('A stall is not the same as harm.');
    expect(progress(el)).to.equal('Step 1 of at most 9');
    const fieldset = root(el).querySelector('fieldset[part="step"]')!;
    const heading = fieldset.querySelector('legend > h3')!;
    expect(squash(heading.textContent)).to.equal('Before we start: how are you doing right now?');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => squash(r.closest('label')!.textContent))).to.deep.equal([
      "I'm okay to go on, even if things are hard",
      "I'm having thoughts of suicide or of harming myself",
    ]);
    for (const radio of radios) {
      expect(radio.checked).to.equal(false);
      const { width, height } = radio.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
    // Nothing to go back to yet.
    expect([...root(el).querySelectorAll('[part="nav"] button')].map((b) => squash(b.textContent))).to.deep.equal(['Next']);
    expect(crisisPanel(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it(`walks all ${paths.length} paths of the graph to their outcome, focusing each new step's heading with honest progress`, async () => {
    expect(new Set(paths.map((p) => p.outcome))).to.have.property('size', switchTherapist.outcomes.length);
    for (const path of paths) {
      fixtureCleanup();
      const el = await decision();
      const trail: string[] = [];
      for (const [stepId, answer] of path.answers) {
        trail.push(stepId);
        const step = stepById(switchTherapist, stepId)!;
        expect(stepHeading(el), path.answers.join(' > ')).to.equal(step.question);
        // Going on after a risk answer, focus goes to the crisis lines first (once).
        const afterRisk = trail.length === 2 && path.answers[0][1] === 'thoughts-of-harm';
        if (trail.length > 1) expect(focused(el)?.id, path.answers.join(' > ')).to.equal(afterRisk ? 'crisis-heading' : 'step-heading');
        const { current, atMost } = progressOf(switchTherapist, trail);
        expect(progress(el)).to.equal(current === atMost ? `Step ${current} of ${atMost}` : `Step ${current} of at most ${atMost}`);
        await choose(el, answer);
        await next(el);
      }
      expect(outcomeHeading(el), path.answers.join(' > ')).to.equal(outcomeTitle(path.outcome));
      const riskAtOnce = path.answers.length === 1 && path.answers[0][1] === 'thoughts-of-harm';
      expect(focused(el)?.id).to.equal(path.outcome === 'red-flag' || riskAtOnce ? 'crisis-heading' : 'outcome-heading');
      expect(shadowText(el)).to.contain('This is not a diagnosis or advice for your situation.');
      expect(shadowText(el)).not.to.match(/\byou (must|have to|should)\b/i);
      // A risk answer keeps the crisis lines first, all the way to the outcome.
      const risky = path.answers[0][1] === 'thoughts-of-harm';
      expect(!!crisisPanel(el), path.answers.join(' > ')).to.equal(risky || path.outcome === 'red-flag');
    }
  });

  it('is accessible on every step and every outcome', async () => {
    const seenSteps = new Set<string>();
    const seenOutcomes = new Set<string>();
    for (const path of paths) {
      if (seenOutcomes.has(path.outcome) && path.answers.every(([id]) => seenSteps.has(id))) continue;
      fixtureCleanup();
      const el = await decision();
      for (const [stepId, answer] of path.answers) {
        if (!seenSteps.has(stepId)) {
          await choose(el, answer);
          await expect(el, stepId).to.be.accessible();
          seenSteps.add(stepId);
        } else await choose(el, answer);
        await next(el);
      }
      if (!seenOutcomes.has(path.outcome)) await expect(el, path.outcome).to.be.accessible();
      seenOutcomes.add(path.outcome);
    }
    expect(seenSteps.size).to.equal(switchTherapist.steps.length);
    expect(seenOutcomes.size).to.equal(switchTherapist.outcomes.length);
  });

  it('asks for an answer when Next is pressed without one, without moving on', async () => {
    const el = await decision();
    const events = recordEvents(el);
    await next(el);
    expect(stepHeading(el)).to.equal('Before we start: how are you doing right now?');
    const message = root(el).querySelector('#step-missing')!;
    expect(squash(message.textContent)).to.equal('Choose an answer to go on.');
    expect(message.getAttribute('role')).to.equal('alert');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('step-missing');
    expect(focused(el)).to.equal(root(el).querySelector('[part="step"] input'));
    expect(events.steps).to.have.length(0);
    await expect(el).to.be.accessible();
    await choose(el, 'okay');
    expect(root(el).querySelector('#step-missing')).to.equal(null);
  });

  it('keeps every answer when going Back, and again when going forward', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'okay'],
      ['red-flags', 'none'],
      ['values', ['continuity', 'low-cost']],
      ['practical-fit', 'no'],
      ['trust', 'yes-mostly'],
      ['told-therapist', 'yes'],
    ]);
    expect(stepHeading(el)).to.equal('Have you and your therapist looked at your goals again together lately?');
    await press(el, 'Back');
    expect(stepHeading(el)).to.equal('Have you told your therapist that therapy feels stuck?');
    expect(focused(el)).to.equal(root(el).querySelector('#step-heading'));
    expect(progress(el)).to.equal('Step 6 of at most 9');
    expect(checkedValues(el)).to.deep.equal(['yes']);
    await press(el, 'Back');
    await press(el, 'Back');
    await press(el, 'Back');
    expect(checkedValues(el)).to.deep.equal(['continuity', 'low-cost']);
    await press(el, 'Back');
    await press(el, 'Back');
    expect(checkedValues(el)).to.deep.equal(['okay']);
    expect(buttonNames(el)).to.deep.equal(['Next', 'Start again']);
    await next(el);
    await next(el);
    expect(checkedValues(el)).to.deep.equal(['continuity', 'low-cost']);
    for (let i = 0; i < 4; i++) await next(el);
    // From the outcome, Back returns to the last step with its answer.
    await choose(el, 'no');
    await next(el);
    expect(outcomeHeading(el)).to.equal('One option: look at your goals again together');
    await press(el, 'Back');
    expect(stepHeading(el)).to.equal('Have you and your therapist looked at your goals again together lately?');
    expect(checkedValues(el)).to.deep.equal(['no']);
    expect(squash(root(el).querySelector('[part="nav"] button.primary')!.textContent)).to.equal('See my options');
  });

  it('starts again from the first step with no answers', async () => {
    const el = await decision();
    await walk(el, pathTo('raise-it-first'));
    await press(el, 'Start again');
    expect(stepHeading(el)).to.equal('Before we start: how are you doing right now?');
    expect(focused(el)).to.equal(root(el).querySelector('#step-heading'));
    expect(checkedValues(el)).to.deep.equal([]);
    expect(progress(el)).to.equal('Step 1 of at most 9');
  });

  it('shows and announces the crisis lines first as soon as the visitor says they have thoughts of suicide or self-harm, and focuses them on Next', async () => {
    const el = await decision(html`<stall-decision country="GB"></stall-decision>`);
    input(el, 'thoughts-of-harm').focus();
    await choose(el, 'thoughts-of-harm');
    const panel = crisisPanel(el)!;
    expect(panel).to.exist;
    // Choosing an answer never moves focus (WCAG 3.2.2): the live region says what appeared.
    expect(focused(el)?.getAttribute('value')).to.equal('thoughts-of-harm');
    expect(squash(root(el).querySelector('.visually-hidden[role="status"]')!.textContent)).to.match(/^If you need help now\. You said you are having thoughts of suicide/);
    expect(squash(panel.textContent)).to.contain('You said you are having thoughts of suicide or of harming yourself. Thank you for telling us.');
    expect(squash(panel.querySelector('[part="emergency"]')!.textContent)).to.contain('999');
    expect(panel.textContent).to.contain('Samaritans');
    // Before the step, and before anything the visitor answers.
    expect(panel.compareDocumentPosition(root(el).querySelector('[part="step"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    // The visitor can carry on, and meets the lines first; they stay first on every later step and on the outcome.
    await next(el);
    expect(focused(el)?.id).to.equal('crisis-heading');
    expect(stepHeading(el)).to.equal('Has your therapist done any of these?');
    expect(crisisPanel(el)).to.exist;
    await press(el, 'Back');
    await choose(el, 'okay');
    expect(crisisPanel(el)).to.equal(null);
  });

  it('ends a red-flag answer with the stop-now outcome: crisis lines first, not your fault, how a complaint works, no weighing of options', async () => {
    const el = await decision(html`<stall-decision country="US"></stall-decision>`);
    const events = recordEvents(el);
    await walk(el, [['check-in', 'okay']]);
    await choose(el, 'sexual-advance');
    expect(crisisPanel(el), 'not before the outcome: arrowing through the list must not move focus').to.equal(null);
    expect(squash(root(el).querySelector('[part="nav"] button.primary')!.textContent)).to.equal('See my options');
    await next(el);
    const panel = crisisPanel(el)!;
    const outcome = root(el).querySelector('[part="outcome"]')!;
    expect(panel.compareDocumentPosition(outcome) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(focused(el)).to.equal(panel.querySelector('h3'));
    expect(squash(panel.textContent)).to.contain('What you describe is not okay, and it is not your fault.');
    // Led by its own message: the suicide-crisis introduction is for a risk answer, not this one.
    expect(squash(panel.textContent)).not.to.contain('thinking about suicide');
    expect(squash(panel.querySelector('[part="emergency"]')!.textContent)).to.contain('911');
    expect(outcomeHeading(el)).to.equal('This is not okay, and you can stop now');
    const text = squash(outcome.textContent);
    expect(text).to.contain('You may stop seeing this therapist now');
    expect(text).to.contain('It is not your fault');
    expect(text).to.contain('how to raise a complaint where you live is below');
    // The old one-size sentence is gone; the US practice here gets its own route (state boards) below.
    expect(text).not.to.contain('licensing board of the state or country');
    expect(text).to.contain('The licensing board in your state');
    expect(text).to.match(/in writing/);
    // The red flags rest on the ethics codes: cited, with links.
    expect(outcome.querySelector('a[href="https://www.apa.org/ethics/code"]')!.textContent).to.equal('APA code');
    expect(outcome.querySelector('a[href="https://www.counseling.org/knowledge-center/ethics"]')!.textContent).to.equal('ACA code');
    expect(text).to.contain('(standards 10.05 and 10.08)');
    expect(root(el).querySelector('[part="compare"]')).to.equal(null);
    // The note is for the visitor, not for that therapist's next session.
    expect(squash(root(el).querySelector('#summary-open')!.textContent)).to.equal('Keep a private note of this');
    expect(events.completes.map((e) => e.detail)).to.deep.equal([
      { outcome: 'red-flag', answers: { 'check-in': 'okay', 'red-flags': 'sexual-advance' }, risk: false, redFlag: true },
    ]);
    await expect(el).to.be.accessible();
  });

  it('rings the new step heading after Next by keyboard, not after a mouse click', async () => {
    const el = await decision();
    await choose(el, 'okay');
    const nextButton = root(el).querySelector<HTMLButtonElement>('[part="nav"] button.primary')!;
    const box = nextButton.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const heading = focused(el)!;
    expect(heading.id).to.equal('step-heading');
    expect(heading.matches(':focus-visible'), 'no ring after a click').to.equal(false);
    expect(getComputedStyle(heading).outlineStyle).to.equal('none');
    await choose(el, 'none');
    nextButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(focused(el)!.id).to.equal('step-heading');
    expect(focused(el)!.matches(':focus-visible'), 'a ring after Enter').to.equal(true);
    expect(getComputedStyle(focused(el)!).outlineStyle).to.equal('solid');
  });

  it('leads the outcome with what to do next, opens each option on demand, and numbers its citations like the articles', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'okay'],
      ['red-flags', 'none'],
      ['values', ['fresh-start']],
      ['practical-fit', 'no'],
      ['trust', 'not-really'],
      ['raised-trust', 'yes'],
    ]);
    const outcome = root(el).querySelector('[part="outcome"]')!;
    const nextSteps = outcome.querySelector('[part="next-steps"]')!;
    const compare = outcome.querySelector('[part="compare"]')!;
    expect(nextSteps.compareDocumentPosition(compare) & Node.DOCUMENT_POSITION_FOLLOWING, 'next steps come before the options').to.not.equal(0);
    const details = [...outcome.querySelectorAll<HTMLDetailsElement>('[part="option-details"]')];
    expect(details).to.have.length(6);
    expect(details.every((d) => !d.open), 'option details start closed').to.equal(true);
    const pros = details[0].querySelector('[part="pros"]')!;
    expect(pros.checkVisibility(), 'hidden until opened').to.equal(false);
    details[0].querySelector('summary')!.click();
    await el.updateComplete;
    expect(pros.checkVisibility(), 'shown once opened').to.equal(true);
    // "(Flückiger et al., 2018)" is now [2], as in the articles; following it opens About and focuses the source.
    const citations = [...outcome.querySelectorAll<HTMLAnchorElement>('sup.citation a')];
    // The summary's two come first; each option's evidence lines are numbered the same way.
    expect(citations.slice(0, 2).map((a) => squash(a.textContent))).to.deep.equal(['[2]', '[1]']);
    expect(citations.length).to.be.greaterThan(2);
    expect(citations.every((a) => /^\[\d+\]$/.test(squash(a.textContent)))).to.equal(true);
    expect(squash(outcome.textContent)).not.to.contain('et al.');
    const about = root(el).querySelector<HTMLDetailsElement>('[part="about"]')!;
    expect(about.open).to.equal(false);
    citations[0].click();
    await el.updateComplete;
    expect(about.open).to.equal(true);
    expect(root(el).activeElement?.id).to.equal('source-fluckiger-2018');
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('compares every option side by side, in equal detail, with what we know and don\'t, marking those that fit the chosen values most', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'okay'],
      ['red-flags', 'none'],
      ['values', ['fresh-start', 'feeling-heard', 'a-rest']],
      ['practical-fit', 'no'],
      ['trust', 'yes-mostly'],
      ['told-therapist', 'yes'],
      ['goals', 'yes'],
      ['approach', 'yes'],
      ['how-long', 'months'],
    ]);
    expect(outcomeHeading(el)).to.equal('A second view is one option');
    expect(squash(root(el).querySelector('[part="values"]')!.textContent)).to.equal(
      'You said these matter most to you: A fresh start with someone new; Feeling truly heard and understood; Some space to rest for a while. The options that fit the most of them are marked.',
    );
    const options = comparedOptions(el);
    // Switching fits two of the chosen values, more than any other: it alone is marked.
    expect(options.map((o) => [o.title, o.first])).to.deep.equal([
      ['Switch to a different therapist', true],
      ['Talk it through with my current therapist', false],
      ['Pause or stop for now', false],
      ['Carry on as now', false],
      ['Change the goals, focus or format', false],
      ['Ask for a consultation or second opinion', false],
    ]);
    expect(options[0].fits).to.equal('Fits what matters to you: A fresh start with someone new; Feeling truly heard and understood');
    expect(options[2].fits).to.equal('Fits what matters to you: Some space to rest for a while');
    for (const option of options) {
      expect(option.pros, option.title).to.equal(option.cons);
      expect(option.pros).to.be.at.least(1);
    }
    const marks = [...root(el).querySelectorAll('[part="look-first"]')].map((m) => squash(m.textContent));
    expect(marks).to.deep.equal(['One to look at first']);
    // IPDAS uncertainty: a line on the evidence per option, and how sure it is overall.
    const cards = [...root(el).querySelectorAll('[part~="option"]')];
    for (const card of cards) {
      const evidence = squash(card.querySelector('[part="evidence"]')?.textContent);
      expect(evidence, card.querySelector('h5')!.textContent!).to.match(/^What we know .+ What we don't know .+/);
    }
    const switching = squash(cards[0].querySelector('[part="evidence"]')!.textContent);
    expect(switching).to.contain('That link is a correlation');
    expect(switching).to.contain('No study has compared switching with staying.');
    expect(squash(root(el).querySelector('[part="evidence-quality"]')!.textContent)).to.match(/^How sure is the evidence\? .*not what will happen for you/);
    const outcome = root(el).querySelector('[part="outcome"]')!;
    expect(outcome.querySelectorAll('[part="next-steps"] li').length).to.be.greaterThan(0);
    expect(squash(outcome.querySelector('[part="questions"]')!.textContent)).to.contain('Is there another kind of therapy that might suit me better?');
    const link = outcome.querySelector<HTMLAnchorElement>('a[part="article-link"]')!;
    expect(squash(link.textContent)).to.equal('Read more about this');
    await expect(el).to.be.accessible();
  });

  it('marks none when no chosen value speaks for an option, and lists the options in the file\'s order', async () => {
    const el = await decision();
    await walk(el, pathTo('raise-it-first'));
    expect(squash(root(el).querySelector('[part="values"]')!.textContent)).to.equal(
      'You did not pick what matters most to you, so no option is marked. You can go back and add it if you like.',
    );
    expect(root(el).querySelectorAll('[part="look-first"]').length).to.equal(0);
    expect(comparedOptions(el).map((o) => o.title)).to.deep.equal(switchTherapist.options.map((o) => o.title));
  });

  it('never marks stopping as one to look at first for a visitor who said they have thoughts of suicide, and says to line up support first', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'thoughts-of-harm'],
      ['red-flags', 'none'],
      ['values', ['a-rest']],
      ['practical-fit', 'no'],
      ['trust', 'not-really'],
      ['raised-trust', 'yes'],
    ]);
    expect(outcomeHeading(el)).to.equal('A different therapist is one option');
    const pause = comparedOptions(el).find((o) => o.title === 'Pause or stop for now')!;
    expect(pause.first).to.equal(false);
    expect(pause.fits).to.equal('Fits what matters to you: Some space to rest for a while');
    expect(root(el).querySelectorAll('[part="look-first"]').length).to.equal(0);
    const card = [...root(el).querySelectorAll('[part~="option"]')].find((o) => o.querySelector('h5')!.textContent === 'Pause or stop for now')!;
    expect(squash(card.querySelector('[part="cons"]')!.textContent)).to.contain('line up other support before you stop');
  });

  it('asks about trust early: lost trust that was never raised leads to raising it, with switching weighed alongside', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'okay'],
      ['red-flags', 'none'],
      ['values', ['continuity', 'feeling-heard']],
      ['practical-fit', 'no'],
    ]);
    expect(stepHeading(el)).to.equal('Do you still trust your therapist and feel respected by them?');
    expect(progress(el)).to.equal('Step 5 of at most 9');
    await walk(el, [['trust', 'not-really']]);
    expect(stepHeading(el)).to.equal('Have you told your therapist that trust feels shaky?');
    expect(progress(el)).to.equal('Step 6 of 6');
    await walk(el, [['raised-trust', 'no']]);
    // Not "look at your goals again": the visitor never got to the goals question.
    expect(outcomeHeading(el)).to.equal('You could tell your therapist that trust feels shaky');
    expect(comparedOptions(el).filter((o) => o.first).map((o) => o.title)).to.deep.equal(['Talk it through with my current therapist']);
    expect(shadowText(el)).to.contain('If you say it and trust does not come back, a different therapist is a fair choice');
    await expect(el).to.be.accessible();
  });

  it('has a branch for practical reasons to switch, straight after the values', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'okay'],
      ['red-flags', 'none'],
      ['values', ['low-cost']],
    ]);
    expect(stepHeading(el)).to.equal('Is something practical getting in the way?');
    expect(squash(root(el).querySelector('#step-help')!.textContent)).to.contain('the cost, the language you speak, a method your therapist does not offer, session times');
    await walk(el, [['practical-fit', 'yes']]);
    expect(outcomeHeading(el)).to.equal('A practical change is one option');
    expect(shadowText(el)).to.contain('You do not have to have tried everything else first.');
    // Keeping costs low speaks for talking, changing the format and pausing, never for an option with a fee.
    const marked = comparedOptions(el).filter((o) => o.first).map((o) => o.title);
    expect(marked).to.deep.equal(['Talk it through with my current therapist', 'Change the goals, focus or format', 'Pause or stop for now']);
    await expect(el).to.be.accessible();
  });

  it('offers carrying on as now as an option, marked for a visitor who wants little change', async () => {
    const el = await decision();
    await walk(el, pathTo('give-it-time').map(([step, answer]) => [step, step === 'values' ? ['little-change'] : answer] as const));
    const carryOn = comparedOptions(el).find((o) => o.title === 'Carry on as now')!;
    expect(carryOn.first).to.equal(true);
    expect(comparedOptions(el)[0].title).to.equal('Carry on as now');
    const card = root(el).querySelector('[part~="option-first"]')!;
    expect(squash(card.querySelector('[part="evidence"]')!.textContent)).to.contain('some clients who are not on track get worse if nothing changes');
  });

  it('words every outcome title as an option, not an instruction', () => {
    for (const outcome of switchTherapist.outcomes.filter((o) => !o.redFlag)) {
      expect(outcome.title, outcome.id).to.match(/\b(could|one option|is one option)\b/i);
    }
  });

  it('fills the article link template, to a section or to a whole article', async () => {
    const template = html`<stall-decision article-href="/articles/{article}.html#{section}"></stall-decision>`;
    const hrefAt = async (outcome: string) => {
      const el = await decision(template);
      await walk(el, pathTo(outcome));
      return root(el).querySelector('a[part="article-link"]')!.getAttribute('href');
    };
    expect(await hrefAt('give-it-time')).to.equal('/articles/switching-therapists.html#when-it-makes-sense');
    expect(await hrefAt('second-opinion')).to.equal('/articles/finding-a-therapist.html');
    expect(await hrefAt('consider-switching')).to.equal('/articles/moving-without-a-gap.html');
    expect(await hrefAt('raise-trust')).to.equal('/articles/why-progress-stalls.html#relationship');
  });

  it('offers the take-to-your-session summary of the outcome, answers and values included', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'thoughts-of-harm'],
      ['red-flags', 'none'],
      ['values', ['feeling-heard']],
      ['practical-fit', 'no'],
      ['trust', 'yes-mostly'],
      ['told-therapist', 'not-sure-how'],
    ]);
    await press(el, 'Take it to your next session');
    expect(focused(el)).to.equal(root(el).querySelector('#summary-heading'));
    const sheet = squash(root(el).querySelector('[part="summary"] .summary-sheet')!.textContent);
    expect(sheet).to.contain('Where my answers led You could start by telling your therapist');
    expect(sheet).to.contain('I have had thoughts of suicide or of harming myself. I want to talk about this.');
    expect(sheet).to.contain('What matters most to me Feeling truly heard and understood');
    expect(sheet).to.contain("Have you told your therapist that therapy feels stuck? I'd like to, but I'm not sure how");
    expect(sheet).to.contain('Options I could look at first Talk it through with my current therapist');
    expect(sheet).to.contain('This is not a diagnosis or advice for your situation.');
    // A printed note outlives the page: when it was reviewed and what it rests on go with it.
    expect(sheet).to.contain('Last reviewed November 29, 2026');
    expect(sheet).to.contain('Sources Swift, J. K., & Greenberg, R. P. (2012).');
    expect(sheet).to.contain('https://doi.org/10.1037/pst0000172');
    expect(root(el).querySelector('[part="summary-actions"]')!.textContent).to.contain('Print');
    await expect(el).to.be.accessible();
    await press(el, 'Close the summary');
    expect(focused(el)).to.equal(root(el).querySelector('#summary-open'));
  });

  it('says who made it, when it was reviewed, how it is kept up to date, its funding and its sources', async () => {
    const el = await decision();
    const about = root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    expect(squash(about.querySelector('summary')!.textContent)).to.equal('About this decision aid');
    about.open = true;
    const text = squash(about.textContent);
    expect(text).to.contain('Last reviewed November 29, 2026');
    expect(text).to.contain('How it is kept up to date We review this guide at least once a year.');
    expect(text).to.contain('Who made it stall-elements editorial team');
    expect(text).to.contain('Funding None. No sponsor, advertiser or therapy provider paid for or shaped this content.');
    expect(text).to.contain('How it was made Written by the stall-elements editorial team');
    expect(text).to.contain('No clinician or client has reviewed it yet');
    expect(text).to.contain('docs/how-this-was-made.md');
    expect(text).to.contain('Competing interests The authors do not see clients');
    expect(text).to.match(/How sure is the evidence\? Most of what this guide says/);
    expect(text).to.contain('Swift, J. K., & Greenberg, R. P. (2012).');
    expect(about.querySelector('a[href="https://doi.org/10.1037/pst0000172"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column at an outcome, evidence lines and About included, without scrolling sideways', async () => {
    const el = await decision(html`<div style="inline-size: 320px"><stall-decision></stall-decision></div>`);
    await walk(el, pathTo('second-opinion'));
    root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!.open = true;
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll('[part="problem"], [part="evidence"], [part="evidence-quality"], [part="about"]')) {
      expect(node.getBoundingClientRect().width, node.getAttribute('part')!).to.be.at.most(320);
    }
  });

  it('links "how this was made" where the page says', async () => {
    const el = await decision(html`<stall-decision how-made-href="/about/how-this-was-made.html"></stall-decision>`);
    const about = root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    about.open = true;
    const link = about.querySelector<HTMLAnchorElement>('a[href="/about/how-this-was-made.html"]')!;
    expect(squash(link.textContent)).to.equal('Read how this decision aid was made');
    await expect(el).to.be.accessible();
    el.setAttribute('how-made-href', 'javascript:alert(1)');
    await el.updateComplete;
    expect(about.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it("adds the practice's own competing interests to the aid's", async () => {
    const el = await decision(html`<stall-practice name="Harbour Therapy" competing-interests="We are paid per session, so we gain when you stay."><stall-decision></stall-decision></stall-practice>`);
    const about = root(el).querySelector<HTMLDetailsElement>('details[part="about"]')!;
    about.open = true;
    const text = squash(about.textContent);
    expect(text).to.contain('Competing interests The authors do not see clients');
    expect(text).to.contain('Competing interests of Harbour Therapy We are paid per session, so we gain when you stay.');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish under lang="es", loading the Spanish decision on demand', async () => {
    const el = await decision(html`<div lang="es"><stall-decision country="ES"></stall-decision></div>`);
    expect(squash(root(el).querySelector('[part="title"]')!.textContent)).to.equal('¿Debería buscar otro terapeuta?');
    expect(progress(el)).to.equal('Paso 1 de 9 como máximo');
    await walk(el, [['check-in', 'okay']]);
    await choose(el, 'contempt');
    expect(squash(root(el).querySelector('[part="nav"] button.primary')!.textContent)).to.equal('Ver mis opciones');
    await next(el);
    expect(outcomeHeading(el)).to.equal('Esto no está bien, y puedes dejarlo ya');
    expect(squash(crisisPanel(el)!.querySelector('h3')!.textContent)).to.equal('Si necesitas ayuda ahora');
    expect(shadowText(el)).to.contain('Esto no es un diagnóstico ni un consejo para tu situación.');
    await expect(el).to.be.accessible();
  });

  it("takes the crisis panel's country and language from the practice", async () => {
    const el = await decision(html`<stall-practice country="AU"><stall-decision></stall-decision></stall-practice>`);
    await choose(el, 'thoughts-of-harm');
    expect(squash(crisisPanel(el)!.querySelector('[part="emergency"]')!.textContent)).to.contain('000');
    expect(crisisPanel(el)!.textContent).to.contain('Lifeline');
  });

  it('keeps the walk when the page switches language', async () => {
    const el = await decision();
    await walk(el, [
      ['check-in', 'okay'],
      ['red-flags', 'none'],
    ]);
    el.lang = 'es';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('¿Qué es lo que más te importa ahora mismo?');
    expect(progress(el)).to.equal('Paso 3 de 9 como máximo');
  });

  it('loads no loader code when only bundled content is used', async () => {
    const el = await decision();
    await walk(el, pathTo('give-it-time'));
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /\/src\/loader\/|dompurify|marked|zod|yaml/.test(name))).to.deep.equal([]);
  });
});

function buttonNames(el: Element): string[] {
  return [...root(el).querySelectorAll('[part="nav"] button')].map((b) => squash(b.textContent));
}
