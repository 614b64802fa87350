/**
 * The client-side gate that mirrors Cleeng's per-method limits: how many requests at once, how many start per
 * second, shared by every widget on the page (and by a second copy of the module).
 */
import { expect } from '@open-wc/testing';
import { gate } from '../src/api/gate.js';
import { configurePolicy, policy, type Policy } from '../src/api/policy.js';
import { failOnConsoleWarnings, useMockApi } from './setup.js';
import type { CleengRegister } from '../src/cleeng-register.js';
import { fillValid, mount, submit, until, waitForStep } from './harness.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate and concurrency gate', () => {
  failOnConsoleWarnings();
  let saved: Policy;
  beforeEach(() => {
    saved = { ...policy };
  });
  afterEach(() => configurePolicy(saved));

  it('has the documented limits as defaults', () => {
    expect(policy).to.include({ registerRate: 20, registerConcurrency: 10, defaultRate: 200, defaultConcurrency: 50 });
  });

  it('lets at most `concurrency` requests run at once, and the next one in as soon as one ends', async () => {
    configurePolicy({ registerConcurrency: 2, registerRate: 100 });
    let active = 0;
    let most = 0;
    const order: number[] = [];
    const job = async (n: number, ms: number) => {
      const release = await gate('register').acquire();
      active++;
      most = Math.max(most, active);
      order.push(n);
      await tick(ms);
      active--;
      release();
    };
    const started: number[] = [];
    const jobs = [job(1, 60), job(2, 30), job(3, 10), job(4, 10), job(5, 10)];
    await tick(15);
    started.push(...order);
    expect(started).to.deep.equal([1, 2]);
    await Promise.all(jobs);
    expect(most).to.equal(2);
    expect(order).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('starts at most `rate` requests per second', async () => {
    configurePolicy({ defaultRate: 3, defaultConcurrency: 50 });
    const times: number[] = [];
    const start = performance.now();
    await Promise.all(
      Array.from({ length: 5 }, async () => {
        const release = await gate('default').acquire();
        times.push(performance.now() - start);
        release();
      }),
    );
    times.sort((a, b) => a - b);
    expect(times.slice(0, 3).every((t) => t < 900)).to.equal(true);
    // The fourth and fifth wait until the first start is a second old.
    expect(times[3]).to.be.at.least(990);
    expect(times[4]).to.be.at.least(990);
  });

  it('gives a freed slot to the next waiter when an earlier waiter aborted', async () => {
    configurePolicy({ registerConcurrency: 1, registerRate: 100 });
    const holder = await gate('register').acquire();
    const leaving = new AbortController();
    const left = gate('register').acquire(leaving.signal);
    const next = gate('register').acquire();
    leaving.abort();
    let reason: unknown;
    await left.catch((error: unknown) => (reason = error));
    expect((reason as DOMException).name).to.equal('AbortError');
    holder();
    const release = await next;
    release();
    // Releasing twice gives back one slot, not two.
    release();
    const a = await gate('register').acquire();
    let second = false;
    const b = gate('register').acquire().then((r) => ((second = true), r));
    await tick(20);
    expect(second).to.equal(false);
    a();
    (await b)();
  });

  it('rejects a waiter whose signal aborts while it waits for the rate window', async () => {
    configurePolicy({ defaultRate: 1, defaultConcurrency: 50 });
    (await gate('default').acquire())();
    const controller = new AbortController();
    const waiting = gate('default').acquire(controller.signal);
    await tick(20);
    controller.abort();
    let reason: unknown;
    await waiting.catch((error: unknown) => (reason = error));
    expect((reason as DOMException).name).to.equal('AbortError');
  });

  it('keeps the methods apart: a full register gate does not hold back the GETs', async () => {
    configurePolicy({ registerConcurrency: 1 });
    const holder = await gate('register').acquire();
    const release = await gate('default').acquire();
    release();
    holder();
  });

  it('is one gate for the whole page, even for a second copy of the module', async () => {
    const copy = (await import(/* @vite-ignore */ `${new URL('../src/api/gate.ts', import.meta.url).href}?copy`)) as {
      gate: typeof gate;
    };
    expect(copy.gate).not.to.equal(gate);
    expect(copy.gate('register')).to.equal(gate('register'));
    expect(copy.gate('default')).to.equal(gate('default'));
  });

  describe('across widgets', () => {
    const mock = useMockApi();

    it('two widgets on one page share the registration limit', async () => {
      configurePolicy({ registerConcurrency: 1 });
      const [a, b] = [await mount(), await mount()];
      await fillValid(a, 'a@example.com');
      await fillValid(b, 'b@example.com');
      mock.api.setLatency(150);
      await Promise.all([submit(a), submit(b)]);
      const posts = () => mock.api.requests.filter((r) => r.method === 'POST');
      await until(() => posts().length === 2);
      // The second widget waited in the shared gate: its POST went only once the first one's answer was in,
      // which moved the first widget on, before the second POST could reach the API.
      const first = (posts()[0]!.body as { email: string }).email === 'a@example.com' ? a : b;
      expect(first.step, 'the first widget has its answer').to.not.equal('register');
      await Promise.all([waitForStep(a, 'done'), waitForStep(b, 'done')]);
      expect(posts().map((r) => (r.body as { email: string }).email).sort()).to.deep.equal(['a@example.com', 'b@example.com']);
      expect(mock.api.state.customers).to.have.length(2);
    });

    it('eleven widgets submitting at once stay under Cleeng\'s 10 concurrent registrations: no 429', async function () {
      // Eleven mounts, fills and registrations take a while on a loaded machine.
      this.timeout(20_000);
      // The mock enforces Cleeng's documented limits (10 at once, 20 per second) and answers 429 above them.
      const widgets: CleengRegister[] = [];
      for (let i = 0; i < 11; i++) widgets.push(await mount());
      for (const [i, el] of widgets.entries()) await fillValid(el, `user${i}@example.com`);
      mock.api.setLatency(150);
      const errors: unknown[] = [];
      for (const el of widgets) el.addEventListener('cleeng-register-error', (e) => errors.push(e.detail));
      await Promise.all(widgets.map((el) => submit(el)));
      await until(() => errors.length > 0 || widgets.every((el) => el.step === 'done'));
      expect(errors).to.deep.equal([]);
      expect(mock.api.requests.filter((r) => r.method === 'POST')).to.have.length(11);
      expect(mock.api.state.customers).to.have.length(11);
    });
  });
});
