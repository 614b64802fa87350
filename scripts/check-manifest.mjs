// Checks that custom-elements.json (written by `npm run manifest`) lists the element's whole public contract:
// the names issue 2 fixes, and everything the source itself exposes (every event in the event map, every
// `part`, every named slot, every `--cleeng-register-*` property the styles read), each with a description.
//
//   node scripts/check-manifest.mjs
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const problems = [];
const expect = (ok, message) => {
  if (!ok) problems.push(message);
};

let manifest;
try {
  manifest = JSON.parse(read('custom-elements.json'));
} catch (error) {
  console.error(`check-manifest: cannot read custom-elements.json (${error.message}); run \`npm run manifest\``);
  process.exit(2);
}

// ---- the contract of issue 2, by name ----
const CONTRACT = {
  tag: 'cleeng-register',
  className: 'CleengRegister',
  attributes: {
    'publisher-id': 'publisherId',
    'offer-id': 'offerId',
    environment: 'environment',
    'api-base-url': 'apiBaseUrl',
    locale: 'locale',
    email: 'email',
  },
  readonly: ['step', 'error'],
  methods: ['retry', 'reset'],
  steps: ['metadata', 'consents', 'form', 'register', 'consent-update', 'done'],
};

// ---- what the source exposes ----
const element = read('src/cleeng-register.ts');
const styles = read('src/cleeng-register.styles.ts');
const events = read('src/events.ts');
const eventMap = /interface CleengRegisterEventMap \{([^}]*)\}/.exec(events)?.[1] ?? '';
const sourceEvents = [...eventMap.matchAll(/'([a-z-]+)':\s*CustomEvent/g)].map((m) => m[1]);
const sourceParts = [...new Set([...element.matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]))];
// The form slot is internal: the widget slots its own light-DOM form there (so password managers see it).
const INTERNAL_SLOTS = ['cleeng-register-form'];
const sourceSlots = [...new Set([...element.matchAll(/<slot name="([\w-]+)"/g)].map((m) => m[1]))].filter(
  (name) => !INTERNAL_SLOTS.includes(name),
);
const sourceCssProps = [...new Set([...styles.matchAll(/var\((--cleeng-register-[\w-]+)/g)].map((m) => m[1]))];
expect(sourceEvents.length >= 5, `src/events.ts: found only ${sourceEvents.length} events in CleengRegisterEventMap`);

// ---- the manifest ----
const modules = manifest.modules ?? [];
const declarations = modules.flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ ...decl, module: mod.path })));
const el = declarations.find((decl) => decl.name === CONTRACT.className);
if (!el) {
  console.error(`check-manifest: no class ${CONTRACT.className} in custom-elements.json`);
  process.exit(1);
}
expect(el.customElement === true && el.tagName === CONTRACT.tag, `${CONTRACT.className} is not the custom element <${CONTRACT.tag}>`);
expect(el.description?.length > 20, 'the element has no description');
const definitions = modules.flatMap((mod) => (mod.exports ?? []).filter((exp) => exp.kind === 'custom-element-definition'));
expect(
  definitions.some((def) => def.name === CONTRACT.tag && def.declaration?.name === CONTRACT.className),
  `no custom-element-definition of <${CONTRACT.tag}>`,
);
const jsExports = modules.find((mod) => mod.path === 'lib/index.js')?.exports ?? [];
expect(jsExports.some((exp) => exp.kind === 'js' && exp.name === CONTRACT.className), `lib/index.js does not export ${CONTRACT.className}`);
for (const mod of modules) expect(/^lib\/.+\.js$/.test(mod.path), `module path ${mod.path} is not a shipped lib/*.js file`);

const described = (item, what) => expect(Boolean(item?.description?.trim()), `${what} has no description`);
const byName = (list, name) => (list ?? []).find((item) => item.name === name);

for (const [attribute, field] of Object.entries(CONTRACT.attributes)) {
  const attr = byName(el.attributes, attribute);
  expect(attr, `attribute ${attribute} is missing`);
  expect(!attr || attr.fieldName === field, `attribute ${attribute} is not linked to the property ${field}`);
  described(attr, `attribute ${attribute}`);
  const prop = byName(el.members, field);
  expect(prop?.kind === 'field' && prop.attribute === attribute, `property ${field} (attribute ${attribute}) is missing`);
}
for (const name of CONTRACT.readonly) {
  const prop = byName(el.members, name);
  expect(prop?.kind === 'field' && prop.readonly === true, `read-only property ${name} is missing`);
  described(prop, `property ${name}`);
}
const stepType = byName(el.members, 'step')?.type?.text ?? '';
for (const step of CONTRACT.steps) expect(stepType.includes(`'${step}'`), `the type of step does not list '${step}'`);
for (const name of CONTRACT.methods) {
  const method = byName(el.members, name);
  expect(method?.kind === 'method', `method ${name}() is missing`);
  described(method, `method ${name}()`);
}
for (const member of el.members ?? []) {
  expect(member.privacy === undefined || member.privacy === 'public', `non-public member ${member.name} is listed`);
  described(member, `member ${member.name}`);
}
for (const name of sourceEvents) {
  const event = byName(el.events, name);
  expect(event, `event ${name} is missing`);
  expect(!event || /^CustomEvent<\w+>$/.test(event.type?.text ?? ''), `event ${name} has no typed detail`);
  described(event, `event ${name}`);
}
for (const event of el.events ?? []) expect(sourceEvents.includes(event.name), `event ${event.name} is not in the event map`);
for (const name of sourceSlots) described(byName(el.slots, name), `slot ${name}`);
for (const slot of el.slots ?? []) expect(sourceSlots.includes(slot.name), `slot ${slot.name} does not exist in the template`);
for (const name of sourceParts) described(byName(el.cssParts, name), `part ${name}`);
for (const part of el.cssParts ?? []) expect(sourceParts.includes(part.name), `part ${part.name} does not exist in the template`);
for (const name of sourceCssProps) described(byName(el.cssProperties, name), `CSS property ${name}`);
for (const prop of el.cssProperties ?? []) expect(sourceCssProps.includes(prop.name), `CSS property ${prop.name} is not used by the styles`);

if (problems.length) {
  console.error(`check-manifest: custom-elements.json misses part of the public contract:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `check-manifest: ok: <${el.tagName}> ${el.name}, ${el.attributes.length} attributes, ${el.members.length} public members, ` +
    `${el.events.length} events, ${el.slots.length} slots, ${el.cssParts.length} parts, ${el.cssProperties.length} CSS properties`,
);
