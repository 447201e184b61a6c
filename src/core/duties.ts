/**
 * Finding duties: the concrete activities a clause says a practitioner
 * carries out.
 *
 * Credited:
 * - a duty verb used as a verb, with its object: after the role or a
 *   pronoun ("they calibrate infusion pumps"), a modal ("can repair"), `to`,
 *   "have" ("have taken"), `and` after another verb, or opening a list item;
 * - an `-ing` form after "responsible for", "in charge of", "involved in",
 *   "their job involves", "include", "by" ("responsible for assigning codes");
 * - a nominalisation with its object ("the calibration of pumps", "the
 *   training of nurses"), or as the subject of a passive whose agent is a
 *   person ("the repairs are done by the engineers");
 * - a passive whose agent is a person ("the pumps are serviced by clinical
 *   engineers");
 * - a light verb with an activity ("do the daily checks", "do x-rays");
 * - in a clause whose object stands before it, the verb alone ("X-rays that
 *   the radiographers have taken").
 *
 * Not credited: an `-ing` or a nominalisation under an adjective or a word
 * of knowledge ("very important for diagnosing", "experts in the design
 * of"), a vague aim ("to keep patients safe", "provide care", "make
 * healthcare better"), a device's own function ("the pump, which delivers
 * the drug", "machines that take blood out, clean it and put it back"),
 * what the writer does ("I would prepare questions"), and a negated activity
 * ("they don't repair the scanners themselves", "do not usually repair").
 */
import type { Span } from './clauses.js';
import { deniesRole } from './contrast.js';
import { asideStart, OPENING_QUOTES, otherPerson, PLACE_PREPOSITIONS, previousIndex, quantifiedSubjectEnd } from './clauses.js';
import { ADVERBS, CLAUSE_OPENERS, COMMON_VERBS, dutyVerb, DUTY_NOUNS, GENERIC_HEADS, isNumber, isPastForm, isVerbForm, ONLY_WITH_PARTICLE, PARTICLES, PREPOSITIONS, SUBJECT_WORDS, THING_PURPOSE, words, type DutyVerb } from './lexicon.js';
import type { TermMatch } from './terms.js';
import type { Token } from './text.js';

/** What duty finding needs of a block. */
export interface DutyFacts {
  /** For each token, the role match it ends, if any. */
  roleEndAt: ReadonlyMap<number, TermMatch>;
  /** Tokens that belong to a role name (1) or a technology name (2). */
  named: Uint8Array;
  /** Tokens inside double quotation marks (1), from `quotedTokens`. */
  quoted: Uint8Array;
}

/**
 * Marks the tokens inside quotation marks ("...", “...”, '...', ‘...’):
 * there "I" is the person quoted ("I calibrate the infusion pumps every
 * Monday"), not the writer. A quotation ends with its block. A single
 * quotation mark opens a quotation only at the start of a word, after a
 * space ("'I spend ..."), and closes one only at the end of a word or after
 * its punctuation ("..., on the wards,' says"), so that the apostrophes of
 * "nurses' room" and "I'm" quote nothing.
 */
export function quotedTokens(tokens: readonly Token[]): Uint8Array {
  let quoted = NONE_QUOTED;
  /** The quotation mark that opened the quotation we are in ('"' or "'"), or ''. */
  let open = '';
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    const single = text === "'" || text === '\u2018' || text === '\u2019';
    if (!open && (text === '\u201c' || text === '"')) open = '"';
    else if (open === '"' && (text === '\u201d' || text === '"')) open = '';
    else if (!open && single && text !== '\u2019' && opensWord(tokens, i)) open = "'";
    else if (open === "'" && single && text !== '\u2018' && closesWord(tokens, i)) open = '';
    else if (open) {
      // Most blocks quote nobody: they share one empty array (any index reads as 0).
      if (quoted === NONE_QUOTED) quoted = new Uint8Array(tokens.length);
      quoted[i] = 1;
    }
  }
  return quoted;
}
const NONE_QUOTED = new Uint8Array(0);

/** Whether the mark at `i` stands before a word it touches, after a space or at the start. */
function opensWord(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return next !== undefined && next.kind === 'word' && next.start === tokens[i]!.end && (prev === undefined || prev.end < tokens[i]!.start || prev.kind === 'break');
}

/** Whether the mark at `i` stands right after a word or its punctuation, before a space, a mark or the end. */
function closesWord(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && prev.end === tokens[i]!.start && prev.kind !== 'break' && (next === undefined || next.kind !== 'word' || next.start > tokens[i]!.end);
}
const ENSURING = words('ensure ensures ensured ensuring');
const MAKE = words('make makes made making');
const SEE_TO: DutyVerb = { lemma: 'ensure', form: 'base' };

/** Whether the word at `i` is "I" or "we" spoken by someone quoted, not written by the writer. */
function quotedFirstPerson(tokens: readonly Token[], f: DutyFacts, i: number, s?: DutySpan): boolean {
  return (f.quoted[i] === 1 || s?.writerIsRole === true) && FIRST_PERSON.has(tokens[i]!.lower);
}

/** A duty found: tokens `[first, last]`. */
export type DutyPhrase = [number, number];

const MODALS = words('can could may might must should will would shall do does did help helps helped');
const HAVE = words('have has had having');
const BE = words("is are was were be been being get gets got isn't aren't wasn't weren't");
const NOT_OBJECTS = words('with in at on for to from about into as alongside under by during between like than of round around across near behind beside towards toward along past');
/** Bodies that act for themselves, not as a practitioner: "the NHS has", "the trust will". */
const INSTITUTIONS = words('nhs hospital trust government company manufacturer university school council');
/** The writer, not the practitioner ("I ran out of time to ask"). */
const FIRST_PERSON = words("i we i'll we'll i'd we'd i've we've i'm we're");
/** Nouns that an -ing word modifies rather than acts on ("operating theatre", "monitoring system"). */
const COMPOUND_HEADS = words('theatre theater room department table system session course scheme programme unit equipment tool process suite list program software centre center lab laboratory skill experience knowledge language background side aspect');
/** Marks after which a verb opens a labelled or bulleted line ("Main tasks: calculates ...", "Network engineer -> wifi -> sets up the network"). */
const LINE_OPENERS = new Set([':', '\u2013', '\u2014', '-', '\u2022', '*', '|', '>']);
/** Marks after which a verb opens a new part of a list ("...; checks the pumps", "| injects the tracer", "/ scans the patient"). */
const LIST_PUNCT = new Set([':', '\u2013', '\u2014', '-', '(', ';', '\u2022', '*', '|', '/', '>']);

/**
 * Whether a mark is a symbol a poster or slide opens a line with: an arrow,
 * a tick, a star or an emoji ("✅ take blood samples", "→ repairs pumps").
 */
function isSymbol(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x2190 || (c >= 0xd800 && c <= 0xdfff);
}

/** Words that negate the verbs after them in their clause. */
export const NEGATORS = words("not never don't dont doesn't doesnt didn't didnt cannot can't cant won't wont isn't isnt aren't arent wasn't weren't shouldn't mustn't couldn't wouldn't neither nor without");
const FOCUS = words('just only simply merely');
/** Words after "not" whose "that" opens what is denied ("not the case that", "not true that"). */
const NOT_SO = words('case true');
const RELATIVE_PRONOUNS = words('who which that');
/** Words that end a negation's reach: a contrast or a new clause. */
const NEGATION_ENDS = words('but though although instead whereas while however');

/**
 * Heads that make an `-ing` after their preposition an activity ("responsible
 * for checking", "in charge of ordering", "involved in testing"). An `-ing`
 * after `for`, `in`, `of`, `at`, `on` or `with` under any other word is not
 * one ("important for diagnosing", "experts in", "good at").
 */
const GERUND_HEADS: Record<string, ReadonlySet<string>> = {
  for: words('responsible accountable responsibility responsibilities'),
  in: words('involved engaged assist assists assisted help helps helped specialize specializes specialized specializing time day days hours'),
  of: words('charge consist consists consisted consisting job jobs task tasks duty duties responsibility responsibilities business process'),
  with: words('help helps helped assist assists assisted'),
  on: words('work works worked working focus focuses focused spend spends carry carries carried carrying go goes went keep keeps kept'),
  at: words(''),
};
const TIME_SPANS = words('day morning afternoon evening night shift week');
const SPAN_QUANTIFIERS = words('every each all most');
const INVOLVING = words('include includes included including involve involves involved involving');
/** Words after which an `-ing` form is an activity with no further licence. */
const GERUND_LICENSORS = new Set([
  ...INVOLVING,
  ...words('by before after while when like as such through is are was were be been being also then and or am'),
  // "I'm doing a 12-lead ECG", "they're priming the lines"
  ...words("i'm im we're they're he's she's you're"),
]);

/** Objects of "take" that say how long: "take ages". */
const DURATIONS = words('age forever longer long hour day week month minute while time year');
/** Verbs whose object says nothing concrete when it is one of `VAGUE_OBJECTS` ("provide care", "give support"). */
const SOFT_VERBS = words('provide give deliver offer keep make help support handle look manage');
/** Verbs of guarding: what is guarded says no activity ("protect patient data"). */
const GUARDING = words('protect safeguard');
const CARED_FOR = words('patient people person everyone everybody baby child heart lung kidney brain eye ear tooth teeth foot feet body health wellbeing');
/** Words of an object that says nothing specific ("medical equipment", "all kinds of technology"). */
const GENERIC_OBJECT_WORDS = words('medical hospital new modern different various all kind type lot lots sort equipment technology machine device system computer tool instrument stuff thing item kit gear hardware software');
const VAGUE_OBJECTS = words('information care support help assistance service services difference contribution people everyone sure cpd skills knowledge registration ways way how what things');
/** "keep patients safe": an aim, not an activity. */
const STATES = words('safe safer secure healthy happy well alive running working comfortable calm going ready better easier faster quicker cheaper possible connected online happen');

/**
 * Nouns of activity ("the calibration of pumps"). Besides these, the `-ing`
 * form of every duty verb is one ("the monitoring of blood pressure").
 */
const NOMINALS = words(`
analysis analyses assessment assessments audit audits backup backups booking calibration calibrations check checks coding collection
configuration decontamination delivery design development diagnosis disinfection documentation examination examinations
fitting installation inspection inspections interpretation maintenance management measurement measurements monitoring
operation ordering positioning preparation production programming provision recording repair repairs replacement retrieval
review reviews scan scans screening selection servicing sterilization storage supervision testing test tests training treatment
upgrade upgrades validation verification
`);
const DONE: DutyVerb = { lemma: 'do', form: 'ed' };
/** Light verbs whose activity is their object ("do the checks", "do x-rays"). */
const LIGHT_VERBS = words('do does did doing');
/** "do" as a duty verb, by form ("doing the planned maintenance" is an -ing adjunct). */
const LIGHT: Record<string, DutyVerb> = {
  do: { lemma: 'do', form: 'base' },
  does: { lemma: 'do', form: 's' },
  did: { lemma: 'do', form: 'ed' },
  doing: { lemma: 'do', form: 'ing' },
};

/**
 * A span to read duties in. `personFirst`: it opens with a named person as
 * subject ("Tom primed the heart-lung machine"); `writerIsRole`: the writer
 * is the practitioner ("In my job as a clinical coder I read ..."), so "I"
 * and "we" do the practitioner's work.
 */
export interface DutySpan extends Span {
  personFirst?: boolean;
  writerIsRole?: boolean;
  /** A table cell under a header that asks for duties ("Duties", "Main tasks", "What they do"). */
  dutyCell?: boolean;
}

