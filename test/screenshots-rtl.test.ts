/**
 * Right-to-left: in Arabic the whole form mirrors (labels and text right-aligned, the password toggle at the
 * inline end = left, the checklist running right to left, checkboxes right of their labels); in German
 * nothing mirrors. Asserted from layout boxes in every engine; in headless Chromium a picture of each is
 * saved to screenshots/rtl-de.png and screenshots/rtl-ar.png for a person to look at.
 */
import { expect } from '@open-wc/testing';
import type { CleengRegister } from '../src/cleeng-register.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import { fillEmail, fillPassword, mount, passwordInput, until } from './harness.js';
import { engine, nextFrame, screenshot } from './ui-helpers.js';

const box = (node: Element) => node.getBoundingClientRect();

/** Where the words of `node` actually sit (its box may be wider than its text). */
function textBox(node: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

async function mountIn(locale: 'de' | 'ar'): Promise<CleengRegister> {
  const el = await mount({ locale });
  await until(() => el.querySelector('form')?.lang === locale);
  el.style.width = '28rem';
  // Something in every state: a field error, a checklist with one item met, the toggle, the consents.
  await fillEmail(el, 'ada@');
  await fillPassword(el, 'abc');
  await el.updateComplete;
  await nextFrame();
  return el;
}

describe('right-to-left layout', () => {
  failOnConsoleWarnings();
  useMockApi();

  for (const locale of ['de', 'ar'] as const) {
    const rtl = locale === 'ar';

    it(`${locale}: ${rtl ? 'mirrors' : 'keeps'} the form ${rtl ? 'right to left' : 'left to right'}`, async () => {
      const el = await mountIn(locale);
      const form = el.querySelector('form')!;
      expect(getComputedStyle(form).direction).to.equal(rtl ? 'rtl' : 'ltr');

      // The password toggle sits at the inline end of the password input: right in German, left in Arabic.
      const input = box(passwordInput(el));
      const toggle = box(el.querySelector('.cr-toggle')!);
      const inset = rtl ? toggle.left - input.left : input.right - toggle.right;
      expect(inset, 'toggle at the inline end').to.be.within(0, 12);
      expect(toggle.width).to.be.lessThan(input.width / 2);

      // Labels and messages start at the inline start edge.
      const field = box(el.querySelector('.cr-field')!);
      for (const selector of ['label[for$="-email"]', '[id$="-email-error"]', '.cr-hint']) {
        const text = textBox(el.querySelector(selector)!);
        const gap = rtl ? field.right - text.right : text.left - field.left;
        expect(gap, `${selector} at the inline start`).to.be.within(-1, 2);
      }

      // The checklist runs in reading order: first item at the inline start.
      const items = Array.from(el.querySelectorAll('.cr-checklist li')).map(box);
      expect(items.length).to.equal(3);
      if (rtl) expect(items[0]!.right).to.be.greaterThan(items[1]!.right);
      else expect(items[0]!.left).to.be.lessThan(items[1]!.left);
      expect(el.querySelectorAll('.cr-checklist li.cr-met').length).to.equal(1);

      // A checkbox precedes its label in reading order: right of it in Arabic.
      const consent = el.querySelector('.cr-consent')!;
      const tick = box(consent.querySelector('input')!);
      const label = box(consent.querySelector('label')!);
      if (rtl) expect(tick.left).to.be.greaterThan(label.right - 1);
      else expect(tick.right).to.be.lessThan(label.left + 1);

      // An email address reads left to right in any language ("ada@" stays "ada@", not "@ada"), and the
      // publisher's consent label keeps its own direction (English here) inside the mirrored row.
      expect(el.querySelector('input[name="email"]')!.matches(':dir(ltr)')).to.equal(true);
      // "…of Cleeng." keeps its full stop after "Cleeng" (left to right), not at the far left of the line.
      const walker = document.createTreeWalker(consent.querySelector('label')!, NodeFilter.SHOW_TEXT);
      let tail: Text | null = null;
      while (walker.nextNode()) if ((walker.currentNode as Text).data.endsWith('Cleeng.')) tail = walker.currentNode as Text;
      const at = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(tail!, from);
        range.setEnd(tail!, to);
        return range.getBoundingClientRect();
      };
      const end = tail!.data.length;
      expect(at(end - 1, end).left, 'full stop after "Cleeng"').to.be.at.least(at(end - 7, end - 1).right - 2);
      expect(consent.querySelector('label')!.matches(rtl ? ':dir(rtl)' : ':dir(ltr)')).to.equal(true);

      // The frame around the slotted form carries the direction too.
      const shadowBase = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(shadowBase.getAttribute('dir')).to.equal(rtl ? 'rtl' : 'ltr');

      const taken = await screenshot(`rtl-${locale}`, 'cleeng-register');
      expect(taken).to.equal(engine === 'chromium');
    });
  }
});
