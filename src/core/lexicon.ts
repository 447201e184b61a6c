/**
 * The small English lexicon the linter reads prose with: which verbs are
 * concrete duties, which words open a clause, which are prepositions.
 *
 * Words are given lower-cased in the spelling that `spelling()` in text.ts
 * produces (American -ize/-yze), since both sides of every lookup go through it.
 */
import wordnetVerbs from '../../data/verbs.json';
import { spelling } from './text.js';

/**
 * Verbs of concrete activity: "calibrate infusion pumps", "train ward staff".
 * A `+particle` entry counts only with that particle ("carry out", "set up").
 * Deliberately absent: use, work, help, do, be, have, need, rely, involve,
 * support and other verbs that say nothing a practitioner does.
 */
const DUTY_VERBS = `
adjust administer advise align analyze answer apply assemble assess assign attach audit authorize
back+up build calibrate capture carry+out catalog check classify clean code collect communicate compile conduct configure connect
construct control coordinate count create crossmatch deal+with decontaminate deliver demonstrate deploy design detect develop diagnose disinfect dispense
disconnect document draw educate encrypt enter evaluate examine explain extract file find fit fix flag follow+up gather
give go+through guide hand handle identify implement inform input insert inspect install instruct interpret investigate invent isolate keep label lead
liaise load locate log look+after maintain make manage measure mend monitor obtain operate order organize oversee
pass patch perform place plan position prep prepare prescribe print process produce program protect prototype
provide put read rebuild receive recommend record recover remove repair replace report research reset resolve respond restore retrieve review
run safeguard scan screen secure select send separate service set+up show sort sort+out spin spot stain sterilize stick store
supervise take teach test track train transfer translate transport treat troubleshoot tune turn update upgrade upload
validate verify work+out write
`;

/** Verbs listed only with their particle, that say nothing done without it ("work" of "work out the doses"). */
export const ONLY_WITH_PARTICLE: ReadonlySet<string> = new Set(['work']);

/** Irregular past forms and participles. */
const IRREGULAR: Record<string, string[]> = {
  build: ['built'], deal: ['dealt'], draw: ['drew', 'drawn'], find: ['found'], give: ['gave', 'given'], go: ['went', 'gone'], keep: ['kept'],
  lead: ['led'], make: ['made'], put: ['put'], read: ['read'], run: ['ran'], send: ['sent'], set: ['set'], show: ['shown', 'showed'],
  spin: ['spun'], stick: ['stuck'], take: ['took', 'taken'], teach: ['taught'], write: ['wrote', 'written'], cut: ['cut'], drive: ['drove', 'driven'],
};

/** How a verb form was written. */
export type VerbForm = 'base' | 's' | 'ed' | 'ing';

/** A duty verb as found in text. */
export interface DutyVerb {
  lemma: string;
  form: VerbForm;
  particle?: string;
}

function inflect(lemma: string): [string, VerbForm][] {
  const forms: [string, VerbForm][] = [[lemma, 'base']];
  const last = lemma[lemma.length - 1]!;
  const beforeLast = lemma[lemma.length - 2] ?? '';
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  if (/(?:[sxz]|ch|sh)$/.test(lemma)) forms.push([`${lemma}es`, 's']);
  else if (last === 'y' && !vowel(beforeLast)) forms.push([`${lemma.slice(0, -1)}ies`, 's']);
  else if (last === 'o') forms.push([`${lemma}es`, 's']);
  else forms.push([`${lemma}s`, 's']);
  let stem = lemma;
  if (last === 'e') stem = lemma.slice(0, -1);
  else if (last === 'y' && !vowel(beforeLast)) stem = `${lemma.slice(0, -1)}i`;
  const doubles = DOUBLE_FINAL.has(lemma);
  const edStem = doubles ? lemma + last : stem;
  forms.push([last === 'y' && !vowel(beforeLast) ? `${stem}ed` : `${edStem}ed`, 'ed']);
  forms.push([last === 'e' && !lemma.endsWith('ee') ? `${stem}ing` : `${doubles ? lemma + last : lemma}ing`, 'ing']);
  for (const past of IRREGULAR[lemma] ?? []) forms.push([past, 'ed']);
  return forms;
}

