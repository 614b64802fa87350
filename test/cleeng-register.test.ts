import { expect, oneEvent } from '@open-wc/testing';
import type { ErrorDetail, SuccessDetail } from '../src/events.js';
import { decodeJwt } from '../mock/api.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import { alertText, emailInput, errorText, fillValid, mount, passwordInput, submit, toggleConsent, until, waitForStep } from './harness.js';

describe('<cleeng-register>: the registration flow', () => {
  failOnConsoleWarnings();
  const mock = useMockApi();

  it('loads metadata and consents together, then registers and stores the consents', async () => {
    const el = await mount();
    const gets = mock.api.requests.filter((r) => r.method === 'GET').map((r) => r.path);
    expect(gets).to.have.members(['/locales', '/publishers/123456789/consents']);

    await fillValid(el);
    await toggleConsent(el, 'broadcaster_marketing', false);
    const success = oneEvent<CustomEvent<SuccessDetail>>(el, 'cleeng-register-success');
    await submit(el);
    const { detail } = await success;

    const writes = mock.api.requests.filter((r) => r.method !== 'GET' && r.method !== 'OPTIONS');
    expect(writes.map((r) => `${r.method} ${r.path}`)).to.deep.equal([
      'POST /customers',
      `PUT /customers/${detail.customerId}/consents`,
    ]);
    expect(writes[0]!.body).to.deep.equal({
      email: 'ada@example.com',
      password: 'secret123',
      publisherId: '123456789',
      locale: 'en_US',
      country: 'US',
      currency: 'USD',
    });
    expect(writes[1]!.headers['authorization']).to.equal(`Bearer ${detail.jwt}`);
    expect((writes[1]!.body as { consents: unknown[] }).consents).to.deep.equal([
      { name: 'terms', version: mock.api.state.consents[0]!.version, state: 'accepted' },
      { name: 'broadcaster_terms', version: mock.api.state.consents[1]!.version, state: 'accepted' },
      { name: 'broadcaster_marketing', version: mock.api.state.consents[2]!.version, state: 'declined' },
    ]);
    expect(decodeJwt(detail.jwt)['customerId']).to.equal(detail.customerId);
    expect(detail.email).to.equal('ada@example.com');
    expect(detail.country).to.equal('US');
    expect(detail.consents.map((c) => [c.name, c.state, c.required])).to.deep.equal([
      ['terms', 'accepted', true],
      ['broadcaster_terms', 'accepted', true],
      ['broadcaster_marketing', 'declined', false],
    ]);
    expect(el.step).to.equal('done');
    expect(JSON.stringify(detail)).not.to.contain('secret123');
    expect(el.shadowRoot!.textContent).to.contain('Your account is ready.');
  });

  it('keeps the input and says why when the email is taken', async () => {
    const el = await mount();
    await fillValid(el, 'taken@example.com');
    await submit(el);
    await waitForStep(el, 'done');

    el.reset();
    await el.updateComplete;
    expect(emailInput(el).value).to.equal('');
    await fillValid(el, 'taken@example.com', 'other1234');
    const error = oneEvent<CustomEvent<ErrorDetail>>(el, 'cleeng-register-error');
    await submit(el);
    const { detail } = await error;
    expect(detail).to.include({ step: 'register', code: 'customer-exists', status: 422, recoverable: true });
    await until(() => el.step === 'form');
    expect(errorText(el, 'email')).to.contain('already exists');
    expect(emailInput(el).value).to.equal('taken@example.com');
    expect(passwordInput(el).value).to.equal('other1234');
    expect(alertText(el)).to.equal('');
  });
});