/** The duties a span of tokens describes. `objectBefore`: its object stands before it, so a verb alone counts. */
export function dutiesIn(tokens: readonly Token[], f: DutyFacts, s: DutySpan, objectBefore = false): DutyPhrase[] {
  const found: DutyPhrase[] = [];
  let sawVerb = false;
  let negated = -1;
  /** Whether the writer ("I", "we") is the subject of the clause so far: "I ran out of time to research this role". */
  let writer = false;
  /** Whether a thing is the subject of the clause so far: "machines that take blood out, treat it and put it back". */
  let thing = false;
  /** Where the sentence's first clause about a thing starts (-1: none yet), and whether a role or person was named before here in it. */
  let thingFrom = -1;
  let personBefore = false;
  /** Whether the sentence opened with a subordinate clause ("When the tube is scanned ...") that no comma has ended yet. */
  let subordinate = false;
  /** Whether the clause so far has the practitioner seeing to something: "make sure that", "ensure that". */
  let ensuring = false;
  /** Whether what follows is what other people believe, up to "but": "People think clinical engineers fix the lifts, but ...". */
  let believed = false;
  /** Whether the negation before is of a whole "that" clause, whose subject it reaches past: "It is not the case that ...". */
  let denial = false;
  /** Whether, where the writer is the role, someone else is the subject: "when they ring the bell". */
  let others = false;
  /** Whether the negation before denies the role just named what its relative clause says: "It is not the radiographer who ...". */
  let cleftNot = false;
  // "TODO: find out what they do in theatre": the writer's note to self, not what the role does.
  if (noteToSelfAt(tokens, s.first, s.last)) return found;
  const listed = activityList(tokens, s);
  if (listed) {
    found.push(listed);
    sawVerb = true;
  }
  for (let i = s.first; i <= s.last; i++) {
    const t = tokens[i]!;
    if (i === 0 || CLAUSE_STOPS.has(tokens[i - 1]!.text)) {
      thingFrom = -1;
      personBefore = false;
      subordinate = SUBORDINATORS.has(t.lower);
    } else if (t.text === ',') subordinate = false;
    // "Our agency's new rota app is supposed to plan our routes": a clause whose subject is a thing says what it does;
    // and after a joining word ("..., so PACS compresses them and stores them on servers") or an opening clause with no
    // comma ("When the tube is scanned the LIMS knows which tests are needed and sends the instructions").
    const joined = i > s.first && (THING_CLAUSE_JOINS.has(tokens[i - 1]!.lower) || (subordinate && tokens[i - 1]!.kind === 'word' && isPastForm(tokens[i - 1]!.lower)));
    const opens = i === 0 || CLAUSE_STOPS.has(tokens[i - 1]!.text);
    if (t.kind === 'word' && !thing && (opens || (joined && thingOpensAt(tokens, f, i))) && thingSubjectAt(tokens, f, i, s.last, !opens)) {
      thing = true;
      if (thingFrom < 0) thingFrom = i;
    }
    if (!personBefore && t.kind === 'word' && (f.named[i] === 1 || (isSubjectWord(t) && t.lower !== 'they' && t.lower !== 'it'))) personBefore = true;
    // "The probe sends the sound waves into the body and they bounce off the organs": "they" are the things the clause
    // about a thing named, when nobody was named before it in the sentence.
    if (thingFrom >= 0 && !personBefore && t.lower === 'they' && pluralThingBetween(tokens, f, thingFrom + 1, i - 1)) {
      thing = true;
      continue;
    }
    if (t.kind === 'word' && BELIEVING.has(t.lower) && believer(tokens, i, s.first)) believed = true;
    else if (believed && t.kind === 'word' && NEGATION_ENDS.has(t.lower)) believed = false;
    if (believed) continue;
    if (t.kind !== 'word') {
      if (t.text !== ',' || tokens[i + 1]?.lower !== 'or') negated = -1;
      if (t.text !== ',') writer = ensuring = false;
      if (CLAUSE_STOPS.has(t.text)) others = false;
      // 'the app is supposed to use "AI" to plan': a quoted word leaves the clause's subject as it was.
      if (t.text !== ',' && !QUOTE_MARKS.has(t.text)) thing = false;
      continue;
    }
    if (ENSURING.has(t.lower) || (t.lower === 'sure' && MAKE.has(tokens[i - 1]?.lower ?? ''))) {
      const at = t.lower === 'sure' ? i - 1 : i;
      ensuring = negated < 0 && !writer && licensed(tokens, f, s, previousIndex(tokens, at - 1, s.first, ADVERBS), SEE_TO, sawVerb);
      const device = ensuring ? deviceSeenTo(tokens, f, i, s.last) : -1;
      if (device >= 0) {
        found.push([at, device]);
        sawVerb = true;
      }
      continue;
    }
    // "I am a radiographer ... it makes me happy when they ring the bell": where the writer is the role, "they", "he"
    // or "she" is someone else, up to the writer again.
    if (s.writerIsRole && !f.quoted[i]) {
      if (FIRST_PERSON.has(t.lower)) others = false;
      else if (OTHER_PEOPLE.has(t.lower)) others = true;
    }
    if (others) continue;
    if (FIRST_PERSON.has(t.lower) && !f.quoted[i] && !s.writerIsRole) writer = true;
    else if (writer && ((THIRD_PERSON.has(t.lower) && t.lower !== 'who') || quotedFirstPerson(tokens, f, i))) writer = false;
    // "the LIMS knows which tests are needed and sends ...": after a thing's verb, "which" or "that" opens what it knows.
    if (t.lower === 'that' || t.lower === 'which') thing = (thing && verbBefore(tokens, f, i)) || thingBefore(tokens, f, i, s.first);
    else if (thing && (isSubjectWord(t) || NEGATION_ENDS.has(t.lower))) thing = false;
    if (NEGATORS.has(t.lower)) {
      // "not just doctors", "not only": a focus, not a negation.
      if (!FOCUS.has(tokens[i + 1]?.lower ?? '')) negated = i;
      continue;
    }
    // A negation reaches to the end of its clause: a contrast, a new subject or a relative pronoun ends it.
    // "It is not the case that health informaticians simply repair computers": the negation reaches into what "that" opens.
    if (t.lower === 'that' && negated >= 0 && NOT_SO.has(tokens[i - 1]?.lower ?? '')) denial = true;
    // "It is not the radiographer who reads the X-ray": so does one that denies the role what "who" opens.
    else if (cleftNot && RELATIVE_PRONOUNS.has(t.lower)) cleftNot = false;
    else if (NEGATION_ENDS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower) || ((t.lower === 'and' || t.lower === 'or') && isSubjectWord(tokens[i + 1]))) negated = -1;
    if (negated < 0) denial = cleftNot = false;
    if (f.named[i] === 1) {
      if (negated >= 0 && (cleftNot || deniesRole(tokens, negated, i))) cleftNot = true;
      else if (!denial) negated = -1;
      writer = thing = false;
      continue;
    }
    if (negated >= 0) continue;
    const nominal = thing ? undefined : nominalAt(tokens, f, s, i);
    if (nominal) {
      found.push(nominal);
      continue;
    }
    if (f.named[i]) continue;
    if (thing) {
      // Only a passive with a person as agent is someone's activity here: "the machine, which is run by the perfusionist",
      // "Some echocardiograms are done by sonographers".
      const verb = dutyVerb(t.lower) ?? (t.lower === 'done' ? DONE : undefined) ?? participle(t);
      if (verb && passiveByPerson(tokens, f, s, i, verb)) found.push([i, i]);
      continue;
    }
    // "they do not repair ...": "do" is the negation's auxiliary, not a light verb.
    if (LIGHT_VERBS.has(t.lower) && !NEGATORS.has(tokens[i + 1]?.lower ?? '') && lightObject(tokens, f, i, s.last) && licensed(tokens, f, s, previousIndex(tokens, i - 1, s.first, BEFORE_VERB), LIGHT[t.lower]!, sawVerb)) {
      found.push([i, phraseEnd(tokens, i + 1, s.last)]);
      sawVerb = true;
      continue;
    }
    let verb = dutyVerb(t.lower);
    // "on the other hand is more general", "the checks are quick", "then nurses wouldn't know how": a noun before "is",
    // "are" or a modal, not a verb.
    const nounBefore = IS.has(tokens[i + 1]?.lower ?? '') || AUXILIARIES.has(tokens[i + 1]?.lower ?? '');
    if (nounBefore && (verb === undefined || verb.form === 'base' || verb.form === 's') && !t.lower.endsWith('ed') && !t.lower.endsWith('ing')) continue;
    // "look at samples under a microscope": examining, as "look after" is looking after.
    if (verb?.lemma === 'look' && tokens[i + 1]?.lower === 'at' && tokens[i + 2]?.kind === 'word') verb = { lemma: 'look', form: verb.form, particle: 'at' };
    let prevIndex = previousIndex(tokens, i - 1, s.first, BEFORE_VERB);
    // 'Clinical coders "assign codes ..."': a quotation that opens on the verb.
    if (prevIndex > s.first && OPENING_QUOTES.has(tokens[prevIndex]!.text)) prevIndex = previousIndex(tokens, prevIndex - 1, s.first, ADVERBS);
    const prev = prevIndex >= s.first ? tokens[prevIndex] : undefined;
    if (!verb) {
      const objectAt = activityAt(tokens, f, s, i, prevIndex, sawVerb && found.length > 0);
      if (objectAt >= 0) {
        found.push([i, phraseEnd(tokens, objectAt, s.last)]);
        sawVerb = true;
        continue;
      }
      // "the blood is grouped by the biomedical scientists": any verb's passive with a person as agent; "This was done by ...".
      const passive = participle(t) ?? (t.lower === 'done' ? DONE : undefined);
      if (passive && passiveByPerson(tokens, f, s, i, passive)) {
        found.push([i, i]);
        sawVerb = true;
        continue;
      }
      if (COMMON_VERBS.has(t.lower) && !ADVERBS.has(t.lower)) sawVerb = true;
      else if (prev && (SUBJECT_WORDS.has(prev.lower) || f.roleEndAt.has(prevIndex))) sawVerb = true;
      continue;
    }
    // "Clinical engineers make sure that all infusion pumps are calibrated": what they see to is done ("is kept safe" is an aim).
    if (ensuring && negated < 0 && verb.form === 'ed' && BE.has(tokens[prevIndex]?.lower ?? '') && !(SOFT_VERBS.has(verb.lemma) && STATES.has(tokens[i + 1]?.lower ?? ''))) {
      found.push([i, i]);
      continue;
    }
    const passive = passiveByPerson(tokens, f, s, i, verb);
    if (!passive && !licensed(tokens, f, s, prevIndex, verb, sawVerb)) continue;
    // What the writer does: "I ran out of time to research", "next time I would prepare questions", "a brace that I help him put on".
    if (writer && prev !== undefined && prev.kind === 'word' && (prev.lower === 'to' || MODALS.has(prev.lower) || FIRST_PERSON.has(prev.lower) || helpedBy(tokens, prevIndex, s.first, FIRST_PERSON))) continue;
    sawVerb = true;
    if (passive) {
      found.push([i, i]);
      continue;
    }
    const objectAt = objectIndex(tokens, i, s, verb.particle);
    if (objectAt < 0) {
      // "work" without "out" is no duty.
      if ((objectBefore || relativeObject(tokens, f, i, s.first)) && verb.form !== 'ing' && !(verb.particle && ONLY_WITH_PARTICLE.has(verb.lemma))) found.push([i, i]);
      continue;
    }
    // "Some people might put cybersecurity professionals higher": done to a role by someone who is not one.
    if (f.named[objectAt] === 1 && !roleOrPronounAt(tokens, f, i - 1, s.first)) continue;
    // "keeps everything running smoothly": the state something is kept in, not an activity.
    if (verb.form === 'ing' && STATES.has(t.lower) && keptBefore(tokens, i, s.first)) continue;
    // "operating theatres", "training sessions": an -ing word naming a kind of thing; after "by" it is an activity ("help by writing software").
    if (verb.form === 'ing' && COMPOUND_HEADS.has(tokens[i + 1]?.norm ?? '') && tokens[i - 1]?.lower !== 'by') continue;
    // "in another building too": an -ing word after "a" or "another" is a noun.
    if (verb.form === 'ing' && INDEFINITE_ARTICLES.has(tokens[i - 1]?.lower ?? '')) continue;
    // "Training is a 3-year degree", "Scanning is done with a probe": an -ing word before "is" is what the sentence is about.
    if (verb.form === 'ing' && objectAt === i + 1 && BE.has(tokens[objectAt]!.lower)) continue;
    // "in a different building and ...": an -ing word with no object is a noun ("checking and calibrating pumps" is still read at "calibrating").
    if (verb.form === 'ing' && (tokens[objectAt]!.lower === 'and' || tokens[objectAt]!.lower === 'or')) continue;
    // "the National Clinical Coding Qualification", "Computer Scientist – Research Software": a capitalised -ing or base form inside a name.
    if ((verb.form === 'ing' || verb.form === 'base') && insideName(tokens, i, s.first)) continue;
    // "After training they can ...": a subject after it; the -ing has no object.
    if (verb.form === 'ing' && NOMINATIVES.has(tokens[objectAt]!.lower)) continue;
    // "some radiographers go on to train in nuclear medicine", "she trained as a sonographer": their own training, not a duty.
    if (verb.lemma === 'train' && OWN_TRAINING.has(tokens[i + 1]?.lower ?? '')) continue;
    if (vague(tokens, verb, objectAt, s.last, f.named)) continue;
    // "work with the radiotherapy machines to help treat cancer patients": helping the patients along is an aim.
    if (helpsWith(tokens, i, s.first) && patientsOnly(tokens, objectAt, s.last)) continue;
    found.push([i, phraseEnd(tokens, objectAt, s.last)]);
  }
  if (found.length === 0) {
    const answer = answeredDuties(tokens, s);
    if (answer) found.push(answer);
  }
  return found;
}

/**
 * What answers a prompt for duties, as a list of activities: after a label
 * at the span's start ("Duties: hearing tests", "Main tasks - repairs and
 * servicing"), or the span when a question about what the role does ends
 * just before it ("What do they do? hearing tests"). An activity noun
 * counts there ("tests", "repairs", "calibration"), as it does not in a
 * sentence ("The tests are quick"); "not sure" or "same as above" does not.
 */
function answeredDuties(tokens: readonly Token[], s: DutySpan): DutyPhrase | undefined {
  let from = -1;
  let i = s.first;
  while (i <= s.last && i < s.first + 3 && tokens[i]!.kind === 'word') i++;
  if (i > s.first && i <= s.last && ANSWER_MARKS.has(tokens[i]!.text) && DUTY_PROMPTS.has(tokens[i - 1]!.norm)) from = i + 1;
  else if (tokens[s.first - 1]?.text === '?' && asksDuties(tokens, s.first - 1)) from = s.first;
  if (from < 0) return undefined;
  // An aside or a quotation is no answer: the quick fix's own prompt reads "what do they do? (a task, such as “check” ...)".
  for (let k = from; k <= s.last && !ANSWER_ENDS.has(tokens[k]!.text) && !OPENING_QUOTES.has(tokens[k]!.text); k++) {
    if (tokens[k]!.kind === 'word' && NOMINALS.has(tokens[k]!.lower)) return [from, phraseEnd(tokens, k, s.last)];
  }
  return undefined;
}
const ANSWER_MARKS = new Set([':', '-', '\u2013', '\u2014']);
/** Labels of an answer to a question ("Q: What do they do? / A: stop hackers ..."). */
const ANSWER_LABELS = words('a answer ans');
const ANSWER_ENDS = new Set(['.', '?', '!', '(', '[']);
/**
 * Labels of a writer's note to self ("TODO:", "Reminder:"). Not "Note:" or
 * "NB:" alone, which open what the answer tells its reader.
 */