/** Verbs whose final consonant doubles (plan, planned). */
const DOUBLE_FINAL = new Set(['plan', 'prep', 'stop', 'map', 'ship', 'log', 'scan', 'spin', 'cut', 'put', 'set', 'run', 'fit', 'spot', 'flag', 'swab', 'tag', 'strip', 'pin', 'dip', 'drop', 'plug', 'grab', 'chop', 'rub', 'admit', 'submit', 'control', 'program', 'label', 'model', 'level']);

const dutyForms = new Map<string, DutyVerb>();
for (const entry of DUTY_VERBS.split(/\s+/)) {
  if (!entry) continue;
  const [lemma, particle] = entry.split('+') as [string, string | undefined];
  for (const [form, kind] of inflect(lemma)) {
    const key = spelling(form);
    const existing = dutyForms.get(key);
    // A verb that needs a particle never hides the same verb without one.
    if (existing && !existing.particle) continue;
    dutyForms.set(key, particle ? { lemma, form: kind, particle } : { lemma, form: kind });
    // "analyses" is kept British by `spelling()`, as it is also the plural of "analysis": its verb reading goes in too.
    const british = britishForm(form);
    if (british !== undefined && !dutyForms.has(spelling(british))) dutyForms.set(spelling(british), dutyForms.get(key)!);
  }
}

/** The British -ise/-yse spelling of an -ize/-yze verb form ("analyzes" → "analyses"); undefined for other verbs. */
function britishForm(form: string): string | undefined {
  const at = Math.max(form.lastIndexOf('iz'), form.lastIndexOf('yz'));
  return at > 0 && at >= form.length - 5 ? `${form.slice(0, at + 1)}s${form.slice(at + 2)}` : undefined;
}

/**
 * Verbs that need a particle, also listed without one above ("set up" vs
 * "set"), keep both readings: the table holds the particle-free one when the
 * bare verb is a duty too.
 */
export function dutyVerb(lower: string): DutyVerb | undefined {
  return dutyForms.get(lower);
}

/** Every one-word verb of WordNet (data/verbs.json, made by scripts/build-verbs.mjs). */
const VERBS: ReadonlySet<string> = new Set(wordnetVerbs.verbs);

/** Irregular past forms of common verbs beyond the duty verbs', by form. */
const PAST_FORMS: Record<string, string> = {
  began: 'begin', begun: 'begin', bought: 'buy', brought: 'bring', caught: 'catch', chose: 'choose', chosen: 'choose', dealt: 'deal',
  did: 'do', done: 'do', fed: 'feed', felt: 'feel', fought: 'fight', got: 'get', gotten: 'get', held: 'hold', hung: 'hang', knew: 'know',
  known: 'know', laid: 'lay', left: 'leave', lent: 'lend', lost: 'lose', meant: 'mean', met: 'meet', paid: 'pay', rang: 'ring', rung: 'ring',
  said: 'say', sat: 'sit', saw: 'see', seen: 'see', sold: 'sell', sought: 'seek', spent: 'spend', spoke: 'speak', spoken: 'speak', stood: 'stand',
  swept: 'sweep', thought: 'think', threw: 'throw', thrown: 'throw', told: 'tell', understood: 'understand', woke: 'wake', wore: 'wear',
  worn: 'wear', won: 'win', wound: 'wind', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', undertaken: 'undertake',
  oversaw: 'oversee', overseen: 'oversee', broke: 'break', broken: 'break', froze: 'freeze', frozen: 'freeze', hid: 'hide', hidden: 'hide',
};

/** Whether a lower-cased word is a verb's past form: "tested", "replaced", "went", "dropped". */
export function isPastForm(lower: string): boolean {
  return lower in PAST_FORMS || (lower.endsWith('ed') && isVerbForm(lower));
}

/**
 * Whether a lower-cased word is a form of an English verb: a WordNet verb,
 * with -s, -es, -ies, -ed, -ied or -ing (doubling a final consonant, or
 * dropping a silent e), or an irregular past form.
 */
export function isVerbForm(lower: string): boolean {
  if (VERBS.has(lower) || lower in PAST_FORMS || dutyForms.has(lower)) return true;
  const n = lower.length;
  const stem = (k: number): string => lower.slice(0, n - k);
  const tries: string[] = [];
  if (lower.endsWith('ies') || lower.endsWith('ied')) tries.push(`${stem(3)}y`);
  if (lower.endsWith('es')) tries.push(stem(2));
  if (lower.endsWith('s')) tries.push(stem(1));
  if (lower.endsWith('ed')) tries.push(stem(2), stem(1), stem(3));
  if (lower.endsWith('ing')) tries.push(stem(3), `${stem(3)}e`, stem(4));
  return tries.some((t) => t.length >= 2 && VERBS.has(t));
}

