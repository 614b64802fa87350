/**
 * "Customer Accounts": what the publisher finds in Cleeng's dashboard after a registration, read from the
 * mock's store: one row per customer with locale, country, currency, registration time and consents.
 */
import type { MockApi } from '../mock/api.js';
import { byId, h, replace } from './dom.js';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

export function renderAccounts(mock: MockApi): void {
  const body = byId<HTMLTableSectionElement>('accounts-body');
  const count = byId('accounts-count');
  const customers = [...mock.state.customers].reverse();
  count.textContent = `${customers.length} customer${customers.length === 1 ? '' : 's'}`;
  if (customers.length === 0) {
    replace(
      body,
      h('tr', {}, h('td', { colspan: 6, class: 'empty' }, 'No customers yet. Register one with the form on the left.')),
    );
    return;
  }
  replace(
    body,
    ...customers.flatMap((customer) => [
      h(
        'tr',
        { class: 'customer', 'data-customer-id': customer.customerId },
        h('td', {}, h('code', {}, customer.customerId)),
        h('td', { class: 'email' }, customer.email),
        h('td', {}, h('code', {}, customer.locale)),
        h('td', {}, customer.country),
        h('td', {}, customer.currency),
        h('td', { class: 'when' }, h('time', { datetime: customer.registeredAt, title: customer.registeredAt }, when(customer.registeredAt))),
      ),
      // The consents on a row of their own, under the customer: name, version and state of each.
      h(
        'tr',
        { class: 'consents-row', 'data-consents-for': customer.customerId },
        h(
          'td',
          { colspan: 6 },
          h('span', { class: 'consents-title' }, 'Consents'),
          customer.consents.length === 0
            ? h('span', { class: 'muted' }, 'none stored')
            : h(
                'ul',
                { class: 'consent-states' },
                ...customer.consents.map((consent) =>
                  h(
                    'li',
                    { 'data-consent': consent.name, 'data-state': consent.state },
                    h('code', {}, consent.name),
                    h('span', { class: 'version' }, `v${consent.version}`),
                    h('span', { class: `state state-${consent.state}` }, consent.state),
                  ),
                ),
              ),
        ),
      ),
    ]),
  );
}

export function accountsPanel(mock: MockApi): { refresh(): void } {
  byId('accounts-refresh').addEventListener('click', () => renderAccounts(mock));
  renderAccounts(mock);
  return { refresh: () => renderAccounts(mock) };
}