const NOTE_LABELS = words('todo reminder');

/** Whether a note to self opens at `k`: "TODO:", "To do:", "Note to self -", "Reminder:". */
function noteToSelfAt(tokens: readonly Token[], k: number, last: number): boolean {
  let j = k;
  if (tokens[j]?.lower === 'to' && tokens[j + 1]?.lower === 'do') j++;
  else if (tokens[j]?.lower === 'note' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'self') j += 2;
  else if (!NOTE_LABELS.has(tokens[j]?.lower ?? '')) return false;
  return j + 1 <= last && ANSWER_MARKS.has(tokens[j + 1]!.text);
}

/** The last word of a label or question that asks what a role does ("Duties:", "Main tasks:", "What are their responsibilities?"). */
const DUTY_PROMPTS: ReadonlySet<string> = new Set([...DUTY_NOUNS, 'role', 'job']);

/** Whether the question that ends at `q` asks what a role does: "What do they do?", "What are their main duties?". */
function asksDuties(tokens: readonly Token[], q: number): boolean {
  let what = false;
  let doing = false;
  for (let k = q - 1; k >= 0 && k >= q - 12; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '.' || t.text === '?' || t.text === '!') break;
      continue;
    }
    if (t.lower === 'what') what = true;
    else if (t.lower === 'do' || t.lower === 'does' || t.lower === 'did') doing = true;
    else if (DUTY_PROMPTS.has(t.norm)) return true;
  }
  return what && doing;
}

/** Whether the subject before a verb at `p` (past modals and adverbs) is a role's name or a pronoun that may be one. */
function roleOrPronounAt(tokens: readonly Token[], f: DutyFacts, p: number, floor: number): boolean {
  let q = p;
  while (q >= floor && tokens[q]!.kind === 'word' && (MODALS.has(tokens[q]!.lower) || ADVERBS.has(tokens[q]!.lower))) q--;
  if (q < floor) return true;
  const t = tokens[q]!;
  return f.roleEndAt.has(q) || (t.kind === 'word' && PRONOUN_SUBJECTS.has(t.lower)) || t.kind !== 'word';
}

const PRONOUN_SUBJECTS = words('they he she who we i you it');
/** Words that set someone against the role: "than the people who ...", "unlike the staff who ...". */
const CONTRASTED = words('than unlike');

/**
 * Verbs that say nothing a practitioner does, or only what they know, feel
 * or are: never a duty, whatever follows ("they love their job", "they need
 * a degree", "they wear a badge").
 */
const NOT_ACTIVITIES = words(`
like likes liked love loves loved enjoy enjoys enjoyed want wants wanted know knows knew think thinks thought feel feels felt
seem seems seemed look looks looked tend tends tended try tries tried become becomes became remain remains remained stay stays
mean means meant say says said tell tells told earn earns earned study studies studied learn learns learned wear wears wore
see sees saw hear hears heard meet meets met talk talks talked speak speaks spoke ask asks asked sit sits sat stand stands
stood walk walks walked wait waits waited travel travels come comes came go goes went cost costs matter matters deserve
deserves care cares depend depends face faces join joins joined lack lacks include includes included involve involves involved
require requires required contain contains belong belongs consider considers believe believes hope hopes wish wishes prefer
prefers appear appears happen happens exist exists mention mentions describe describes called named start starts started
begin begins began spend spends spent get gets got keep keeps kept let lets play plays played deal deals dealt specialize
specializes specialized focus focuses focused rely relies relied combine combines combined visit visits visited
share shares shared own owns owned attend attends attended leave leaves left
expect expects expected suppose supposes supposed guess guesses guessed reckon reckons reckoned imagine imagines imagined
understand understands understood last lasts lasted reach reaches reached lose loses lost progress progresses progressed
cover covers covered
`);
/** Whether a verb form is one of `NOT_ACTIVITIES`, in any form ("including", "wearing"). */
function notActivity(lower: string): boolean {
  if (NOT_ACTIVITIES.has(lower)) return true;
  if (!lower.endsWith('ing')) return false;
  const stem = lower.slice(0, -3);
  return NOT_ACTIVITIES.has(stem) || NOT_ACTIVITIES.has(`${stem}e`) || NOT_ACTIVITIES.has(stem.slice(0, -1));
}

/** Words that are never a verb in this place (articles, pronouns, conjunctions, common adjectives). */
const NOT_VERBS = words(`
a an the their his her its our my your this that these those some any all both each every no who which what where when why how
and or but so if as than then there here also too very quite really just only not also even more most less much many few
important vital essential key useful good great kind able responsible skilled trained qualified experienced expert experts
usually often sometimes always never mainly mostly now still already however therefore though although because
near top bottom round
`);
/** Verbs of belief, and who may hold a belief that is not the role's own ("People think ...", "You might assume ..."). */
const BELIEVING = words('think thinks thought believe believes believed assume assumes assumed imagine imagines reckon reckons expect expects worry worries worried fear fears feared afraid scared concerned');
const BELIEVERS = words('people everyone everybody many most some you');

/** Whether a belief verb at `i` has someone other than the role as its subject ("People think", "you might assume"). */
function believer(tokens: readonly Token[], i: number, floor: number): boolean {
  let p = previousIndex(tokens, i - 1, floor, ADVERBS);
  if (p >= floor && MODALS.has(tokens[p]!.lower)) p = previousIndex(tokens, p - 1, floor, ADVERBS);
  // "People are worried that they will replace staff".
  if (p >= floor && BE.has(tokens[p]!.lower)) p = previousIndex(tokens, p - 1, floor, ADVERBS);
  if (p < floor) return false;
  const who = tokens[p]!.lower;
  // "I thought clinical engineers just fixed machines": a belief the writer has given up; "I think" is a hedge.
  return BELIEVERS.has(who) || ((who === 'i' || who === 'we') && PAST_BELIEFS.has(tokens[i]!.lower));
}

const PAST_BELIEFS = words('thought believed assumed imagined expected');

/** Pronouns for someone other than the writer who is the practitioner. */
const OTHER_PEOPLE = words('they he she');
/** Subjects that are a person of the text, not the writer ("I", "we"). */
const THIRD_PERSON = words('they he she who');
/** Words for the practitioners of a role as a group, after a determiner ("the team", "these staff"). */
const GROUP_SUBJECTS = words('team staff department unit service');

/**
 * A verb the lexicon does not list, read from its place: right after the
 * role or "they", "he", "she", "who" ("nuclear medicine technologists inject
 * a tracer", "he changed the filters"), or as "-ing" after a form of "be"
 * after one ("the technician was priming the machines"), with an object
 * after it. Gives the object's index, or -1.
 */
function activityAt(tokens: readonly Token[], f: DutyFacts, s: DutySpan, i: number, p: number, afterDuty: boolean): number {
  const t = tokens[i]!;
  // "got the network back up", "get the scanner working again": putting something right.
  const restoring = GETTING.has(t.lower) && restoredAt(tokens, i + 1, s.last);
  if (!restoring && (t.text.length < 3 || notActivity(t.lower) || NOT_VERBS.has(t.lower) || COMMON_VERBS.has(t.lower) || ADVERBS.has(t.lower) || NEGATORS.has(t.lower))) return -1;
  if (t.lower.endsWith('ly') || t.lower.endsWith("'s") || !isVerbForm(t.lower)) return -1;
  // "all of these jobs are important": a noun before "are", not a verb.
  if (BE.has(tokens[i + 1]?.lower ?? '')) return -1;
  // "| Injects the tracer and takes pictures |": a verb opening a cell or item, in the -s form before a determiner.
  // "| Books in samples, puts them ... |": or before a particle and its object.
  if (p < s.first) {
    if (i !== s.first || !t.lower.endsWith('s') || t.text.slice(1) !== t.lower.slice(1)) return -1;
    if (DETERMINERS.has(tokens[i + 1]?.lower ?? '')) return i + 1;
    // "| Duties | ... | stops hackers, does backups |": under a header for duties, a bare object after the verb too.
    if (s.dutyCell && tokens[i + 1]?.kind === 'word' && i + 1 <= s.last && !BE.has(tokens[i + 1]!.lower)) return i + 1;
    // "| Pulls patients' paper notes from the library |": a possessive opens the object too.
    const owner = tokens[i + 1];
    if (owner && owner.kind === 'word' && i + 2 <= s.last && (isPossessive(owner) || (owner.lower.endsWith('s') && (tokens[i + 2]!.text === "'" || tokens[i + 2]!.text === '\u2019')))) return i + 1;
    return CELL_PARTICLES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.kind === 'word' && i + 2 <= s.last ? i + 2 : -1;
  }
  if (!t.allLower) return -1;
  const prev = tokens[p]!;
  const bySubject = (q: number): boolean => {
    if (q < s.first) return false;
    if (q === s.first && s.personFirst) return true;
    const w = tokens[q]!;
    if (w.kind === 'word' && w.lower === 'who') return !peopleSubjectAt(tokens, q + 1) && practitionerBefore(tokens, f, q - 1, s.first);
    // "The team isolated the infected servers": a word for the practitioners as subject, as for a verb the lexicon lists.
    // "the renal technician's job is ...": a word after the role's possessive is a noun.
    if (quantifiedSubjectAt(tokens, q, s.first)) return true;
    return (f.roleEndAt.has(q) && !isPossessive(w)) || (w.kind === 'word' && (THIRD_PERSON.has(w.lower) || (GROUP_SUBJECTS.has(w.norm) && DETERMINERS.has(tokens[q - 1]?.lower ?? '')))) || quotedFirstPerson(tokens, f, q, s);
  };
  // "the consultant clinical scientist from the lab rings the unit": past where the role works.
  let placed = bySubject(p) || (!t.lower.endsWith('ing') && t.lower.endsWith('s') && !DETERMINERS.has(prev.lower) && afterModifiedSubject(tokens, f, s, i));
  // "Jo, our medical laboratory assistant, books the samples in": the verb after a role's apposition, in the -s form
  // before a determiner, as for a verb the lexicon lists.
  if (!placed && prev.text === ',' && f.roleEndAt.has(p - 1) && t.lower.endsWith('s') && DETERMINERS.has(tokens[i + 1]?.lower ?? '') && apposed(tokens, p - 1, s.first)) placed = true;
  // "Main tasks: calculates radiotherapy doses", "✅ books samples in", "(b) positions the patient": a verb opening a labelled line or point.
  // Not a noun after another label: "Pros: company car, travel" (a base form only after a label for duties or an answer's "A:").
  const opensLine = (LINE_OPENERS.has(prev.text) || isSymbol(prev.text)) && (t.lower.endsWith('s') || DUTY_PROMPTS.has(tokens[p - 1]?.norm ?? '') || ANSWER_LABELS.has(tokens[p - 1]?.lower ?? '') || prev.text !== ':');
  if (!placed && prev.kind !== 'word' && !t.lower.endsWith('ing') && (opensLine || (enumeratorAt(tokens, p, s.first) && (t.allLower || t.lower.endsWith('s'))))) placed = true;
  // "MLAs (medical laboratory assistants) book samples in": the subject before the aside.
  if (!placed && prev.text === ')') {
    placed = f.roleEndAt.has(p - 1);
    const q = asideStart(tokens, p, s.first + 1);
    let r = q - 1;
    while (r > s.first && tokens[r]!.text === '*') r--;
    if (!placed && q >= 0) placed = bySubject(r);
  }
  // "the technician was priming the machines"
  if (!placed && t.lower.endsWith('ing') && prev.kind === 'word' && BE.has(prev.lower)) placed = bySubject(previousIndex(tokens, p - 1, s.first, ADVERBS));
  // "the manager is their boss, deciding the policies": an -ing clause after a comma shares the subject.
  if (!placed && t.lower.endsWith('ing') && prev.text === ',') placed = bySubject(s.first) || f.roleEndAt.has(previousIndex(tokens, p - 1, s.first, ADVERBS)) || clauseHasSubject(tokens, f, s.first, p);
  // "let me watch her authorise results": what the role is seen or let doing.
  if (!placed && prev.kind === 'word' && OBJECT_PRONOUNS.has(prev.lower)) placed = PERCEIVING.has(tokens[p - 1]?.lower ?? '');
  // "Action: Hannah to book the annual service": minutes' "to" after the person.
  if (!placed && prev.kind === 'word' && prev.lower === 'to' && p - 1 === s.first && s.personFirst) placed = true;
  // "they often help to drape the robot arms", "he has to change the filters".
  if (!placed && prev.kind === 'word' && prev.lower === 'to' && TO_VERBS.has(tokens[p - 1]?.lower ?? '')) placed = bySubject(previousIndex(tokens, p - 2, s.first, ADVERBS));
  // "cyber security specialists will stop hackers", "they can block the attack": a modal between the subject and the verb.
  if (!placed && prev.kind === 'word' && STATED_MODALS.has(prev.lower) && !/(?:s|ed|ing)$/.test(t.lower)) placed = bySubject(previousIndex(tokens, p - 1, s.first, ADVERBS));
  // "... check the trace and phone the result through": a verb joined to a duty already found.
  if (!placed && ((prev.kind === 'word' && (prev.lower === 'and' || prev.lower === 'or')) || prev.text === '&')) {
    // "Clinical engineers work at a higher level and decide when ...": a decision joined to the role's clause.
    placed = afterDuty || (DECIDED.has(tokens[i + 1]?.lower ?? '') && isDeciding(t.lower) && clauseHasSubject(tokens, f, s.first, p));
  }
  // "a network technician came and restarted the switch", "came down to the lab, restarted the interface": after coming or going, the role's own verb.
  if (!placed && (prev.text === ',' || prev.text === '&' || prev.lower === 'and')) {
    for (let k = p - 1; k >= s.first && k >= p - 8 && tokens[k]!.kind === 'word'; k--) {
      if (MOTION.has(tokens[k]!.lower)) {
        placed = bySubject(previousIndex(tokens, k - 1, s.first, ADVERBS));
        break;
      }
    }
  }
  if (!placed) return -1;
  let j = i + 1;
  while (j <= s.last && tokens[j]!.kind === 'word' && ADVERBS.has(tokens[j]!.lower)) j++;
  // "book in samples", "print out the labels": a particle between the verb and its object; not the "up" of "take up to 40".
  let start = pastApproximator(tokens, j, s.last);
  if (start === j && j < s.last && tokens[j]!.kind === 'word' && (OBJECT_PARTICLES.has(tokens[j]!.lower) || (tokens[j]!.lower === 'in' && IN_VERBS.has(verbLemma(t.lower))))) start = pastApproximator(tokens, j + 1, s.last);
  j = start;
  const object = j <= s.last ? tokens[j] : undefined;
  // "decide when equipment needs to be replaced", "choose which scanner to buy": a decision's object is a question.
  if (object && object.kind === 'word' && DECIDED.has(object.lower) && j + 1 <= s.last && isDeciding(t.lower)) return j;
  // "even the clinical coders ring us": what the role does to the writer is no duty of a verb the lexicon does not list.
  if (!object || object.kind !== 'word' || NOT_OBJECTS.has(object.lower) || OBJECTLESS.has(object.lower) || WRITER_OBJECTS.has(object.lower)) return -1;
  // "introduced herself as the CI", "explain their job to visitors", as in `vague`.
  const lemma = verbLemma(t.lower);
  if (talkedAbout(tokens, j) || idleObject(tokens, lemma, j) || (STUDYING.has(lemma) && studied(tokens, j, s.last))) return -1;
  return j;
}
const WRITER_OBJECTS = words('me us');
const INDEFINITE_ARTICLES = words('a an another');