/** Whether a word is written in digits ("5" of "band 5", "12" of "12-lead"). */
export function isNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** A set of the words of a list written one or more to a line. */
export function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

/** Nouns that ask what a role does, in a prompt ("Duties:") or a table's column header ("Main tasks"). */
export const DUTY_NOUNS = words('duty task responsibility');

/** Words that may stand before a name without changing what it does in the sentence. */
export const MODIFIERS = words(`
a an the these those this that some many most all both other our my your his her their every each any several few two three four
experienced qualified trained registered senior junior trainee student hospital nhs specialist skilled
`);

/** The articles. */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words after which a name starts a new clause, so it is what the clause is about. */
export const CLAUSE_OPENERS = words(`
and or but while whilst whereas when where because so then that if although though since once also often usually sometimes now
today nowadays meanwhile finally first firstly second secondly third next however therefore generally typically normally mainly
says said explains explained told tells thinks thought means whereby until unless why how what which who whom
`);

/** Words after which a name is the object of something, not its subject. */
export const PREPOSITIONS = words(`
with alongside on to from under like as for by between than of including about among amongst beside besides into onto towards
toward without within via unlike except behind at in near per after before during beyond through throughout upon over against
around such example instance e.g eg i.e ie namely especially particularly
`);

/** Verb forms that follow a subject: used to tell a subject from an object. */
export const COMMON_VERBS = words(`
are is was were be been being am have has had do does did can could may might must should will would shall
cannot can't couldn't won't wouldn't doesn't don't didn't isn't aren't wasn't weren't hasn't haven't
work works worked working use uses used using need needs needed rely relies relied help helps helped support supports supported
play plays played spend spends spent deal deals dealt focus focuses focused specialize specializes specialized sit sits
get gets got go goes went come comes came visit visits visited combine combines combined apply applies applied
also often usually sometimes then always mainly mostly really just still now typically generally normally
`);

/** Adverbs skipped between a subject and its verb, or a verb and its object. */
export const ADVERBS = words(`
also often usually sometimes then always mainly mostly just still even really actually directly safely correctly accurately
properly carefully quickly regularly routinely generally typically normally frequently personally not never both either first
further closely constantly continuously manually automatically remotely daily weekly securely thoroughly promptly
now currently nowadays today increasingly already occasionally rarely primarily basically simply physically visually electronically digitally
`);

/** Pronouns and nouns that can be the subject doing a duty. */
export const SUBJECT_WORDS = words(`they he she we i you who one you'll they'll he'll she'll you'd they'd he'd she'd
specialist professional practitioner technician technologist engineer scientist staff team people person worker coder manager
informatician physiologist radiographer sonographer phlebotomist member officer expert former latter
`);

/**
 * People who are not practitioner roles of the dataset. What they do, as the
 * subject of a sentence in a role's text, is not the role's: "On the ward
 * round the consultant looked at the X-ray", "At first the doctors did all
 * the scanning". Patients are left out: "Patients lie on a couch while ..."
 * still describes the practitioner's work.
 */
export const OTHER_PERSONS = words(`doctor consultant nurse surgeon gp sister matron midwife porter receptionist pharmacist paramedic
physiotherapist physio dentist anaesthetist anesthetist registrar professor inventor student classmate tutor teacher lecturer
`);

/** Particles that may follow a duty verb before its object ("set up the pump"). */
export const PARTICLES = words(`up out down off through after back over on in`);

/** `X to VERB` where X makes VERB a purpose of a thing, not an activity of a person. */
export const THING_PURPOSE = words(`used designed built programmed made intended meant`);

/** Words that refer back to the role being described ("they", "these professionals"). */
export const BACK_REFERENCES = words(`they their them theirs he she his her him these those such`);

/** Words that name technology only in general: they count only when what follows makes them specific. */
export const GENERIC_HEADS = words(`
machine device equipment system computer technology tool instrument program programme software app application kit gadget
apparatus appliance unit scanner pump monitor screen gear hardware item thing stuff ai intelligence
`);

/** Words that make a back-reference point at a whole group of roles. */
export const GROUP_WORDS = words(`all each every both everyone everybody`);
