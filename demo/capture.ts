/**
 * "Capture": the publisher's consents, as in Cleeng's dashboard (Admin & Tools -> Capture). Edit the label
 * HTML, required, version and the rest, add or remove consents, save: the mock stores them (`setConsents`
 * persists through the store) and the widget shows them on the next page load.
 */
import { DEFAULT_CONSENTS, type MockApi, type MockConsent } from '../mock/api.js';
import { byId, h, replace } from './dom.js';

const copy = (list: MockConsent[]): MockConsent[] => list.map((consent) => ({ ...consent }));

/** Problems that would make the list unusable, or [] (names unique and non-empty, versions non-empty). */
export function consentProblems(list: MockConsent[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((consent, index) => {
    const which = `Consent ${index + 1}`;
    if (consent.name.trim() === '') problems.push(`${which}: the name is empty.`);
    else if (seen.has(consent.name)) problems.push(`${which}: the name "${consent.name}" is used twice.`);
    seen.add(consent.name);
    if (consent.version.trim() === '') problems.push(`${which}: the version is empty.`);
  });
  return problems;
}

export function capturePanel(mock: MockApi, onSaved: () => void): void {
  const list = byId<HTMLOListElement>('capture-list');
  const status = byId('capture-status');
  const reload = byId<HTMLButtonElement>('capture-reload');
  let draft = copy(mock.state.consents);

  const setStatus = (text: string, tone: 'info' | 'ok' | 'bad' = 'info') => {
    status.textContent = text;
    status.dataset['tone'] = tone;
  };
  const changed = () => {
    setStatus('Unsaved changes.');
    reload.hidden = true;
  };

  const field = (id: string, label: string, input: HTMLElement, hint?: string) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'hint' }, hint) : null);

  const card = (consent: MockConsent, index: number): HTMLLIElement => {
    const id = `consent-${index}`;
    const text = (key: 'name' | 'version' | 'value', attrs: Record<string, string> = {}) =>
      h('input', {
        id: `${id}-${key}`,
        type: 'text',
        value: consent[key],
        ...attrs,
        oninput: (event: Event) => {
          consent[key] = (event.target as HTMLInputElement).value;
          changed();
        },
      });
    const flag = (key: 'required' | 'enabledByDefault', label: string) =>
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          id: `${id}-${key}`,
          checked: consent[key],
          onchange: (event: Event) => {
            consent[key] = (event.target as HTMLInputElement).checked;
            changed();
          },
        }),
        label,
      );
    const move = (delta: number) => {
      const target = index + delta;
      if (target < 0 || target >= draft.length) return;
      [draft[index], draft[target]] = [draft[target]!, draft[index]!];
      render();
      changed();
    };
    const label = h('textarea', {
      id: `${id}-label`,
      rows: 3,
      spellcheck: 'false',
      oninput: (event: Event) => {
        consent.label = (event.target as HTMLTextAreaElement).value;
        changed();
      },
    });
    label.value = consent.label;
    return h(
      'li',
      { class: 'consent-card', 'data-consent': consent.name },
      h(
        'div',
        { class: 'card-head' },
        h('h3', {}, `Consent ${index + 1}`),
        h(
          'div',
          { class: 'card-actions' },
          h('button', { type: 'button', class: 'small', disabled: index === 0, onclick: () => move(-1), 'aria-label': `Move consent ${index + 1} up` }, '↑'),
          h('button', { type: 'button', class: 'small', disabled: index === draft.length - 1, onclick: () => move(1), 'aria-label': `Move consent ${index + 1} down` }, '↓'),
          h(
            'button',
            {
              type: 'button',
              class: 'small danger',
              onclick: () => {
                draft.splice(index, 1);
                render();
                changed();
              },
            },
            'Remove',
          ),
        ),
      ),
      h(
        'div',
        { class: 'grid' },
        field(`${id}-name`, 'Name', text('name', { required: '', placeholder: 'broadcaster_terms' }), 'terms, broadcaster_terms, broadcaster_marketing, or your own'),
        field(`${id}-version`, 'Version', text('version', { required: '', placeholder: '1.0', inputmode: 'decimal' }), 'Customers accept this version'),
      ),
      field(`${id}-label`, 'Label (HTML)', label, 'Text and <a href> links are shown; any other markup is dropped by the widget.'),
      field(`${id}-value`, 'Value', text('value'), 'A URL for terms, free text for marketing'),
      h('div', { class: 'flags' }, flag('required', 'Required'), flag('enabledByDefault', 'Enabled by default (pre-ticks required consents only)')),
    );
  };

  const render = () => {
    replace(list, ...draft.map(card));
    if (draft.length === 0) replace(list, h('li', { class: 'empty' }, 'No consents: the form will show none.'));
  };

  byId('capture-add').addEventListener('click', () => {
    draft.push({
      name: `custom_${draft.length + 1}`,
      version: '1',
      label: 'I agree to the <a href="https://example.com/policy" target="_blank">new policy</a>.',
      required: false,
      enabledByDefault: false,
      value: 'https://example.com/policy',
      broadcasterId: 123456789,
    });
    render();
    changed();
    list.lastElementChild?.querySelector('input')?.focus();
  });
  byId('capture-defaults').addEventListener('click', () => {
    draft = copy(DEFAULT_CONSENTS);
    render();
    changed();
  });
  byId('capture-revert').addEventListener('click', () => {
    draft = copy(mock.state.consents);
    render();
    setStatus('');
    reload.hidden = true;
  });
  byId<HTMLFormElement>('capture-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const problems = consentProblems(draft);
    if (problems.length > 0) {
      setStatus(problems.join(' '), 'bad');
      return;
    }
    mock.setConsents(draft);
    draft = copy(mock.state.consents);
    setStatus('Saved. The widget loads consents once per page: reload to see them.', 'ok');
    reload.hidden = false;
    onSaved();
  });
  reload.addEventListener('click', () => location.reload());
  render();
}