/**
 * Whether the words up to `p` end a subject that joins a role to other
 * people: "dialysis technicians and renal nurses", "radiographers or
 * nurses". One to three words after "and" or "or", none of them a verb the
 * lexicon lists, with a role's name before the join and nothing but the
 * sentence's start, a comma or "both" before that name.
 */
function joinedSubject(tokens: readonly Token[], f: DutyFacts, p: number, floor: number): boolean {
  for (let q = p; q >= floor && q > p - 3; q--) {
    const t = tokens[q]!;
    if (t.kind !== 'word' || dutyVerb(t.lower) || COMMON_VERBS.has(t.lower) || NOT_VERBS.has(t.lower)) return false;
    const join = tokens[q - 1];
    if (!join || join.kind !== 'word' || (join.lower !== 'and' && join.lower !== 'or')) continue;
    const role = f.roleEndAt.get(q - 2);
    if (!role) return false;
    const before = previousIndex(tokens, role.first - 1, floor, JOINED_OPENERS);
    return before < floor || tokens[before]!.kind !== 'word';
  }
  return false;
}
const JOINED_OPENERS = words('the both all our');
const ROLE_POINTERS = words('this the that each');
/** Modals that state what a role does or will do, not what it might or could ("could lose their job"). */
const STATED_MODALS = words("will can they'll");
const MOTION = words('come comes came go goes went');
const CELL_PARTICLES = words('in up out off back down');

/** Particles that leave the object after them ("print out the labels"); "in", "on" and "after" are mostly prepositions. */
const OBJECT_PARTICLES = words('up out down off back over');
/** Verbs whose "in" is a particle: "book in samples", "key in the results". */
const IN_VERBS = words('book key type fill plug sign clock hand check');

/** A verb form's base, for the few regular forms a set of verbs needs ("books", "booked", "booking"; "decides", "decided"). */
function verbLemma(lower: string, verbs: ReadonlySet<string> = IN_VERBS): string {
  for (const suffix of ['ing', 'ed', 's', 'd']) {
    const stem = lower.slice(0, -suffix.length);
    if (lower.endsWith(suffix) && (verbs.has(stem) || verbs.has(`${stem}e`))) return verbs.has(stem) ? stem : `${stem}e`;
  }
  return lower;
}
/** Verbs of deciding, whose object may be a question ("decide when ...", "choose which ..."). */
const DECIDING = words('decide choose determine');
function isDeciding(lower: string): boolean {
  return DECIDING.has(verbLemma(lower, DECIDING));
}
const DECIDED = words('when which what whether how who where');

const OBJECT_PRONOUNS = words('her him them');
/** Verbs whose "to" takes the subject's own activity ("help to drape", "have to change"). */
const TO_VERBS = words('help helps helped have has had need needs needed');
/** Verbs of seeing and letting, whose object does the next verb ("watched her measure", "let him show"). */
const PERCEIVING = words('watch watched watching saw see seen let lets helped help helps heard hear made');

/** Whether the clause from `from` to `to` has the role or a person pronoun as its subject. */
function clauseHasSubject(tokens: readonly Token[], f: DutyFacts, from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    if (f.roleEndAt.has(q)) return true;
    const t = tokens[q]!;
    if ((t.kind === 'word' && THIRD_PERSON.has(t.lower)) || quotedFirstPerson(tokens, f, q)) return true;
  }
  return false;
}

/** Words after a verb that show it has no object here. */
const OBJECTLESS = words('of that if when because so and or but very too quite more less well hard there here out off up down away back together');

/**
 * Whether someone who is no role is the subject that ends at `q`, before a
 * modal: "a doctor in A&E can look at an X-ray". Only a place after the
 * person ("in A&E", "on the ward") may stand between.
 */
function otherPersonBefore(tokens: readonly Token[], f: DutyFacts, q: number, first: number): boolean {
  for (let k = q; k >= first && k > q - SUBJECT_REACH; k--) {
    const t = tokens[k]!;
    if (f.named[k] === 1) return false;
    if (otherPerson(t)) return k === q || PREPOSITIONS.has(tokens[k + 1]!.lower);
    if (t.kind !== 'word' ? t.text !== '&' : t.allLower && !PREPOSITIONS.has(t.lower) && !DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/**
 * Whether the clause up to `q`, before an infinitive's "to", has someone
 * other than the practitioner as its subject, with a verb after it:
 * "doctors need to see inside the body (to find out ...)". A role's name or
 * "they" nearer the "to" is the subject instead ("doctors ask radiographers to ...").
 */
function otherMeansTo(tokens: readonly Token[], f: DutyFacts, q: number, first: number): boolean {
  for (let k = q; k >= first && k > q - INFINITIVE_REACH; k--) {
    const t = tokens[k]!;
    if (f.named[k] === 1 || (t.kind !== 'word' && t.text !== ',') || THIRD_PERSON.has(t.lower)) return false;
    const next = tokens[k + 1]?.lower ?? '';
    if (otherPerson(t) && (isVerbForm(next) || HAVE.has(next) || MODALS.has(next) || BE.has(next)) && next !== 'to') return true;
  }
  return false;
}
/** How far before an infinitive its subject may stand, in tokens. */
const INFINITIVE_REACH = 12;

/** Whether the word before `i` is a verb, not a noun ("knows which", not "the pumps which"). */
function verbBefore(tokens: readonly Token[], f: DutyFacts, i: number): boolean {
  const t = tokens[i - 1];
  return t !== undefined && t.kind === 'word' && t.allLower && f.named[i - 1] === 0 && isVerbForm(t.lower) && !GENERIC_HEADS.has(t.norm) && !NATURAL_THINGS.has(t.norm);
}

/** Words that open a verb's object or follow it at once: "compresses them", "sends the", "knows which", "works out". */
const OBJECT_OPENERS = words('the a an this these those its their his her them it him which what how that all some each every out up back off down in into through');

/** Words that open a sentence with a subordinate clause. */
const SUBORDINATORS = words('when whenever if once after before because since while whilst until unless');

/** What after a plural noun shows it ends a list, not a verb: "needles and vacutainer tubes, ...". */
const LIST_ENDS = new Set([',', '.', ';', ':', 'and', 'or', ')']);

/** Words that join a clause whose subject may be a thing: "so the scanner can tell them apart and produce images". */
const THING_CLAUSE_JOINS = new Set([',', 'and', 'but', 'so', 'because', 'while', 'whilst', 'whereas', 'when', 'then', 'once', 'until']);

/**
 * Things of an answer's science that are never anyone's practitioner:
 * "Normal cells can repair better", "the protons relax back and give off a
 * signal". As a clause's subject they make it the thing's, as a technology does.
 */
const NATURAL_THINGS = words(`
cell tissue muscle organ atom proton electron neutron nucleus molecule particle wave signal echo pulse beam ray photon field
magnet current voltage radiation sound light blood kidney heart lung brain nerve bone membrane fibre fiber pore gas oxygen
dna gene tumour tumor bacterium bacteria virus enzyme antibody protein hormone fluid liquid crystal isotope tracer
`);

/** Whether a noun group may open at `i` after a joining word: a determiner, a technology, or a thing's noun ("so PACS ...", "and the scanner ..."). */
function thingOpensAt(tokens: readonly Token[], f: DutyFacts, i: number): boolean {
  const t = tokens[i]!;
  return DETERMINERS.has(t.lower) || f.named[i] === 2 || GENERIC_HEADS.has(t.norm) || NATURAL_THINGS.has(t.norm);
}

/** Whether tokens [from, to] hold a plural noun after a determiner, or "them": what "they" after them may be. */
function pluralThingBetween(tokens: readonly Token[], f: DutyFacts, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || f.named[k] === 1) continue;
    if (t.lower === 'them') return true;
    if (t.lower === t.norm || !t.lower.endsWith('s') || !t.allLower) continue;
    // "the sound waves", "the hydrogen atoms", "thousands of tiny hollow fibres": a noun group from a determiner or "of".
    for (let j = k - 1; j >= from && j >= k - 3; j--) {
      const w = tokens[j]!;
      if (w.kind !== 'word') break;
      if (DETERMINERS.has(w.lower) || w.lower === 'of') return true;
      if (isVerbForm(w.lower) && !w.lower.endsWith('ed') && f.named[j] !== 2 && !NATURAL_THINGS.has(w.norm)) break;
    }
  }
  return false;
}

/**
 * Whether the `that` or `which` at `i` starts a clause about a thing: a
 * technology or a generic head just before it ("machines that ...", "the
 * pump, which ..."). What such a clause does is the thing's, not a duty.
 */
function thingBefore(tokens: readonly Token[], f: DutyFacts, i: number, first: number): boolean {
  let q = i - 1;
  if (q >= first && tokens[q]!.text === ',') q--;
  if (q < first) return false;
  const t = tokens[q]!;
  return t.kind === 'word' && (f.named[q] === 2 || GENERIC_HEADS.has(t.norm));
}

const CLAUSE_STOPS = new Set(['.', ';', '!', '?']);
const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
/** Words a thing's subject may hold before its head, at most ("Our agency's new rota app"). */
const SUBJECT_REACH = 5;

/**
 * Whether the clause from `i` has a thing as its subject: a technology or a
 * generic head ("app", "machine"), after determiners and modifiers, then a
 * verb ("The app is supposed to ...", "The dialysis machine cleans ...").
 */
function thingSubjectAt(tokens: readonly Token[], f: DutyFacts, i: number, last: number, strict = false): boolean {
  // "Plans radiotherapy doses and checks ...": a cell or line that opens on a verb ("Scans show the baby" opens on a subject).
  const after = tokens[i + 1];
  if (dutyVerb(tokens[i]!.lower)?.form === 's' && after?.kind === 'word' && !BE.has(after.lower) && !MODALS.has(after.lower) && !(after.lower.endsWith('s') && isVerbForm(after.lower) && f.named[i + 1] !== 2)) return false;
  for (let k = i; k <= last && k < i + SUBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || f.named[k] === 1 || isSubjectWord(t) || PREPOSITIONS.has(t.lower) || (k > i && CLAUSE_OPENERS.has(t.lower))) return false;
    const next = tokens[k + 1];
    if ((f.named[k] === 2 || GENERIC_HEADS.has(t.norm) || NATURAL_THINGS.has(t.norm)) && !isPossessive(t) && next?.kind === 'word' && f.named[k + 1] !== 2 && !GENERIC_HEADS.has(next.norm)) {
      // Not a plural noun that ends a list: "a butterfly needle and vacutainer tubes, print a label".
      const listed = tokens[k + 2] === undefined || k + 2 > last || LIST_ENDS.has(tokens[k + 2]!.lower);
      // Inside a sentence, an -s word is the thing's verb only before what opens its object: "so PACS compresses them",
      // "the LIMS knows which tests", not "and tissue samples to help diagnose".
      if (strict && !BE.has(next.lower) && !MODALS.has(next.lower) && !OBJECT_OPENERS.has(tokens[k + 2]?.lower ?? '')) return false;
      return BE.has(next.lower) || MODALS.has(next.lower) || (next.allLower && next.lower.endsWith('s') && isVerbForm(next.lower) && !listed);
    }
    // A verb ends the subject; "booking" and "automated" in "the booking app", "the automated analyser" do not.
    if (k > i && isVerbForm(t.lower) && !t.lower.endsWith('s') && !t.lower.endsWith('ing') && !t.lower.endsWith('ed') && !DETERMINERS.has(t.lower)) return false;
  }
  return false;
}

