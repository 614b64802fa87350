/**
 * Which language the widget speaks: the `locale` attribute, else the locale Cleeng's `GET /locales` returned,
 * else the browser's languages, else English; and what it sends back to Cleeng stays what `/locales` said.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { matchLocale, resolveLocale } from '../src/locales/resolve.js';
import type { CleengRegister } from '../src/cleeng-register.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import { PUBLISHER, fillValid, submit, until, waitForStep } from './harness.js';

describe('matchLocale', () => {
  it('maps Cleeng locales (language_REGION) to the translated locales', () => {
    expect(matchLocale('de_DE')).to.equal('de');
    expect(matchLocale('de_AT')).to.equal('de');
    expect(matchLocale('fr_FR')).to.equal('fr');
    expect(matchLocale('fr_CA')).to.equal('fr');
    expect(matchLocale('pt_BR')).to.equal('pt-BR');
    expect(matchLocale('pt_PT')).to.equal('pt-PT');
    expect(matchLocale('zh_CN')).to.equal('zh-Hans');
    expect(matchLocale('zh_SG')).to.equal('zh-Hans');
    expect(matchLocale('en_US')).to.equal('en');
    expect(matchLocale('ar_EG')).to.equal('ar');
    expect(matchLocale('he_IL')).to.equal('he');
  });

  it('falls back from an unknown region to its language', () => {
    expect(matchLocale('de_XX')).to.equal('de');
    expect(matchLocale('es_419')).to.equal('es');
    expect(matchLocale('es-MX')).to.equal('es');
    expect(matchLocale('ja_ZZ')).to.equal('ja');
    // Portuguese outside Brazil follows the European norm; bare `pt` is Brazilian (CLDR likely subtags).
    expect(matchLocale('pt_AO')).to.equal('pt-PT');
    expect(matchLocale('pt')).to.equal('pt-BR');
  });

  it('reads BCP 47 tags from the browser in any case, with script subtags and aliases', () => {
    expect(matchLocale('pt-br')).to.equal('pt-BR');
    expect(matchLocale('PT-pt')).to.equal('pt-PT');
    expect(matchLocale('zh-Hans-CN')).to.equal('zh-Hans');
    expect(matchLocale('nb-NO')).to.equal('nb');
    expect(matchLocale('no')).to.equal('nb');
    expect(matchLocale('nn-NO')).to.equal('nb');
    expect(matchLocale('iw')).to.equal('he');
  });

  it('refuses what is not translated (Traditional Chinese is not Simplified)', () => {
    expect(matchLocale('zh_TW')).to.equal(null);
    expect(matchLocale('zh-Hant')).to.equal(null);
    expect(matchLocale('zh_HK')).to.equal(null);
    expect(matchLocale('xx_XX')).to.equal(null);
    expect(matchLocale('')).to.equal(null);
    expect(matchLocale(null)).to.equal(null);
  });
});

describe('resolveLocale: attribute > /locales > navigator.languages > en', () => {
  it('takes the attribute first', () => {
    expect(resolveLocale('ar', 'de_DE', ['fr-FR'])).to.equal('ar');
  });

  it('takes the /locales answer without an attribute', () => {
    expect(resolveLocale(null, 'de_DE', ['fr-FR'])).to.equal('de');
    expect(resolveLocale('', 'pt_BR', ['fr-FR'])).to.equal('pt-BR');
  });

  it('passes over an unsupported value to the next source', () => {
    expect(resolveLocale('xx', 'pt_PT', ['fr-FR'])).to.equal('pt-PT');
    expect(resolveLocale(undefined, 'zh_TW', ['ko-KR', 'en'])).to.equal('ko');
    expect(resolveLocale(undefined, undefined, ['zh-TW', 'sw', 'it-IT'])).to.equal('it');
  });

  it('ends in English', () => {
    expect(resolveLocale(null, null, [])).to.equal('en');
    expect(resolveLocale('xx', 'yy_YY', ['zz'])).to.equal('en');
  });
});

describe('<cleeng-register> without a locale attribute', () => {
  failOnConsoleWarnings();
  const mock = useMockApi({
    locales: { country: 'FR', currency: 'EUR', locale: 'fr_FR', ipAddress: '203.0.113.9' },
  });

  it('speaks French when /locales says fr_FR, and still sends fr_FR to Cleeng', async () => {
    const el = await fixture<CleengRegister>(html`<cleeng-register publisher-id=${PUBLISHER}></cleeng-register>`);
    expect(el.hasAttribute('locale')).to.equal(false);
    await waitForStep(el, 'form');
    const form = el.querySelector('form')!;
    await until(() => form.lang === 'fr');

    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('fr');
    expect(form.dir).to.equal('ltr');
    expect(el.querySelector('label[for$="-email"]')!.textContent!.trim()).to.equal('Adresse e-mail');
    expect(el.querySelector('label[for$="-password"]')!.textContent!.trim()).to.equal('Mot de passe');
    expect(el.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Créer un compte');

    await fillValid(el);
    const success = oneEvent(el, 'cleeng-register-success');
    await submit(el);
    const { detail } = await success;
    const post = mock.api.requests.find((r) => r.method === 'POST' && r.path === '/customers');
    expect((post!.body as { locale: string }).locale).to.equal('fr_FR');
    expect(detail.locale).to.equal('fr_FR');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Votre compte est prêt.');
  });
});
