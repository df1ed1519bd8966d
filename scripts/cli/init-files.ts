/**
 * What `stall-elements init` writes: the folder's README, the header comment of each example, and
 * the one example that is new rather than a copy of a bundled file (an article). Plain words:
 * a practice owner reads these, not a developer.
 */

/** The README of a practice's content folder named `dir`. */
export const practiceReadme = (dir: string) => `# Your own content for stall-elements

This folder holds your practice's own words. The build turns them, together with the library's
own content, into one script for your website:

\`\`\`sh
npx stall-elements build --content ${dir} --out public/stall
\`\`\`

Then put this in your page (the path is where your website serves \`public/stall\`):

\`\`\`html
<script type="module" src="/stall/stall-elements.js"></script>
<stall-practice name="Your practice" phone="020 7946 0000" country="GB">
  <stall-checklist></stall-checklist>
  <stall-crisis-footer></stall-crisis-footer>
</stall-practice>
\`\`\`

Upload \`stall-elements.js\` and the \`chunks/\` folder together. Build again after each change
(\`--watch\` builds again by itself whenever you save a file).

## How the folder works

- One folder per kind: \`checklists\`, \`decisions\`, \`articles\`, \`crisis\` and \`ui\` (the words
  of the buttons and messages).
- A file is named \`<id>.<lang>.md\`: \`stalling-signs.en.md\` is the English version of the
  checklist whose id is \`stalling-signs\`. Ids use lower-case letters, digits and dashes.
  The languages are \`en\` (English) and \`es\` (Spanish).
- **Same id as a bundled file: yours replaces it.** \`checklists/stalling-signs.en.md\`,
  \`decisions/switch-therapist.en.md\` and \`ui/checklist.en.md\` start as copies of the
  library's own files. Change what you like; what you do not change stays as it was.
- **A new id adds a file.** \`articles/our-approach.en.md\` is a new article. Show it with
  \`<stall-article article="our-approach"></stall-article>\`. A new checklist is shown with
  \`<stall-checklist checklist="its-id">\`, a new decision with \`<stall-decision decision="its-id">\`.
- **Delete the files you do not change.** The library's own version is then used, and you get
  its updates.
- No Spanish file of your own? Spanish pages show the library's Spanish file for a bundled id,
  and your English file for a new id.
- Files whose names end in \`.example\` are skipped. Rename one to use it.

## Before you publish

The build checks every file and stops with \`file:line: field: reason\` for each problem. To
check one file on its own:

\`\`\`sh
npx stall-elements check ${dir}/checklists/stalling-signs.en.md
\`\`\`

## Crisis lines

\`crisis/gb.en.md.example\` is the library's entry for the United Kingdom. To add a country,
or to correct one, copy it to \`crisis/<two-letter country code>.en.md\` (for example
\`crisis/fr.en.md\`) and change every field. Check each number on the service's own website,
put that page in \`sourceUrl\` and the day you checked in \`verifiedAt\`. Never guess a number:
people in crisis will call it. A file of yours replaces the library's file for that country,
so it will not get the library's updates: check it again at least every six months.

## Writing for visitors

- Short sentences and plain words. Articles must read at grade 8 or below.
- No verdicts: offer themes and options, never a diagnosis and never "you must switch".
- Safe messaging: say "died by suicide", not "committed suicide"; never describe methods.
- Mark every checklist item or answer about thoughts of suicide or self-harm \`risk: true\`,
  so the crisis lines come first.
`;

/** The comment each copied example starts with, after its opening `---`. */
export const exampleHeaders: Record<string, string[]> = {
  checklists: [
    'A copy of the library\'s checklist "stalling-signs". Same id, so it replaces the',
    'bundled one. Change an item\'s text, add or remove items; the build checks the rules',
    '(every theme used, bands from 0 to the number of items, risk items with no themes).',
  ],
  decisions: [
    'A copy of the library\'s decision helper "switch-therapist". Same id, so it replaces',
    'the bundled one. A new file name (a new id) would add a second decision helper.',
  ],
  ui: [
    'A copy of the words around the checklist. Same id ("checklist"), so it replaces the',
    'bundled words. Keep every {placeholder}. Delete this file if you keep the wording as is.',
  ],
  crisis: [
    'An example: this file is skipped because its name ends in .example. To add a country,',
    'copy it to crisis/<code>.en.md, change every field and check each number at its source.',
  ],
};

/** A new article (a new id, so it adds one): the example of a file that is not a copy. */
export const exampleArticle = (today: string) => `---
# A new article. Its id is its file name: "our-approach". Show it with
# <stall-article article="our-approach"></stall-article>.
# The build checks the reading level: short sentences and plain words.
title: How we check how therapy is going
summary: Every few weeks we ask how therapy feels for you. Here is what we ask and why.
lang: en
reviewed: ${today}
author: Your practice
sources:
  - id: our-way
    citation: "Your practice (${today.slice(0, 4)}). How we review therapy with clients."
    url: https://example.org/how-we-review
---

Every few weeks, your therapist will ask how therapy is going for you. There is no wrong
answer. We ask because it helps us do our job well[^our-way].

## What we ask {#what-we-ask}

We ask what has changed since you started, what still feels hard, and what you would like
more or less of. You can answer out loud or on a short form.

## What happens next {#what-happens-next}

If something is not working, we talk about it together. We might change the plan, the pace,
or how often we meet. If another therapist would suit you better, we help you find one.
`;