/** Whether "is" at `p` follows a determined noun that is no role, person or job: "the list is", "the clinic was". */
function thingBeforeBe(tokens: readonly Token[], f: DutyFacts, p: number, first: number): boolean {
  const subject = tokens[p - 1];
  if (!subject || subject.kind !== 'word' || f.named[p - 1] === 1 || isSubjectWord(subject) || JOB_NOUNS.has(subject.norm) || CLAUSE_OPENERS.has(subject.lower)) return false;
  // "the robot is doing the operation": a technology.
  if (f.named[p - 1] === 2 || GENERIC_HEADS.has(subject.norm)) return true;
  // "the theatre list is": nouns before the head, back to the determiner.
  for (let k = p - 2; k >= first && k >= p - 4; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || f.named[k] === 1) return false;
    // "biomedical engineers at the university are designing": the place of the role, its subject.
    if (DETERMINERS.has(t.lower)) return !(k >= 2 && PLACE_PREPOSITIONS.has(tokens[k - 1]!.lower) && f.roleEndAt.has(k - 2));
    if (!t.allLower || PREPOSITIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || isSubjectWord(t)) return false;
  }
  return false;
}
const JOB_NOUNS = words('job task duty responsibility role work aim purpose function part focus priority');

function isSubjectWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (SUBJECT_WORDS.has(t.lower) || SUBJECT_WORDS.has(t.norm));
}

/** Whether the ")" at `p` closes a point's letter or number: "(a)", "(ii)", "b)", "(3)". */
function enumeratorAt(tokens: readonly Token[], p: number, first: number): boolean {
  const mark = tokens[p];
  const label = tokens[p - 1];
  // "1.1 takes X-rays", "2.1.3 services the pumps": a numbered point that opens its line.
  if (mark?.kind === 'word' && isNumber(mark.lower) && numberedPoint(tokens, p)) return true;
  if ((mark?.text !== ')' && mark?.text !== '.') || !label || label.kind !== 'word' || p - 1 < first || !ENUMERATORS.has(label.lower)) return false;
  // "i. scans pregnant women": a full stop only after a point that opens its line.
  if (mark.text === '.') return p - 1 === 0 && mark.start === label.end;
  const before = tokens[p - 2];
  return before === undefined || p - 2 < first || before.text === '(' || before.kind !== 'word';
}
const ENUMERATORS = words('a b c d e f g h i ii iii iv v vi 1 2 3 4 5 6 7 8 9');

/** Whether tokens [0, p] are only numbers joined by full stops ("1.1", "2.1.3"), as a point's label is. */
function numberedPoint(tokens: readonly Token[], p: number): boolean {
  if (p < 2 || p > 6) return false;
  for (let k = 0; k <= p; k++) {
    const t = tokens[k]!;
    if (k % 2 === 0 ? !(t.kind === 'word' && isNumber(t.lower)) : t.text !== '.') return false;
    if (k > 0 && t.start !== tokens[k - 1]!.end) return false;
  }
  return true;
}

/** Whether "help" stands just before the person that ends at `p` ("helps the anaesthetist", "helped Dr Khan"). */
function helpedBefore(tokens: readonly Token[], p: number, first: number): boolean {
  if (tokens[p]!.kind !== 'word' || isVerbForm(tokens[p]!.lower)) return false;
  for (let k = p - 1; k >= first && k >= p - 3; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (HELP.has(t.lower)) return true;
    if (!DETERMINERS.has(t.lower) && !(t.text !== t.lower && !isVerbForm(t.lower))) return false;
  }
  return false;
}
const HELP = words('help helps helped helping');

/** Whether a question word opens the words up to `p`: "what treatment", "which tests", "how"; not after a verb of deciding. */
function questionBefore(tokens: readonly Token[], p: number, first: number): boolean {
  for (let k = p; k >= first && k >= p - 2; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (QUESTION_WORDS.has(t.lower)) {
      const verb = tokens[k - 1];
      return !(verb && verb.kind === 'word' && isDeciding(verb.lower));
    }
  }
  return false;
}
const QUESTION_WORDS = words('what which how whether');

/** Whether "help" or "help to" stands just before the verb at `i`. */
function helpsWith(tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  if (k >= first && tokens[k]!.lower === 'to') k--;
  return k >= first && HELP.has(tokens[k]!.lower);
}

/** Whether the object from `j` is only patients or people, with a modifier or two ("cancer patients", "the people"). */
function patientsOnly(tokens: readonly Token[], j: number, last: number): boolean {
  const k = objectHead(tokens, j, last, CARED_FOR, 3, () => true);
  const next = tokens[k + 1];
  return k >= 0 && (!next || k + 1 > last || next.kind !== 'word' || !PREPOSITIONS.has(next.lower) || next.lower === 'in' || next.lower === 'at');
}

/**
 * Where the object from `j` reaches a head of `heads` within `reach` words,
 * past words that `modifier` accepts; -1 when it does not.
 */
function objectHead(tokens: readonly Token[], j: number, last: number, heads: ReadonlySet<string>, reach: number, modifier: (t: Token) => boolean): number {
  for (let k = j; k <= last && k < j + reach; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return -1;
    if (heads.has(t.norm)) return k;
    if (!modifier(t)) return -1;
  }
  return -1;
}

/** Whether one of `subjects` helps the person that ends at `p`: "a brace that I help him put on". */
function helpedBy(tokens: readonly Token[], p: number, first: number, subjects: ReadonlySet<string>): boolean {
  if (!helpedBefore(tokens, p, first)) return false;
  let k = p - 1;
  while (k > first && !HELP.has(tokens[k]!.lower)) k--;
  const subject = tokens[previousIndex(tokens, k - 1, first, ADVERBS)];
  return subject !== undefined && subject.kind === 'word' && subjects.has(subject.lower);
}

/** Whether a word after a verb says how something goes, not what is done to it ("run smoothly", "work better"). */
function howItGoes(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (t.lower.endsWith('ly') || HOW_WORDS.has(t.lower));
}
const HOW_WORDS = words('better well faster quicker worse more less properly right');

/** Whether tokens `[first, p)` open with a role's name and a dash or colon ("Robotics specialist – ..."): what follows is about it. */
function definesRole(tokens: readonly Token[], f: DutyFacts, first: number, p: number): boolean {
  for (let q = first; q < p && q < first + ROLE_NAME_TOKENS; q++) {
    if (f.roleEndAt.has(q)) return LINE_OPENERS.has(tokens[q + 1]?.text ?? '');
    if (tokens[q]!.kind !== 'word') return false;
  }
  return false;
}
/** Tokens a role's name, with a determiner or two, spans at most at the start of a line ("The pathology IT technician"). */
const ROLE_NAME_TOKENS = 6;

function licensed(tokens: readonly Token[], f: DutyFacts, s: DutySpan, p: number, verb: DutyVerb, sawVerb: boolean): boolean {
  const form = verb.form;
  if (p < s.first || (p === s.first && s.personFirst)) return true;
  // "(b) positions the patient": a verb opening a lettered point; not an exam's "(f) Explain how ...".
  if (enumeratorAt(tokens, p, s.first)) return form === 's' || tokens[p + 1]?.allLower === true;
  // "MLAs (medical laboratory assistants) book samples in": what stands before the aside.
  if (tokens[p]!.text === ')') {
    // "MLAs (medical laboratory assistants) record samples": the role named in the aside.
    if (f.roleEndAt.has(p - 1)) return true;
    const q = asideStart(tokens, p, s.first + 1);
    if (q >= 0) return licensed(tokens, f, s, previousIndex(tokens, q - 1, s.first, ADVERBS), verb, sawVerb);
  }
  const prev = tokens[p]!;
  // "helps the hospital use data, e.g. designing screens in the EPR": an example of what the role does.
  // Not after what something is: "AI is the future, e.g. reading CT scans".
  if (form === 'ing' && (prev.lower === 'eg' || (prev.text === '.' && tokens[p - 1]?.lower === 'g' && tokens[p - 2]?.text === '.' && tokens[p - 3]?.lower === 'e'))) {
    for (let k = p - 1; k >= s.first && f.named[k] !== 1; k--) if (BE.has(tokens[k]!.lower)) return false;
    return true;
  }
  if (prev.kind !== 'word') {
    // "Raj, our ODP, checks the anaesthetic machine": the verb after a role's apposition;
    // "Biomedical engineers, by contrast, design ...": after an adverbial set off by commas.
    if (prev.text === ',' && form !== 'ing' && (f.roleEndAt.has(p - 1) || afterInsertedAdverbial(tokens, f, p, s.first))) return true;
    // "Cybersecurity specialist – firewalls, antivirus, installs security updates": a line on the role, in fragments.
    if (prev.text === ',' && form === 's' && definesRole(tokens, f, s.first, p)) return true;
    if (prev.text === ',') return sawVerb || form === 'ing';
    // "sets it up before surgery + trains the surgeons on it"
    if (prev.text === '&' || prev.text === '+') return sawVerb;
    // "Hours: Fixed term": after a label, a past form is a duty only under a label for duties ("Duties: Repaired ...").
    if (prev.text === ':' && form === 'ed') return DUTY_PROMPTS.has(tokens[p - 1]?.norm ?? '');
    return LIST_PUNCT.has(prev.text) || isSymbol(prev.text);
  }
  // "Network engineers, who staff call the network team": "staff" is who calls, not what the engineers do.
  if (prev.lower === 'who') return !peopleSubjectAt(tokens, p + 1) && practitionerBefore(tokens, f, p - 1, s.first);
  // "let me watch her authorise results": what the role is seen or let doing.
  if (OBJECT_PRONOUNS.has(prev.lower) && PERCEIVING.has(tokens[p - 1]?.lower ?? '')) return form === 'base';
  // "since both of them take blood out", "they all check their equipment": a quantified pronoun as subject.
  if (quantifiedSubjectAt(tokens, p, s.first)) return form !== 'ing';
  // "computer scientists there write the software": a place adverb between the role and its verb.
  if (PLACE_ADVERBS.has(prev.lower) && f.roleEndAt.has(p - 1) && form !== 'ing') return true;
  if (f.roleEndAt.has(p) || ((SUBJECT_WORDS.has(prev.norm) || SUBJECT_WORDS.has(prev.lower)) && (!FIRST_PERSON.has(prev.lower) || quotedFirstPerson(tokens, f, p, s)))) return true;
  // "This role sorts out problems ...": the role, singular, after "this" or "the" (not "Pairing the roles shows that ...").
  if (prev.lower === 'role' && ROLE_POINTERS.has(tokens[p - 1]?.lower ?? '') && form === 's') return true;
  // "helps the anaesthetist put the patient to sleep": what the role helps someone do.
  // Not how it goes ("help the hospital run smoothly", "helps the team work better").
  if (form === 'base' && helpedBefore(tokens, p, s.first)) return !howItGoes(tokens[p + 2]);
  // "they are test the blood", "he is put the code": a learner's present tense, with the role or "they" as subject.
  if (form === 'base' && (prev.lower === 'is' || prev.lower === 'are') && p - 1 >= s.first && roleOrPronounAt(tokens, f, p - 1, s.first)) return true;
  if (prev.lower === 'to') {
    const before = tokens[p - 1];
    // "what treatment to give them", "how to use it": a question of what to do, not a duty (but "decide which tests to run").
    if (questionBefore(tokens, p - 1, s.first)) return false;
    // "because doctors need to see inside the body to find out what is wrong": what someone else means to do.
    if (otherMeansTo(tokens, f, p - 1, s.first)) return false;
    // "Clinical coders used to write codes by hand": what the role did, not what a thing is used for.
    if (before?.lower === 'used' && (f.roleEndAt.has(p - 2) || THIRD_PERSON.has(tokens[p - 2]?.lower ?? ''))) return form === 'base';
    return form === 'base' && !(before && before.kind === 'word' && THING_PURPOSE.has(before.lower));
  }
  // "machine learning models can read X-rays", "if equipment breaks it could put patients at risk": a thing's own function, not the practitioner's.
  // "I have written it up", "we can ask them": the writer's own doing, unless the writer is the role or is quoted.
  if ((MODALS.has(prev.lower) || HAVE.has(prev.lower)) && p - 1 >= s.first && FIRST_PERSON.has(tokens[p - 1]!.lower) && !quotedFirstPerson(tokens, f, p - 1, s)) return false;
  // "the NHS has taken cyber security more seriously", "the hospital will buy new scanners": what an institution does.
  if ((MODALS.has(prev.lower) || HAVE.has(prev.lower)) && p - 1 >= s.first && INSTITUTIONS.has(tokens[p - 1]!.norm) && f.named[p - 1] !== 1) return false;
  if (MODALS.has(prev.lower)) return form === 'base' && !(p - 1 >= s.first && (f.named[p - 1] === 2 || GENERIC_HEADS.has(tokens[p - 1]!.norm) || NATURAL_THINGS.has(tokens[p - 1]!.norm) || tokens[p - 1]!.lower === 'it' || otherPersonBefore(tokens, f, p - 1, s.first)));
  if (HAVE.has(prev.lower)) return form === 'ed';
  if (prev.lower === 'and' || prev.lower === 'or') {
    // "responsible for checking and repairing", but not "vital for diagnosing and treating patients": the second -ing stands where the first does.
    const first = form === 'ing' ? dutyVerb(tokens[p - 1]?.lower ?? '') : undefined;
    return first?.form === 'ing' && !first.particle ? licensed(tokens, f, s, p - 2, first, sawVerb) : sawVerb;
  }
  if (prev.lower === 'that' || prev.lower === 'which') {
    // "There's a radiographer, which takes X-rays": after a comma too, as learners write "which" for people.
    const b = tokens[p - 1]?.text === ',' ? p - 2 : p - 1;
    const before = tokens[b];
    return before !== undefined && (f.roleEndAt.has(b) || SUBJECT_WORDS.has(before.norm));
  }
  // "Dialysis technicians and renal nurses set up the machines": a subject that joins the role to other people.
  if (form !== 'ing' && form !== 's' && joinedSubject(tokens, f, p, s.first)) return true;
  if (form !== 'ing') return afterModifiedSubject(tokens, f, s, p);
  const heads = GERUND_HEADS[prev.lower];
  if (heads) {
    let h = previousIndex(tokens, p - 1, s.first, ADVERBS);
    // "are involved, for example in writing the software": an example marker between.
    if (h - 2 >= s.first && (tokens[h]!.lower === 'example' || tokens[h]!.lower === 'instance') && tokens[h - 1]!.lower === 'for') {
      h = tokens[h - 2]!.text === ',' ? h - 3 : h - 2;
    }
    const head = tokens[h];
    return head !== undefined && head.kind === 'word' && (heads.has(head.lower) || heads.has(head.norm));
  }
  // "even when the list is running late": a progressive whose subject is a thing, not the role nor its job.
  if (BE.has(prev.lower) && thingBeforeBe(tokens, f, p, s.first)) return false;
  if (GERUND_LICENSORS.has(prev.lower)) return true;
  // "Medical records technicians are more about keeping the records in order": what the job is about.
  if (prev.lower === 'about') {
    let k = p - 1;
    while (k >= s.first && ABOUT_DEGREES.has(tokens[k]!.lower)) k--;
    if (k >= s.first && BE.has(tokens[k]!.lower)) return true;
  }
  // "Ward round every day taking bloods", "all morning checking the pumps": the time spent doing it.
  if (TIME_SPANS.has(prev.norm) && SPAN_QUANTIFIERS.has(tokens[p - 1]?.lower ?? '')) return true;
  // "involves electrical safety testing on ...": a few modifiers between.
  for (let k = p - 1; k >= s.first && k >= p - 2 && tokens[k]!.kind === 'word'; k--) if (INVOLVING.has(tokens[k]!.lower)) return true;
  // "If you love coding", "enjoy helping people": what someone likes doing, not a duty.
  if (LIKING.has(prev.lower)) return false;
  // "you get special training on radiation": training received.
  if (verb.lemma === 'train' && receivedAt(tokens, p, s.first)) return false;
  // "they are in the lab testing the blood": an -ing adjunct to a verb already seen, not after a determiner.
  return sawVerb && !DETERMINERS.has(prev.lower) && !EVALUATIVE.has(prev.lower) && !NOT_OBJECTS.has(prev.lower);
}
/** Words between "is" and "about" in "is all about doing": "more", "mainly", "really". */
const ABOUT_DEGREES = words('more all mainly mostly really just only much similar but also often');
/** Words after "train" that make it the practitioner's own training: "train in", "trained as", "training for three years". */
const OWN_TRAINING = words('in as for at');
const LIKING = words('like likes liked love loves loved enjoy enjoys enjoyed hate hates hated prefer prefers preferred');
const RECEIVING = words('get gets got getting receive receives received have has had need needs needed');

