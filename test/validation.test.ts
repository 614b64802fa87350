import { expect } from '@open-wc/testing';
import { passwordRules, validateEmail, validateForm, validatePassword } from '../src/validation/form.js';

describe('validation: form schema -> message keys', () => {
  it('accepts ordinary addresses and says what is wrong with others', () => {
    expect(validateEmail('ada@example.com')).to.equal(null);
    expect(validateEmail('  ada.lovelace+news@sub.example.co.uk ')).to.equal(null);
    expect(validateEmail('')).to.equal('email-missing');
    expect(validateEmail('   ')).to.equal('email-missing');
    for (const bad of ['ada', 'ada@', '@example.com', 'ada@example', 'ada example@x.com', 'ada@@example.com']) {
      expect(validateEmail(bad), bad).to.equal('email-invalid');
    }
  });

  it('draws the email line where it always has (the pattern zod/mini\'s z.email() uses)', () => {
    for (const good of ["o'neil@example.com", 'ADA@EXAMPLE.COM', 'ada_l-x+1@sub-domain.example.io', 'a@b.co']) {
      expect(validateEmail(good), good).to.equal(null);
    }
    const bads = [
      '.ada@example.com',
      'ada.@example.com',
      'a..b@example.com',
      "ada'@example.com",
      'zoë@example.com',
      '"ada"@example.com',
      'ada@example.c',
      'ada@-example.com',
      'ada@exa_mple.com',
      'ada@example..com',
      'ada@example.com.',
      'ada@example.123',
      'ada@[127.0.0.1]',
      'ada@localhost',
    ];
    for (const bad of bads) expect(validateEmail(bad), bad).to.equal('email-invalid');
  });

  it("applies Cleeng's password rule: 8 to 80 characters, a letter and a digit", () => {
    expect(validatePassword('secret12')).to.equal(null);
    expect(validatePassword('Zażółć12')).to.equal(null);
    expect(validatePassword('a1'.repeat(40))).to.equal(null);
    expect(validatePassword('')).to.equal('password-missing');
    expect(validatePassword('abc123')).to.equal('password-length');
    expect(validatePassword('a1'.repeat(40) + 'x')).to.equal('password-length');
    expect(validatePassword('12345678')).to.equal('password-letter');
    expect(validatePassword('abcdefgh')).to.equal('password-digit');
  });

  it('drives the live checklist rule by rule', () => {
    expect(passwordRules.length('1234567')).to.equal(false);
    expect(passwordRules.length('12345678')).to.equal(true);
    expect(passwordRules.letter('1234é')).to.equal(true);
    expect(passwordRules.letter('1234!')).to.equal(false);
    expect(passwordRules.digit('abc9')).to.equal(true);
    expect(passwordRules.digit('abc!')).to.equal(false);
  });

  it('never lets a form through without every required consent', () => {
    const consents = [
      { name: 'terms', required: true },
      { name: 'broadcaster_terms', required: true },
      { name: 'broadcaster_marketing', required: false },
    ];
    const values = { email: 'ada@example.com', password: 'secret12', ticks: { terms: true } };
    expect(validateForm(values, consents)).to.deep.equal({
      missingConsents: ['broadcaster_terms'],
      consents: 'consent-required',
    });
    expect(validateForm({ ...values, ticks: { terms: true, broadcaster_terms: true } }, consents)).to.deep.equal({
      missingConsents: [],
    });
    expect(validateForm({ email: 'x', password: '', ticks: {} }, consents)).to.deep.include({
      email: 'email-invalid',
      password: 'password-missing',
      consents: 'consent-required',
    });
  });
});
