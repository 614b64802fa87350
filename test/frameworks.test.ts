/**
 * The README's React 19, Vue 3, Svelte 5 and Angular 21 recipes, run through the real frameworks (devDependencies,
 * served by scripts/wtr-frameworks.mjs): the framework creates the element, sets its properties (a function
 * included, which only a property can carry) and hears `cleeng-register-success` through its own event binding.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createApp, ref } from 'vue';
import { flushSync, mount, unmount } from 'svelte';
// Angular's compiler in the page: components are compiled just in time, from their decorator's template.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import Signup from './fixtures/Signup.svelte';
import type { CleengRegister } from '../src/cleeng-register.js';
import type { SuccessDetail } from '../src/events.js';
import { failOnConsoleWarnings } from './setup.js';
import { PUBLISHER, fillValid, submit, until, waitForStep } from './harness.js';
import { useFreshApi } from './ui-helpers.js';

describe('<cleeng-register> in frameworks', () => {
  failOnConsoleWarnings();
  const fresh = useFreshApi();

  /**
   * The customer registers through the widget the framework rendered as `name`: the page hears one success
   * event, shows it in its `<output>`, and the POST carried the framework's captcha token (`<name>-captcha-token`).
   */
  async function registersThrough(container: HTMLElement, el: CleengRegister, heard: SuccessDetail[], name: string) {
    await waitForStep(el, 'form');
    await fillValid(el, `${name}@example.com`);
    await submit(el);
    await until(() => heard.length > 0 && container.querySelector('output')!.textContent !== '');
    expect(heard).to.have.length(1);
    expect(heard[0]!.email).to.equal(`${name}@example.com`);
    expect(container.querySelector('output')!.textContent).to.equal(`Welcome, customer ${heard[0]!.customerId}`);
    const post = fresh.api.requests.find((r) => r.method === 'POST')!;
    expect((post.body as { captchaValue?: string }).captchaValue).to.equal(`${name}-captcha-token`);
  }

  it('React 19: properties through props, the success event through `oncleeng-register-success`', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    fresh.api.setRequireCaptcha(true);
    const getCaptchaToken = async () => 'react-captcha-token';
    const heard: SuccessDetail[] = [];

    function Signup({ base }: { base: string }) {
      const [customerId, setCustomerId] = useState('');
      return createElement(
        'div',
        null,
        createElement('cleeng-register', {
          publisherId: PUBLISHER,
          apiBaseUrl: base,
          locale: 'en',
          getCaptchaToken,
          'oncleeng-register-success': (event: CustomEvent<SuccessDetail>) => {
            heard.push(event.detail);
            setCustomerId(event.detail.customerId);
          },
        }),
        createElement('output', null, customerId ? `Welcome, customer ${customerId}` : ''),
      );
    }

    const root = createRoot(container);
    try {
      root.render(createElement(Signup, { base: fresh.base }));
      await until(() => container.querySelector('cleeng-register') !== null);
      const el = container.querySelector('cleeng-register')!;
      // React 19 set properties, not attributes: the function could only arrive as a property.
      expect(el.publisherId).to.equal(PUBLISHER);
      expect(el.hasAttribute('publisher-id')).to.equal(false);
      expect(el.getCaptchaToken).to.equal(getCaptchaToken);
      await registersThrough(container, el, heard, 'react');
      // React re-rendered its tree after the event; the widget kept its finished state.
      expect((container.querySelector('cleeng-register') as CleengRegister).step).to.equal('done');
    } finally {
      root.unmount();
    }
    expect(container.querySelector('cleeng-register')).to.equal(null);
  });

  it('Vue 3: attributes and a `.prop` binding in a template, the success event through `@cleeng-register-success`', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    fresh.api.setRequireCaptcha(true);
    const getCaptchaToken = async () => 'vue-captcha-token';
    const heard: SuccessDetail[] = [];

    const app = createApp({
      template: `
        <cleeng-register
          publisher-id="${PUBLISHER}"
          :api-base-url="base"
          locale="en"
          .getCaptchaToken="getCaptchaToken"
          @cleeng-register-success="onSuccess"
        ></cleeng-register>
        <output>{{ customerId ? 'Welcome, customer ' + customerId : '' }}</output>`,
      setup() {
        const customerId = ref('');
        return {
          base: fresh.base,
          getCaptchaToken,
          customerId,
          onSuccess(event: CustomEvent<SuccessDetail>) {
            heard.push(event.detail);
            customerId.value = event.detail.customerId;
          },
        };
      },
    });
    // The recipe's one line of configuration: tell Vue's compiler the tag is not a Vue component.
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'cleeng-register';
    app.mount(container);
    try {
      const el = container.querySelector('cleeng-register')!;
      expect(el.getAttribute('publisher-id')).to.equal(PUBLISHER);
      expect(el.apiBaseUrl).to.equal(fresh.base);
      expect(el.getCaptchaToken).to.equal(getCaptchaToken);
      await registersThrough(container, el, heard, 'vue');
    } finally {
      app.unmount();
    }
    expect(container.querySelector('cleeng-register')).to.equal(null);
  });

  it('Svelte 5: attributes, a property by name, the success event through `oncleeng-register-success`', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    fresh.api.setRequireCaptcha(true);
    const getCaptchaToken = async () => 'svelte-captcha-token';
    const heard: SuccessDetail[] = [];

    const app = mount(Signup, { target: container, props: { publisherId: PUBLISHER, base: fresh.base, getCaptchaToken, heard } });
    try {
      flushSync();
      const el = container.querySelector('cleeng-register')!;
      // Svelte set `getCaptchaToken` as a property, since the element has one (a function could only arrive
      // that way), and the dashed names as attributes.
      expect(el.getAttribute('publisher-id')).to.equal(PUBLISHER);
      expect(el.apiBaseUrl).to.equal(fresh.base);
      expect(el.getCaptchaToken).to.equal(getCaptchaToken);
      expect(el.hasAttribute('getcaptchatoken')).to.equal(false);
      await registersThrough(container, el, heard, 'svelte');
    } finally {
      await unmount(app);
    }
    expect(container.querySelector('cleeng-register')).to.equal(null);
  });

  it('Angular 21: `[property]` bindings, the success event through `(cleeng-register-success)`', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><app-signup></app-signup></div>`);
    fresh.api.setRequireCaptcha(true);
    const getCaptchaToken = async () => 'angular-captcha-token';
    const heard: SuccessDetail[] = [];

    // The recipe's component; `Component({...})(class)` is what its `@Component({...})` decorator does. Here the
    // compiler runs in the page (JIT), which accepts the element without CUSTOM_ELEMENTS_SCHEMA because it is
    // defined; `ng build`'s template checker needs the schema. So this checks the bindings and the event, not that.
    class SignupComponent {
      publisherId = PUBLISHER;
      base = fresh.base;
      getCaptchaToken = getCaptchaToken;
      customerId = '';
      onSuccess(event: Event) {
        const { detail } = event as CustomEvent<SuccessDetail>;
        heard.push(detail);
        this.customerId = detail.customerId;
      }
    }
    Component({
      selector: 'app-signup',
      standalone: true,
      schemas: [CUSTOM_ELEMENTS_SCHEMA],
      template: `
        <cleeng-register
          [publisherId]="publisherId"
          [apiBaseUrl]="base"
          locale="en"
          [getCaptchaToken]="getCaptchaToken"
          (cleeng-register-success)="onSuccess($event)"
        ></cleeng-register>
        <output>{{ customerId ? 'Welcome, customer ' + customerId : '' }}</output>`,
    })(SignupComponent);

    const app = await bootstrapApplication(SignupComponent, { providers: [provideZonelessChangeDetection()] });
    try {
      const el = container.querySelector('cleeng-register')!;
      // Angular's [bindings] set properties: the function could only arrive as one.
      expect(el.publisherId).to.equal(PUBLISHER);
      expect(el.hasAttribute('publisher-id')).to.equal(false);
      expect(el.apiBaseUrl).to.equal(fresh.base);
      expect(el.getCaptchaToken).to.equal(getCaptchaToken);
      await registersThrough(container, el, heard, 'angular');
    } finally {
      app.destroy();
    }
    expect(container.querySelector('cleeng-register')).to.equal(null);
  });
});