/** Whether a verb of getting stands within two words before `p` (itself included): "get special training". */
function receivedAt(tokens: readonly Token[], p: number, first: number): boolean {
  for (let k = p; k >= first && k >= p - 2; k--) if (RECEIVING.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether the comma at `p` closes an adverbial set off after a role's name: "Biomedical engineers, by contrast, ...". */
function afterInsertedAdverbial(tokens: readonly Token[], f: DutyFacts, p: number, first: number): boolean {
  let q = p - 1;
  while (q > first && tokens[q]!.kind === 'word' && INSERTED.has(tokens[q]!.lower) && q > p - 5) q--;
  return q < p - 1 && tokens[q]!.text === ',' && f.roleEndAt.has(q - 1);
}
const INSERTED = words('by contrast however though therefore also too for example instance in particular meanwhile likewise similarly then instead whereas on the other hand comparison');

/**
 * Whether what "who" at `q + 1` stands on may be a practitioner: a role, a
 * person word ("someone who", "the staff who"), a name ("Priya, who ..."),
 * or nothing; not someone else ("the maintenance men who change the light
 * bulbs", "the doctor who").
 */
function practitionerBefore(tokens: readonly Token[], f: DutyFacts, q: number, first: number): boolean {
  if (q >= first && tokens[q]!.text === ',') q--;
  if (q < first) return true;
  // "the clinical scientist who gets contacted ..., and who gives advice": the "who" before's.
  if (tokens[q]!.lower === 'and' || tokens[q]!.lower === 'or') {
    for (let k = q - 1; k >= first; k--) if (tokens[k]!.lower === 'who') return practitionerBefore(tokens, f, k - 1, first);
    return false;
  }
  const person = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.kind !== 'word' || f.roleEndAt.has(k) || !t.allLower) return true;
    // "less important than the people who treat patients": people set against the role.
    let d = k - 1;
    while (d >= first && tokens[d]!.kind === 'word' && DETERMINERS.has(tokens[d]!.lower)) d--;
    if (d >= first && CONTRASTED.has(tokens[d]!.lower)) return false;
    return SUBJECT_WORDS.has(t.norm) || SUBJECT_WORDS.has(t.lower) || WHO_HEADS.has(t.lower);
  };
  if (person(q)) return true;
  // "a specialist, often employed by the company that makes the device, who trains nurses": past an aside in commas.
  if (tokens[q + 1]?.text === ',') {
    for (let k = q - 1; k > first && k >= q - ASIDE_REACH; k--) {
      const head = tokens[k - 1]!;
      if (tokens[k]!.text === ',') return head.kind === 'word' && (f.roleEndAt.has(k - 1) || WHO_HEADS.has(head.lower) || SUBJECT_WORDS.has(head.norm));
      if (tokens[k]!.kind !== 'word') return false;
    }
  }
  // "radiographers in the X-ray department who ...": what the place hangs from.
  for (let k = q - 1; k > first && k >= q - 5; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (PLACE_PREPOSITIONS.has(t.lower)) return person(k - 1);
  }
  return false;
}
const WHO_HEADS = words('someone somebody anyone ones those people person man woman lady guy professionals practitioners specialists');
/** Tokens an aside in commas between a practitioner and "who" holds at most. */
const ASIDE_REACH = 12;

/**
 * Whether the verb after `p` is the main verb of a role whose relative
 * clause or place ends at `p`: "Radiographers who work in MRI check every
 * patient", "the biomedical scientist on the night shift runs it on the
 * analyser".
 */
function afterModifiedSubject(tokens: readonly Token[], f: DutyFacts, s: Span, p: number): boolean {
  for (let k = p - 1; k >= s.first && k >= p - 6; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (t.lower === 'who') return k > s.first && f.roleEndAt.has(k - 1) && k + 1 < p;
    if (f.roleEndAt.has(k)) return k + 2 <= p && PLACE_PREPOSITIONS.has(tokens[k + 1]!.lower);
    // "no phlebotomists on nights so the nurses do the bloods": a new clause.
    if (CLAUSE_OPENERS.has(t.lower)) return false;
  }
  return false;
}
const PLACE_ADVERBS = words('there here');

/**
 * A nominalisation at `i` with its object ("the calibration of pumps"), or
 * as the subject of a passive with a person as agent ("the repairs are done
 * by engineers"); undefined otherwise.
 */
function nominalAt(tokens: readonly Token[], f: DutyFacts, s: Span, i: number): DutyPhrase | undefined {
  const t = tokens[i]!;
  const verb = dutyVerb(t.lower);
  const isNominal = NOMINALS.has(t.lower) || (verb !== undefined && verb.form === 'ing' && !verb.particle);
  if (!isNominal) return undefined;
  const prev = tokens[i - 1];
  // "-ing" after a verb is handled as a verb ("responsible for checking").
  const determined = prev !== undefined && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || prev.lower.endsWith("'s") || f.named[i - 1] === 2);
  if (!determined && !NOMINALS.has(t.lower)) return undefined;
  // "the National Clinical Coding Qualification": a capitalised word inside a name.
  if (insideName(tokens, i, s.first)) return undefined;
  if (underEvaluation(tokens, i, s.first)) return undefined;
  const of = tokens[i + 1];
  if (of && of.kind === 'word' && of.lower === 'of') {
    const object = tokens[i + 2];
    if (!object || object.kind !== 'word' || i + 2 > s.last) return undefined;
    const objectAt = DETERMINERS.has(object.lower) ? i + 3 : i + 2;
    const head = tokens[objectAt];
    if (!head || head.kind !== 'word' || VAGUE_OBJECTS.has(head.lower) || objectAt > s.last) return undefined;
    return [i, phraseEnd(tokens, objectAt, s.last)];
  }
  // "the repairs are done by the clinical engineers", "heart scans (echocardiograms) are carried out by",
  // "pregnancy scans and most abdominal ultrasound are done by".
  let j = i + 1;
  while (j <= s.last && j < i + 8 && (tokens[j]!.kind === 'word' || tokens[j]!.text === '(' || tokens[j]!.text === ')') && !BE.has(tokens[j]!.lower)) j++;
  if (j <= s.last && BE.has(tokens[j]!.lower) && personAgent(tokens, f, j + 1, s.last)) return [i, i];
  return undefined;
}

const DETERMINERS = words('the a an their his her its our this these those any every each some daily regular routine');
const EVALUATIVE = words('important vital essential crucial key useful helpful necessary critical needed required great good better best ideal significant central');

/** Whether the word at `i` hangs from an adjective of importance ("very important for the diagnosis of") or a word of knowledge ("experts in the design of"). */
function underEvaluation(tokens: readonly Token[], i: number, floor: number): boolean {
  let p = i - 1;
  while (p >= floor && tokens[p]!.kind === 'word' && DETERMINERS.has(tokens[p]!.lower)) p--;
  // "the diagnosis and treatment of heart disease": the second of two activities hangs where the first does.
  if (p - 1 >= floor && (tokens[p]!.lower === 'and' || tokens[p]!.lower === 'or') && NOMINALS.has(tokens[p - 1]!.lower)) return underEvaluation(tokens, p - 1, floor);
  const prep = tokens[p];
  // "important to the running of any healthcare organisation" too.
  if (!prep || prep.kind !== 'word' || !(prep.lower in GERUND_HEADS || prep.lower === 'to')) return false;
  const h = previousIndex(tokens, p - 1, floor, ADVERBS);
  const head = tokens[h];
  if (head === undefined || head.kind !== 'word') return false;
  // "play a vital role in the diagnosis of heart disease": how much the role matters.
  if (PARTS.has(head.norm) && h - 1 >= floor && EVALUATIVE.has(tokens[h - 1]!.lower)) return true;
  return EVALUATIVE.has(head.lower) || THING_PURPOSE.has(head.lower) || KNOWING.has(head.norm);
}
const PARTS = words('role part');

/** Words of knowledge or skill: "experts in the design of devices" says what they know, not what they do. */
const KNOWING = words('expert skilled knowledgeable knowledge understanding experience experienced interest interested specialist trained qualified');

/**
 * Whether the verb at `i` is a passive with a person as agent: "are serviced
 * by clinical engineers", "is run by the perfusionist" (a participle like
 * "run", "set" or "put" has the base form's spelling).
 */
function passiveByPerson(tokens: readonly Token[], f: DutyFacts, s: Span, i: number, verb: DutyVerb): boolean {
  if (verb.form !== 'ed' && verb.form !== 'base') return false;
  const p = previousIndex(tokens, i - 1, s.first, ADVERBS);
  const prev = p >= s.first ? tokens[p] : undefined;
  if (prev === undefined || prev.kind !== 'word') return false;
  // "are serviced by", or a participle after its noun: "blood samples taken by phlebotomists", "a heart monitor fitted by".
  const passive = BE.has(prev.lower) || (verb.form === 'ed' && p === i - 1 && f.named[p] !== 1 && !SUBJECT_WORDS.has(prev.lower) && !HAVE.has(prev.lower) && !MODALS.has(prev.lower));
  return passive && (personAgent(tokens, f, i + 1, s.last) || byWhomBefore(tokens, i, s.first));
}

/**
 * A past participle of a verb the lexicon does not list, as a verb in the -ed
 * form, for a passive ("is grouped by the biomedical scientists"); not one of
 * being used, employed or staffed, which says nothing done.
 */
function participle(t: Token): DutyVerb | undefined {
  const w = t.lower;
  if (!t.allLower || w.length < 5 || !w.endsWith('ed') || !isVerbForm(w)) return undefined;
  if (notActivity(w) || NOT_VERBS.has(w) || COMMON_VERBS.has(w) || UNDERGONE.has(w)) return undefined;
  return { lemma: w, form: 'ed' };
}

/**
 * Participles whose passive says what happens to the practitioner or thing, not what the agent does
 * (beyond NOT_ACTIVITIES and COMMON_VERBS, which `participle` checks first).
 */
const UNDERGONE = words(`
employed trusted respected valued registered regulated hired recruited funded affected impressed surprised amazed welcomed
accepted appreciated preferred staffed manned headed covered founded outnumbered
`);

/**
 * Whether the verb at `i` has a role as its subject in a relative clause whose
 * object stands before it: "an MRI scan which the radiographer performed",
 * "the samples that the phlebotomists have labelled".
 */
function relativeObject(tokens: readonly Token[], f: DutyFacts, i: number, floor: number): boolean {
  let k = i - 1;
  while (k > floor && HAVE.has(tokens[k]!.lower)) k--;
  if (k <= floor || f.named[k] !== 1) return false;
  while (k > floor && f.named[k - 1] === 1) k--;
  k--;
  while (k > floor && (tokens[k]!.lower === 'the' || tokens[k]!.lower === 'a' || tokens[k]!.lower === 'an' || tokens[k]!.lower === 'our')) k--;
  return k > floor && (tokens[k]!.lower === 'that' || tokens[k]!.lower === 'which') && tokens[k - 1]!.kind === 'word';
}

/** Whether "by whom" stands shortly before the participle at `i`: "the ODP, by whom the suction must also be tested". */
function byWhomBefore(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let j = i - 1; j > floor && j >= i - 10; j--) if (tokens[j]!.lower === 'whom' && tokens[j - 1]!.lower === 'by') return true;
  return false;
}

/** Whether "by" and a person follow within the clause ("... by the clinical engineers", "... by them"). */
function personAgent(tokens: readonly Token[], f: DutyFacts, from: number, last: number): boolean {
  for (let j = from; j <= last && j < from + 6; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      if (t.text === ',') continue;
      return false;
    }
    if (t.lower !== 'by') continue;
    let k = j + 1;
    while (k <= last && tokens[k]!.kind === 'word' && DETERMINERS.has(tokens[k]!.lower)) k++;
    const agent = tokens[k];
    if (!agent || agent.kind !== 'word') return false;
    if (f.named[k] === 1 || PERSON_AGENTS.has(agent.lower) || SUBJECT_WORDS.has(agent.norm)) return true;
    return false;
  }
  return false;
}

const PERSON_AGENTS = words('them him her us me you staff');

/** Whether the word at `i`, after "who", is people doing the next verb ("who staff call", "who nurses phone"), not a verb itself. */
function peopleSubjectAt(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!PEOPLE_VERBS.has(tokens[i]?.lower ?? '') || next?.kind !== 'word') return false;
  return ADVERBS.has(next.lower) || isVerbForm(next.lower);
}
/** People nouns that are verbs too ("to staff", "to nurse"). */
const PEOPLE_VERBS = words('staff nurse nurses doctor doctors');

/**
 * A span that is a list of activities and no sentence: "| Calibration and repair, acceptance testing ... |",
 * "Setting up and priming of the machines, disinfection afterwards": two activities joined at its opening, and
 * no verb "to be" or modal in it ("Training and support are important" is a sentence about them).
 */
function activityList(tokens: readonly Token[], s: Span): DutyPhrase | undefined {
  const activity = (k: number): boolean => {
    const t = tokens[k];
    return t !== undefined && t.kind === 'word' && (NOMINALS.has(t.lower) || (t.lower.endsWith('ing') && isVerbForm(t.lower) && !notActivity(t.lower)));
  };
  if (!activity(s.first)) return undefined;
  let j = s.first + 1;
  if (OBJECT_PARTICLES.has(tokens[j]?.lower ?? '')) j++;
  const join = tokens[j];
  if (!join || !(join.lower === 'and' || join.lower === 'or' || join.text === ',') || j + 1 > s.last || !activity(j + 1)) return undefined;
  for (let k = s.first; k <= s.last; k++) if (BE.has(tokens[k]!.lower) || AUXILIARIES.has(tokens[k]!.lower)) return undefined;
  return [s.first, j + 1];
}

/** Whether what follows "get" at `j` is something put right: "the network back up", "the scanner working again", "it fixed". */
function restoredAt(tokens: readonly Token[], j: number, last: number): boolean {
  for (let k = j; k <= last && k < j + 5; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || RESTORE_STOPS.has(t.lower)) return false;
    if (k === j) continue;
    if (t.lower === 'back') return BACK_TO.has(tokens[k + 1]?.lower ?? '');
    if (RESTORED.has(t.lower)) return true;
  }
  return false;
}
const GETTING = words('get gets got getting');
const BACK_TO = words('up on online working running together');
const RESTORED = words('working running fixed repaired going sorted');
const RESTORE_STOPS = words('when while if because and but or so they he she we i it\'s');

/**
 * Whether a duty only says the role's name again: "they do the coding" of clinical coders, "do the engineering"
 * of engineers (the head of the name, `head`, less "-er", "-ist" or "-or"); not "do the coding of operations",
 * "do the engineering checks", nor "do dialysis" of dialysis technicians.
 */
export function restatesName(tokens: readonly Token[], [first, last]: DutyPhrase, head: string): boolean {
  const stem = head.replace(/(?:er|or|ist)$/, '');
  if (stem.length < 3 || stem === head) return false;
  // "Clinical coders code all day in the office", "coding in the hospital": the name's own verb with no object.
  if (tokens[first]!.lower.startsWith(stem)) {
    const next = tokens[first + 1];
    // "code at least 50 episodes a day": a number after a rough word is the object.
    for (let k = first + 1; k <= first + 3; k++) if (tokens[k] && (isNumber(tokens[k]!.lower) || tokens[k]!.text === '~')) return false;
    return !next || next.kind !== 'word' || (next.lower !== 'of' && (PREPOSITIONS.has(next.lower) || CLAUSE_WORDS.has(next.lower)));
  }
  if (!LIGHT_VERBS.has(tokens[first]!.lower)) return false;
  let j = first + 1;
  while (j <= last && tokens[j]!.kind === 'word' && (DETERMINERS.has(tokens[j]!.lower) || PORTIONS.has(tokens[j]!.lower) || tokens[j]!.lower === 'of')) j++;
  const work = tokens[j];
  const next = tokens[j + 1];
  if (!work || work.kind !== 'word' || !work.lower.startsWith(stem) || work.lower === head) return false;
  // Its own head: nothing after it, or a word that starts what qualifies it ("for the hospital").
  return !next || next.kind !== 'word' || (next.lower !== 'of' && (PREPOSITIONS.has(next.lower) || CLAUSE_WORDS.has(next.lower)));
}
const CLAUSE_WORDS = words('and or but so because when which that too as all every each');

/** Whether the role whose name ends at `end` stands in commas after someone: "Jo, our medical laboratory assistant, ...". */
function apposed(tokens: readonly Token[], end: number, first: number): boolean {
  let k = end;
  while (k > first && k > end - 6 && tokens[k - 1]!.kind === 'word') k--;
  const comma = k - 1;
  return comma > first && tokens[comma]!.text === ',' && tokens[comma - 1]!.kind === 'word' && !tokens[comma - 1]!.allLower;
}

/** Whether a light verb at `i` has an activity as its object ("do the daily checks", "do x-rays"). */
function lightObject(tokens: readonly Token[], f: DutyFacts, i: number, last: number): boolean {
  // The activity within the next three words: "do the daily checks", "do safety checks", "do x-rays",
  // after "more of", "most of" ("do most of the repairs"); "on" in "the hands-on repairs" is no preposition.
  for (let j = i + 1, seen = 0; j <= last && seen < 3; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    // "do the day-to-day fixing": one modifier in three words.
    if (t.lower === 'day' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'day') {
      j += 2;
      seen++;
      continue;
    }
    if (j === i + 1 && PORTIONS.has(t.lower) && tokens[j + 1]?.lower === 'of') {
      j++;
      continue;
    }
    if (NOT_OBJECTS.has(t.lower)) {
      if (seen > 0 && NOMINALS.has(tokens[j + 1]?.lower ?? '')) continue;
      return false;
    }
    // "have to do a lot of training", "do a long training course" is studying; "do training for the nurses",
    // "do the training sessions", "do training courses for the nurses" is a duty.
    if (t.lower === 'training') {
      const next = tokens[j + 1]?.lower ?? '';
      if (!TRAINING_FOR.has(next) || (QUALIFICATIONS.has(tokens[j + 1]!.norm) && tokens[j + 2]?.lower !== 'for')) return false;
    }
    // "do the blood taking": an -ing of a duty verb names the activity too.
    if (f.named[j] === 2 || (seen > 0 ? isActivityWord(t.lower) : NOMINALS.has(t.lower) || TREATMENTS.has(t.lower))) return true;
    // "doing a 12-lead ECG": a number is part of a modifier.
    if (!isNumber(t.lower)) seen++;
  }
  return false;
}

/** Words between a subject and its verb: adverbs, and "all" or "both" ("who all do tests", "they both scan"). */
const BEFORE_VERB: ReadonlySet<string> = new Set([...ADVERBS, 'all', 'both']);

/**
 * Where the device stands whose doing "make sure" or "ensure" at `i` sees to:
 * "make sure the radiotherapy machines give the right dose", seeing to what a
 * device does, is work on it; not its state ("make sure the infusion pumps are
 * safe", "... work properly"). -1 when there is none.
 */
function deviceSeenTo(tokens: readonly Token[], f: DutyFacts, i: number, last: number): number {
  let k = i + 1;
  if (tokens[k]?.lower === 'that') k++;
  while (k <= last && tokens[k]!.kind === 'word' && (DETERMINERS.has(tokens[k]!.lower) || tokens[k]!.lower === 'all')) k++;
  if (k > last || f.named[k] !== 2) return -1;
  let end = k;
  while (end < last && f.named[end + 1] === 2) end++;
  const then = tokens[end + 1]?.lower ?? '';
  return BE.has(then) || KEPT_GOING.has(then) ? -1 : k;
}

/** Verbs of a device's state, which seeing to is an aim: "make sure the pumps work". */
const KEPT_GOING = words('work works run runs function functions stay stays remain remains keep keeps');

/** Treatments a light verb may take as its activity, not nominals elsewhere ("do dialysis", not "the dialysis machine"). */
const TREATMENTS = words('dialysis haemodialysis hemodialysis');

/** Whether the words from `i` (past determiners, up to `last`) name an activity: "the testing", "the repairs". */
export function namesActivity(tokens: readonly Token[], i: number, last: number): boolean {
  let j = i;
  while (j <= last && tokens[j]!.kind === 'word' && DETERMINERS.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  return t !== undefined && j <= last && t.kind === 'word' && isActivityWord(t.lower);
}

/**
 * The first word of a span that names an activity, or undefined: a noun of it ("the repair"), a duty verb's
 * participle ("have to be calibrated", "needs checking") or its base form after "to" ("someone has to check").
 */
export function activityIn(tokens: readonly Token[], span: Span): number | undefined {
  for (let i = span.first; i <= span.last; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const form = dutyVerb(t.lower)?.form;
    if (NOMINALS.has(t.lower) || form === 'ed' || form === 'ing' || (form === 'base' && tokens[i - 1]?.lower === 'to')) return i;
  }
  return undefined;
}

/** Whether a word names an activity: a noun of activity ("repairs") or the -ing of a duty verb ("testing"). */
function isActivityWord(lower: string): boolean {
  return NOMINALS.has(lower) || dutyVerb(lower)?.form === 'ing';
}

/** Whether the word at `i`, capitalised after a span's first word, goes on into another capitalised word: "the National Clinical Coding Qualification". */
function insideName(tokens: readonly Token[], i: number, first: number): boolean {
  const next = tokens[i + 1];
  return !tokens[i]!.allLower && i > first && next?.kind === 'word' && !next.allLower && !next.caps;
}

const NOMINATIVES = words('they he she we i');
const IS = words("is are was were isn't aren't wasn't weren't");
/** Modals and auxiliaries, which a verb in the base or -s form does not stand before: "nurses wouldn't", "scans can". */
const AUXILIARIES = words("would wouldn't could couldn't can can't cannot will won't should shouldn't must mustn't might may");

/** Whether the object from `j` is a qualification or a course ("take the National Clinical Coding Qualification", "do a degree"). */
function studied(tokens: readonly Token[], j: number, last: number): boolean {
  for (let k = j; k <= last && k < j + 6 && tokens[k]!.kind === 'word'; k++) if (QUALIFICATIONS.has(tokens[k]!.norm)) return true;
  return false;
}
const STUDYING = words('take sit pass complete do finish study get gain');
const QUALIFICATIONS = words('qualification exam examination course degree diploma certificate apprenticeship module masters portfolio registration training programme placement');

/** Words after "training" that make it training given: "training for the nurses", "training sessions". */
const TRAINING_FOR = words('for of on with session sessions day days course courses');

/** Words for a part of an activity before "of": "do most of the repairs". */
const PORTIONS = words('more most some all much many lots half');
/**
 * Whether the object at `j` says what the practitioners are called or take themselves for ("introduced herself as
 * the CI", "see themselves as problem solvers"), or is their own job talked about ("explain their job in their own
 * words", "describe their role"; not "their job of coding"): no work done.
 */
function talkedAbout(tokens: readonly Token[], j: number): boolean {
  if (REFLEXIVES.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'as') return true;
  return OWNERS.has(tokens[j]?.lower ?? '') && OWN_JOBS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower !== 'of';
}
const OWNERS = words('their his her its our my your');
const OWN_JOBS = words('job jobs role roles');
const REFLEXIVES = words('herself himself themselves themself itself myself ourselves yourself yourselves');

/** Whether the object at `j` is the hospital's IT, guarded from an attack: "hospital systems from hackers", "the network from ransomware". */
function guardedFromAttack(tokens: readonly Token[], j: number, last: number): boolean {
  let k = j;
  let it = false;
  while (k <= last && k < j + GUARDED_WORDS && tokens[k]!.kind === 'word' && tokens[k]!.lower !== 'from') {
    if (GUARDED_IT.has(tokens[k]!.norm)) it = true;
    k++;
  }
  return it && tokens[k]?.lower === 'from' && ATTACKS.has(tokens[k + 1]?.norm ?? '');
}
/** How many words the guarded object may have. */
const GUARDED_WORDS = 5;
const GUARDED_IT = words('system network computer server device it wifi');
const ATTACKS = words('hacker attack cyberattack virus malware ransomware cyber hacking');

/**
 * Whether the object at `j` (after any determiners) says no work whatever the
 * verb: a bare number, an age or a total ("men in the year they turn 65"),
 * or time shared out ("split their time between the NHS and a university").
 */
function idleObject(tokens: readonly Token[], lemma: string, j: number): boolean {
  while (tokens[j]?.kind === 'word' && DETERMINERS.has(tokens[j]!.lower)) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return false;
  if (isNumber(t.lower) && tokens[j + 1]?.kind !== 'word') return true;
  return SPLITTING.has(lemma) && (t.norm === 'time' || TIME_SPANS.has(t.norm));
}
/** What someone is made to do that says how they felt: "made me laugh", "makes patients feel at ease". */
const MADE_TO_FEEL = words('laugh smile feel cry relax');
/** Verbs that, with "their time", say where someone works: "split their time between ...". */
const SPLITTING = words('split divide share');

/** Whether a soft verb's object is vague ("provide care") or an aim ("keep patients safe", "make healthcare better"). */
function vague(tokens: readonly Token[], verb: DutyVerb, objectAt: number, last: number, named: Uint8Array): boolean {
  let j = objectAt;
  while (j <= last && tokens[j]!.kind === 'word' && DETERMINERS.has(tokens[j]!.lower)) j++;
  // "there to protect patient data", "protects the hospital from hackers": an aim, unless what they guard is a
  // technology ("protect the electronic patient record from hackers").
  // So is guarding the hospital's IT from an attack: "protect hospital systems from hackers".
  if (GUARDING.has(verb.lemma)) return named[j] !== 2 && !guardedFromAttack(tokens, j, last);
  // "find it hard to hear you", "find the job rewarding": a feeling, not finding something.
  // So is "find it confusing": "it" or "them" and a word that is no preposition ("find it in the notes" is finding).
  if (verb.lemma === 'find' && (FEELINGS.has(tokens[j + 1]?.lower ?? '') || feltAbout(tokens, j, last))) return true;
  if (talkedAbout(tokens, objectAt)) return true;
  // "deal with requests from patients" is a task; "deal with patient information", "the bigger stuff" say nothing done.
  if (verb.lemma === 'deal') return !(tokens[j]?.kind === 'word' && DEALT_WITH.has(tokens[j]!.norm));
  // "Sam sent apologies again": a courtesy.
  if (COURTESIES.has(tokens[j]?.lower ?? '')) return true;
  // "results would take ages", "it takes hours": how long, not a task.
  if (verb.lemma === 'take' && DURATIONS.has(tokens[j]?.norm ?? '')) return true;
  // "carries out different duties", "do lots of jobs": work that is not said.
  if (unsaidWork(tokens, j, last, verb.lemma)) return true;
  if (idleObject(tokens, verb.lemma, j)) return true;
  // "an ODP who was very friendly and made me laugh": how someone felt, not work.
  if (verb.lemma === 'make' && MADE_TO_FEEL.has(tokens[j + 1]?.lower ?? '')) return true;
  // "take the National Clinical Coding Qualification": studying, not a duty.
  if (STUDYING.has(verb.lemma) && studied(tokens, j, last)) return true;
  if (!SOFT_VERBS.has(verb.lemma)) return false;
  const head = tokens[j];
  if (head && head.kind === 'word' && VAGUE_OBJECTS.has(head.lower)) return true;
  // "make a real difference", "provide excellent care": the object's last word, after a word or two that qualify it.
  let end = j;
  while (end < last && end < j + 2 && tokens[end + 1]!.kind === 'word' && named[end + 1] !== 2 && !NOT_OBJECTS.has(tokens[end + 1]!.lower) && !PHRASE_ENDS.has(tokens[end + 1]!.lower)) end++;
  const after = tokens[end + 1];
  if (end > j && (end === last || after!.kind !== 'word' || NOT_OBJECTS.has(after!.lower) || PHRASE_ENDS.has(after!.lower)) && VAGUE_OBJECTS.has(tokens[end]!.lower)) return true;
  // "look after patients", "I look after hearts": care, not an activity with the technology.
  if (verb.lemma === 'look' && head && head.kind === 'word' && CARED_FOR.has(head.norm)) return true;
  if (verb.lemma !== 'handle') return (verb.lemma === 'keep' || verb.lemma === 'make') && keptState(tokens, objectAt, last);
  // "handle medical equipment": only generic words up to the next preposition or mark.
  let generic = true;
  let k = j;
  for (; k <= last && k < j + 4 && tokens[k]!.kind === 'word' && !NOT_OBJECTS.has(tokens[k]!.lower); k++) {
    if (!GENERIC_OBJECT_WORDS.has(tokens[k]!.norm)) generic = false;
  }
  return generic && k > j;
}

/**
 * Whether the object from `j` is only work in general: "different duties",
 * "lots of tasks", "many things". Things are work unsaid only after a verb
 * that says no work of its own ("do many things"); "design new things" and
 * "fix things when they break" say what is done.
 */
function unsaidWork(tokens: readonly Token[], j: number, last: number, lemma: string): boolean {
  const k = objectHead(tokens, j, last, WORK_NOUNS, 4, (t) => GENERIC_OBJECT_WORDS.has(t.norm) || WORK_MODIFIERS.has(t.lower));
  if (k >= 0 && tokens[k]!.norm === 'thing' && !GENERAL_VERBS.has(lemma)) return false;
  const next = tokens[k + 1];
  return k >= 0 && (!next || k + 1 > last || next.kind !== 'word' || (!PREPOSITIONS.has(next.lower) && next.lower !== 'such'));
}
/** Verbs that say no work of their own: what is done is in their object ("do many things", "sort things out"). */
const GENERAL_VERBS = words('do carry perform undertake handle manage deal sort help make have take get complete cover look work keep provide give support');
const WORK_MODIFIERS = words('of many their other');
const WORK_NOUNS = words('duty task job thing role responsibility');

/** Objects that are a courtesy, not an activity ("sent apologies", "passed on her thanks"). */
const COURTESIES = words('apologies apology regards thanks wishes condolences congratulations');

/** What "deal with" has as its object when it is a task: requests, complaints, faults. */
const DEALT_WITH = words('request complaint query enquiry inquiry fault incident referral booking order breach alert ticket call error');

/** Whether "it" or "them" at `j` is followed by a word that says how it is found: "find it confusing". */
function feltAbout(tokens: readonly Token[], j: number, last: number): boolean {
  const object = tokens[j];
  const next = tokens[j + 1];
  if (!object || (object.lower !== 'it' && object.lower !== 'them') || j + 1 > last || !next || next.kind !== 'word') return false;
  return !PREPOSITIONS.has(next.lower) && !PARTICLES.has(next.lower) && !next.lower.endsWith('ly') && !COMMON_VERBS.has(next.lower);
}

/** Words after "find it" that say how a job feels ("find it hard to hear you"). */
const FEELINGS = words('hard easy difficult tricky rewarding interesting stressful challenging tiring boring fun');

/** Whether a form of "keep" stands within the three words before `i` ("keeps everything running"). */
function keptBefore(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= floor && k >= i - 3; k--) if (dutyVerb(tokens[k]!.lower)?.lemma === 'keep') return true;
  return false;
}

/**
 * "keep patients safe", "make healthcare much better", "make the NHS more
 * digital": the object is kept or put in a state. "more" after the object
 * says so too, unless a preposition leads to it ("records of more patients").
 */
function keptState(tokens: readonly Token[], objectAt: number, last: number): boolean {
  // "keep the scanners and the radiation safe": two objects joined before the state.
  for (let k = objectAt; k <= last && k < objectAt + KEPT_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (k >= objectAt + 5) return false;
      continue;
    }
    if (STATES.has(t.lower)) return true;
    if (k > objectAt && COMPARATIVES.has(t.lower) && !PREPOSITIONS.has(tokens[k - 1]!.lower)) return true;
  }
  return false;
}

const COMPARATIVES = words('more less');
/** Tokens after "keep" within which a state word says it is an aim ("keep the scanners and the radiation safe"). */
const KEPT_REACH = 8;

/** The index of the verb's object, or -1 when it has none (intransitive, or a preposition follows). */
function objectIndex(tokens: readonly Token[], verbAt: number, s: Span, particle: string | undefined): number {
  let j = verbAt + 1;
  while (j <= s.last && tokens[j]!.kind === 'word' && ADVERBS.has(tokens[j]!.lower)) j++;
  if (particle !== undefined) {
    if (j > s.last || tokens[j]!.lower !== particle) return -1;
    j++;
  } else if (j <= s.last && PARTICLES.has(tokens[j]!.lower) && tokens[j + 1]?.kind === 'word' && pastApproximator(tokens, j, s.last) === j) {
    // "hand over the notes"; not the "up" of "take up to 40 samples".
    j++;
  }
  if (j > s.last) return particle !== undefined ? j - 1 : -1;
  j = pastApproximator(tokens, j, s.last);
  const object = tokens[j]!;
  if (object.kind !== 'word' || NOT_OBJECTS.has(object.lower)) return particle !== undefined ? j - 1 : -1;
  return j;
}

/** Words that make a number rough ("about 40", "around twenty", "~30"). */
const APPROXIMATORS = words('about around roughly approximately approx nearly almost over under some ~');
/** The same in two words ("up to 40", "more than 200", "at least 30"). */
const APPROXIMATOR_PAIRS = new Set(['up to', 'more than', 'less than', 'fewer than', 'at least', 'as many']);
const NUMBER_WORDS = words('two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred hundreds thousand thousands dozen dozens');

function isNumberAt(tokens: readonly Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (k > last || t?.kind !== 'word') return false;
  // "about a hundred", "around a dozen".
  if (t.lower === 'a' && k + 1 <= last) return NUMBER_WORDS.has(tokens[k + 1]!.lower);
  return isNumber(t.lower) || NUMBER_WORDS.has(t.lower);
}

/**
 * Where a verb's object starts past a word that makes its number rough: the
 * object of "take around 40 blood samples" is "40 blood samples", not a
 * preposition's. `j` itself when no such word stands there.
 */
function pastApproximator(tokens: readonly Token[], j: number, last: number): number {
  const t = tokens[j];
  if (!t) return j;
  if (APPROXIMATORS.has(t.lower) && isNumberAt(tokens, j + 1, last)) return j + 1;
  if (j + 1 <= last && APPROXIMATOR_PAIRS.has(`${t.lower} ${tokens[j + 1]!.lower}`) && isNumberAt(tokens, j + 2, last)) return j + 2;
  return j;
}

/** Words at which a duty phrase shown as evidence stops: the next clause starts. */
const PHRASE_ENDS = words('and or but then so when while because before after until which who that rather unlike whereas respectively');

/** Where a duty phrase shown as evidence ends: the object and up to two more words. */
function phraseEnd(tokens: readonly Token[], objectAt: number, last: number): number {
  let end = Math.min(objectAt, last);
  while (end < last && end < objectAt + 2 && tokens[end + 1]!.kind === 'word' && !PHRASE_ENDS.has(tokens[end + 1]!.lower)) end++;
  return end;
}

/** Whether the subject "both of them", "all of these" or "they both" ends at `p`. */
function quantifiedSubjectAt(tokens: readonly Token[], p: number, first: number): boolean {
  return (p - 1 >= first && quantifiedSubjectEnd(tokens, p - 1, p) === p) || (p - 2 >= first && quantifiedSubjectEnd(tokens, p - 2, p) === p);
}

/** Whether a word is written as a possessive: "technician's", "coders'". */
export function isPossessive(t: Token): boolean {
  const end = t.text.charCodeAt(t.text.length - 1);
  const before = t.text.charCodeAt(t.text.length - 2);
  return end === 39 || end === 0x2019 || ((before === 39 || before === 0x2019) && (end === 115 || end === 83));
}
