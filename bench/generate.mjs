#!/usr/bin/env node
// Synthetic, valid IKZ register for benchmarks: `node bench/generate.mjs <dir> <count> [--seed N]`.
//
// Kreis Groß-Gerau as configuration (15 municipalities, 3 regions, a steering group of 6 with
// quorum 4), `count` projects created 2015–2026 and spread over every phase. Each project carries
// the decision history the lifecycle replay expects (spec/lifecycle.md), meetings with full
// attendance, assessment / quarterly / evaluation / final reports, and lessons. Deterministic for a
// given seed. About 13–14 files per project, as in reference/performance.md.

import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { toRecord, toYaml } from "./yaml-emit.mjs";

/** Bump whenever the output changes: cached registers in bench/out are keyed by it. */
export const GENERATOR_VERSION = 5;
/** Name of the marker file the generator leaves in a register it wrote (ikz ignores root files other than ikz.yaml). */
export const MARKER = ".bench-generator.json";
/** Last day anything in the synthetic register happens. */
export const HORIZON = "2026-11-20";

const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;
const WRITE_CONCURRENCY = 64;

// ---------------------------------------------------------------------------------------------
// Configuration: Kreis Groß-Gerau
// ---------------------------------------------------------------------------------------------

const REGIONS = [
  { id: "nordkreis", name: "Nordkreis" },
  { id: "mittelkreis", name: "Mittelkreis" },
  { id: "suedkreis", name: "Südkreis" },
];

const MUNICIPALITIES = [
  { id: "bischofsheim", name: "Bischofsheim", kind: "municipality", region: "nordkreis", council: "municipal_council" },
  { id: "ginsheim-gustavsburg", name: "Ginsheim-Gustavsburg", kind: "city", region: "nordkreis", council: "city_council" },
  { id: "kelsterbach", name: "Kelsterbach", kind: "city", region: "nordkreis", council: "city_council" },
  { id: "raunheim", name: "Raunheim", kind: "city", region: "nordkreis", council: "city_council" },
  { id: "ruesselsheim-am-main", name: "Rüsselsheim am Main", kind: "special_status_city", region: "nordkreis", council: "city_council" },
  { id: "buettelborn", name: "Büttelborn", kind: "municipality", region: "mittelkreis", council: "municipal_council" },
  { id: "gross-gerau", name: "Groß-Gerau", kind: "city", region: "mittelkreis", council: "city_council" },
  { id: "moerfelden-walldorf", name: "Mörfelden-Walldorf", kind: "city", region: "mittelkreis", council: "city_council" },
  { id: "nauheim", name: "Nauheim", kind: "municipality", region: "mittelkreis", council: "municipal_council" },
  { id: "trebur", name: "Trebur", kind: "municipality", region: "mittelkreis", council: "municipal_council" },
  { id: "biebesheim-am-rhein", name: "Biebesheim am Rhein", kind: "municipality", region: "suedkreis", council: "municipal_council" },
  { id: "gernsheim", name: "Gernsheim", kind: "city", region: "suedkreis", council: "city_council" },
  { id: "riedstadt", name: "Riedstadt", kind: "city", region: "suedkreis", council: "city_council" },
  { id: "stockstadt-am-rhein", name: "Stockstadt am Rhein", kind: "municipality", region: "suedkreis", council: "municipal_council" },
  { id: "kreis-gross-gerau", name: "Kreis Groß-Gerau", kind: "district", council: "district_council" },
];
const MUNI = new Map(MUNICIPALITIES.map((m) => [m.id, m]));
const COUNCIL_NAME = { city_council: "Stadtverordnetenversammlung", municipal_council: "Gemeindevertretung", district_council: "Kreistag" };

const MEMBERS = [
  { id: "keller", name: "Thomas Keller", role: "chair", function: "Erster Kreisbeigeordneter, Vorsitz der Lenkungsgruppe", represents: "kreis-gross-gerau", from: "2014-01-01" },
  { id: "weber", name: "Sabine Weber", role: "district_administrator", function: "Landrätin des Kreises Groß-Gerau", represents: "kreis-gross-gerau", from: "2014-01-01" },
  { id: "schmitt", name: "Jörg Schmitt", role: "mayor_north", function: "Bürgermeister der Stadt Raunheim", represents: "raunheim", from: "2014-01-01" },
  { id: "hoffmann", name: "Petra Hoffmann", role: "mayor_middle", function: "Bürgermeisterin der Gemeinde Büttelborn", represents: "buettelborn", from: "2014-01-01" },
  { id: "becker", name: "Andreas Becker", role: "mayor_south", function: "Bürgermeister der Stadt Riedstadt", represents: "riedstadt", from: "2014-01-01" },
  { id: "wagner", name: "Claudia Wagner", role: "mayor_special_status_city", function: "Oberbürgermeisterin der Stadt Rüsselsheim am Main", represents: "ruesselsheim-am-main", from: "2014-01-01" },
];
const MEMBER_IDS = MEMBERS.map((m) => m.id);
const QUORUM = 4;

const FIELDS = [
  { id: "ordnungswesen", name: "Ordnungswesen", description: "Ordnungsbehörden, Bußgeld, Standesamt, Gewerbe." },
  { id: "finanzen", name: "Finanzen", description: "Kasse, Steuern, Vollstreckung, Beschaffung." },
  { id: "bauhof-und-infrastruktur", name: "Bauhof und Infrastruktur", description: "Bauhöfe, Straßen, Friedhöfe, Grünflächen." },
  { id: "personal-und-organisation", name: "Personal und Organisation", description: "Personalabrechnung, Aus- und Fortbildung, Archiv." },
  { id: "digitalisierung", name: "Digitalisierung", description: "IT-Betrieb, E-Akte, Onlinezugang." },
  { id: "soziales-und-jugend", name: "Soziales und Jugend", description: "Jugendpflege, Seniorenarbeit, Integration." },
  { id: "umwelt-und-klima", name: "Umwelt und Klima", description: "Klimaschutz, Energie, Abfall." },
  { id: "feuerwehr-und-katastrophenschutz", name: "Feuerwehr und Katastrophenschutz", description: "Brandschutz, Atemschutz, Katastrophenschutz." },
];

const CRITERIA = [
  { id: "einsparpotenzial", name: "Einsparpotenzial", weight: 30 },
  { id: "qualitaetsgewinn", name: "Qualitätsgewinn", weight: 25 },
  { id: "umsetzbarkeit", name: "Umsetzbarkeit", weight: 20 },
  { id: "anzahl-partner", name: "Anzahl der Partner", weight: 15 },
  { id: "strategische-bedeutung", name: "Strategische Bedeutung", weight: 10 },
];

const PROGRAM = "ikz-hessen";
const GRANTS = [
  { min_partners: 2, amount_eur: 50000 },
  { min_partners: 3, amount_eur: 75000 },
  { min_partners: 4, amount_eur: 100000 },
];

function configYaml() {
  return toYaml({
    schema_version: 1,
    name: "IKZ im Kreis Groß-Gerau (synthetisches Benchmark-Register)",
    language: "de",
    timezone: "Europe/Berlin",
    sample: true,
    ids: { project: "IKZ", decision: "B", meeting: "LG", lesson: "LL" },
    municipalities: MUNICIPALITIES,
    regions: REGIONS,
    steering_group: { name: "IKZ-Lenkungsgruppe", quorum: QUORUM, majority: "simple", members: MEMBERS },
    fields: FIELDS,
    funding_programs: [
      {
        id: PROGRAM,
        name: "Förderung der interkommunalen Zusammenarbeit des Landes Hessen",
        url: "https://innen.hessen.de",
        rules: { min_partners: 3, min_partners_with_justification: 2, min_duration_years: 5, min_savings_pct: 15, standard_grant_eur: GRANTS },
      },
    ],
    priority_criteria: CRITERIA,
    reporting: { quarterly_reports: true, report_due_days: 30 },
    contact: {
      name: "Geschäftsstelle IKZ",
      role: "Koordination",
      organisation: "Kreisverwaltung Groß-Gerau",
      address: "Wilhelm-Seipp-Straße 4, 64521 Groß-Gerau",
      phone: "+49 6152 989-0",
      email: "ikz@kreisgg.example",
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Vocabulary for titles, names and texts
// ---------------------------------------------------------------------------------------------

const SERVICES = [
  ["Gemeinsame Vollstreckungsstelle", "finanzen"],
  ["Gemeinsame Kassen- und Steuerverwaltung", "finanzen"],
  ["Zentrale Vergabestelle", "finanzen"],
  ["Gemeinsame Beschaffung von Büromaterial", "finanzen"],
  ["Gemeinsamer Ordnungsbehördenbezirk", "ordnungswesen"],
  ["Gemeinsame Bußgeldstelle", "ordnungswesen"],
  ["Gemeinsames Standesamt", "ordnungswesen"],
  ["Verkehrsüberwachung im Verbund", "ordnungswesen"],
  ["Gemeinsamer Bauhof", "bauhof-und-infrastruktur"],
  ["Straßenunterhaltung und Winterdienst", "bauhof-und-infrastruktur"],
  ["Friedhofsverwaltung im Verbund", "bauhof-und-infrastruktur"],
  ["Grünflächenpflege (Maschinenring)", "bauhof-und-infrastruktur"],
  ["Gemeinsame Personalabrechnung", "personal-und-organisation"],
  ["Ausbildungsverbund Verwaltung", "personal-und-organisation"],
  ["Gemeinsames Archiv", "personal-und-organisation"],
  ["IT-Dienstleistungszentrum", "digitalisierung"],
  ["Einführung der E-Akte", "digitalisierung"],
  ["Onlinezugang: gemeinsame Serviceportale", "digitalisierung"],
  ["Informationssicherheit & Datenschutz", "digitalisierung"],
  ["Gemeinsame Jugendpflege", "soziales-und-jugend"],
  ["Seniorenberatung im Verbund", "soziales-und-jugend"],
  ["Integrationsmanagement", "soziales-und-jugend"],
  ["Klimaschutzmanagement", "umwelt-und-klima"],
  ["Gemeinsamer Energieeinkauf", "umwelt-und-klima"],
  ["Kommunale Wärmeplanung", "umwelt-und-klima"],
  ["Atemschutzwerkstatt", "feuerwehr-und-katastrophenschutz"],
  ["Brandschutzerziehung und -aufklärung", "feuerwehr-und-katastrophenschutz"],
  ["Katastrophenschutz-Lager", "feuerwehr-und-katastrophenschutz"],
];

const FIRST_NAMES = ["Anna", "Jonas", "Marion", "Lukas", "Sophie", "Felix", "Julia", "Tobias", "Katrin", "Stefan", "Miriam", "Jürgen", "Özlem", "René", "Lea", "Björn", "Nadine", "Dominik", "Sabine", "Matthias"];
const LAST_NAMES = ["Müller", "Schäfer", "Götz", "Klein", "Wolf", "Neumann", "Schröder", "Zimmermann", "Krüger", "Hartmann", "Lange", "Schmidt", "Fuchs", "Weiß", "Jäger", "Kaya", "Brandt", "Vogel", "Roth", "Lorenz"];

const LEGAL_FORMS = [
  ["oerv_mandate", "Öffentlich-rechtliche Vereinbarung (Mandat)"],
  ["oerv_delegation", "Öffentlich-rechtliche Vereinbarung (Delegation)"],
  ["kag", "Vereinbarung über eine Kommunale Arbeitsgemeinschaft"],
  ["zweckverband", "Verbandssatzung Zweckverband"],
  ["joint_institution", "Satzung der gemeinsamen kommunalen Anstalt"],
  ["purchasing_group", "Vereinbarung über eine Einkaufsgemeinschaft"],
  ["hsog_district", "Vereinbarung über einen gemeinsamen Ordnungsbehördenbezirk"],
];

const RISKS = [
  ["Ausschreibung der Stelle bleibt erfolglos", "Abordnung aus einer Partnerkommune prüfen"],
  ["Softwaremigration verzögert sich", "Parallelbetrieb um ein Quartal verlängern"],
  ["Personalrat stimmt der Überleitung nicht zu", "Frühzeitige Information und Dienstvereinbarung"],
  ["Kostenschlüssel ist strittig", "Moderation durch die Geschäftsstelle"],
  ["Fördermittel werden später ausgezahlt", "Zwischenfinanzierung über den Haushalt der Federführung"],
];

const LESSON_TITLES = [
  ["Gremienbeschlüsse früh planen", "methodical"],
  ["Kostenschlüssel vor der Richtungsentscheidung klären", "finance"],
  ["Personalrat von Anfang an beteiligen", "staff"],
  ["Förderantrag vor Vertragsunterzeichnung stellen", "funding"],
  ["Datenschutz bei gemeinsamer IT von Beginn an regeln", "legal"],
  ["Übergangsfristen für Beschäftigte großzügig bemessen", "staff"],
  ["Bürgerinformation über alle Partnerkommunen abstimmen", "communication"],
  ["Fachverfahren vor der Zusammenlegung vereinheitlichen", "technical"],
  ["Kommunalaufsicht früh einbinden – Genehmigung dauert", "legal"],
  ["Einsparungen realistisch und konservativ planen", "finance"],
];

const CONDITION_TEXTS = [
  "Kostenschlüssel mit allen Partnern abstimmen",
  "Stellungnahme des Personalrats vorlegen",
  "Datenschutzfolgenabschätzung nachreichen",
  "Entwurf der Vereinbarung mit der Kommunalaufsicht abstimmen",
  "Zeitplan für die Gremienbeteiligung vorlegen",
];

const LOCATIONS = MUNICIPALITIES.map((m) => (m.kind === "district" ? "Landratsamt Groß-Gerau, Sitzungssaal" : `Rathaus ${m.name}`));

const TYPE_LABEL = {
  start_interest: "Start Interessenbekundung",
  prioritize: "Priorisierung",
  mandate: "Projektauftrag",
  accept_report: "Abnahme Projektbericht",
  direction: "Richtungsentscheidung",
  implementation_release: "Umsetzungsfreigabe",
  milestone: "Meilensteinentscheidung",
  start_operation: "Betriebsaufnahme",
  evaluation_order: "Evaluationsauftrag",
  close: "Projektabschluss",
  change_mandate: "Auftragsänderung",
  support: "Unterstützung / Vermittlung",
  hold: "Zurückstellung",
  resume: "Wiederaufnahme",
  cancel: "Abbruch",
  acknowledge: "Kenntnisnahme",
  standard: "Festlegung Standard",
};

// ---------------------------------------------------------------------------------------------
// Helpers: PRNG, dates, slugs
// ---------------------------------------------------------------------------------------------

/** mulberry32: small, fast, deterministic. */
function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  const sample = (list, n) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  };
  const weighted = (entries) => {
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  return { next, int, pick, chance, sample, weighted };
}

const DAY_MS = 86400000;
const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const yearOf = (day) => new Date(day * DAY_MS).getUTCFullYear();
/** Saturday → Friday, Sunday → Monday. */
const weekday = (day) => {
  const wd = new Date(day * DAY_MS).getUTCDay();
  return wd === 6 ? day - 1 : wd === 0 ? day + 1 : day;
};
const quarterEnd = (year, q) => Date.UTC(year, q * 3, 0) / DAY_MS;

/** Slug per spec/register.md: transliterate, lower case, runs of others → "-", cut at a "-" to ≤ 60. */
export function slugify(title) {
  let s = title.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  s = s.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (s.length <= 60) return s;
  const cut = s.slice(0, 61).lastIndexOf("-");
  return cut > 0 ? s.slice(0, cut) : s.slice(0, 60);
}

const ascii = (s) => slugify(s).replace(/-/g, "");
const pad = (n, width) => String(n).padStart(width, "0");

// ---------------------------------------------------------------------------------------------
// The simulation
// ---------------------------------------------------------------------------------------------

const FORWARD = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation", "closed"];
const ACTIVE = FORWARD.slice(0, -1);

const TARGETS = [
  ["idea", 5],
  ["interest", 6],
  ["prioritized", 7],
  ["assessment", 8],
  ["proposal", 5],
  ["councils", 6],
  ["implementation", 11],
  ["operation", 20],
  ["evaluation", 6],
  ["closed", 14],
  ["on_hold", 6],
  ["cancelled", 6],
];

/** Builds the whole register in memory: config, projects, decisions, meetings, reports, lessons. */
export function buildRegister(projectCount, { seed = 1, horizon = HORIZON } = {}) {
  const R = makeRandom(seed);
  const horizonDay = dayOf(horizon);
  const firstDay = dayOf(`${FIRST_YEAR}-01-01`);

  // Meeting dates: evenly over each year, enough of them that a meeting takes ~25 decisions.
  const perYear = Math.min(99, Math.max(6, Math.ceil((projectCount * 8.5) / 12 / 25)));
  const meetings = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const start = dayOf(`${year}-01-01`);
    const length = dayOf(`${year + 1}-01-01`) - start;
    const seen = new Set();
    for (let i = 0; i < perYear; i++) {
      const day = weekday(start + Math.floor(((i + 0.5) * length) / perYear));
      if (day > horizonDay || seen.has(day) || yearOf(day) !== year) continue;
      seen.add(day);
      meetings.push({ day, decisions: [], guests: new Map(), substitute: R.chance(0.1) ? R.int(0, MEMBERS.length - 1) : -1 });
    }
  }
  meetings.sort((a, b) => a.day - b.day);
  const meetingOn = (day) => {
    let lo = 0;
    let hi = meetings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (meetings[mid].day < day) lo = mid + 1;
      else hi = mid;
    }
    return meetings[lo];
  };

  const projects = [];
  const decisions = [];
  const reports = [];
  const lessons = [];
  let seq = 0;

  /** Records a decision; steering-group decisions not taken by circulation sit at the first meeting on or after `notBefore`. */
  function decide(project, type, notBefore, fields = {}) {
    const body = fields.body ?? "steering_group";
    const mode = fields.mode ?? (body === "steering_group" ? R.weighted([["vote", 3], ["consensus", 2]]) : "vote");
    let meeting;
    let day;
    if (body === "steering_group" && mode !== "circulation") {
      meeting = meetingOn(notBefore);
      if (!meeting) return null;
      day = meeting.day;
    } else {
      day = weekday(notBefore);
      if (day > horizonDay) return null;
    }
    // A closed or cancelled project takes only acknowledgements (IKZ-LC-002); one decided the same day comes after it.
    if (project?.endedOn !== undefined && day >= project.endedOn && type !== "acknowledge") return null;
    const outcome = fields.outcome ?? "approved";
    const d = { seq: seq++, day, type, outcome, body, mode, meeting, project, fields };
    if (body === "steering_group") {
      if (mode === "circulation") d.present = R.sample(MEMBER_IDS, R.int(QUORUM, MEMBERS.length)).sort((a, b) => MEMBER_IDS.indexOf(a) - MEMBER_IDS.indexOf(b));
      else d.present = [...MEMBER_IDS];
      const conflicted = project && mode === "vote" && R.chance(0.06) ? MEMBERS.find((m) => d.present.includes(m.id) && project.participants?.some((p) => p.municipality === m.represents)) : undefined;
      if (conflicted) d.excluded = [conflicted.id];
    }
    if (mode === "vote") {
      if (body === "steering_group") {
        const voters = d.present.length - (d.excluded?.length ?? 0);
        if (outcome === "rejected") d.votes = { for: 1, against: voters - 2, abstain: 1 };
        else {
          const abstain = R.chance(0.2) ? 1 : 0;
          const against = R.chance(0.1) ? 1 : 0;
          d.votes = { for: voters - abstain - against, against, abstain };
        }
      } else {
        const abstain = R.int(0, 2);
        const against = R.chance(0.2) ? 1 : 0;
        d.votes = { for: R.int(9, MUNICIPALITIES.length - abstain - against), against, abstain };
      }
    } else if (mode === "circulation" && R.chance(0.5)) {
      d.votes = { for: d.present.length, against: 0, abstain: 0 };
    }
    if (meeting) meeting.decisions.push(d);
    decisions.push(d);
    if (project) project.decisions.push(d);
    return d;
  }

  function gap(lo = 28, hi = 120) {
    return R.int(lo, hi);
  }

  /** A non-effective attempt (rework / deferred) before an approval, now and then. */
  function maybeSetback(project, type, notBefore) {
    if (!R.chance(0.12)) return notBefore;
    const outcome = R.weighted([["rework", 3], ["deferred", 2], ["rejected", 1]]);
    const fields = { outcome, mode: outcome === "rejected" ? "vote" : "consensus" };
    if (outcome !== "deferred") fields.reason = outcome === "rework" ? "Wirtschaftlichkeitsbetrachtung und Kostenschlüssel überarbeiten" : "Nutzen für die Beteiligten nicht ausreichend dargelegt";
    const d = decide(project, type, notBefore, fields);
    return d ? d.day + gap(20, 90) : notBefore;
  }

  function withConditions(project, fields, p = 0.12) {
    if (!project.participants || !R.chance(p)) return fields;
    const n = R.int(1, 2);
    fields.outcome = "approved_with_conditions";
    fields.conditionCount = n;
    return fields;
  }

  function finishConditions(project, d) {
    if (d.outcome !== "approved_with_conditions") return;
    d.conditions = [];
    for (let i = 0; i < d.fields.conditionCount; i++) {
      const due = d.day + R.int(30, 120);
      const owner = R.pick(project.participants).municipality;
      d.conditions.push({ text: R.pick(CONDITION_TEXTS), due: isoOf(due), owner });
      const done = due - R.int(-10, 25);
      if (done <= horizonDay && R.chance(0.75)) project.conditionsDone.push({ decision: d, index: i + 1, day: Math.max(done, d.day + 1) });
    }
  }

  function newReport(project, period, kind, submitted, extra = {}) {
    const r = { project, period, kind, submitted, ...extra };
    project.reports.push(r);
    reports.push(r);
    return r;
  }

  for (let i = 0; i < projectCount; i++) {
    const created = firstDay + Math.floor(R.next() * (horizonDay - 20 - firstDay));
    const [service, field] = R.pick(SERVICES);
    const region = R.pick(REGIONS);
    const project = {
      idx: i,
      created,
      title: `${service} ${region.name}${R.chance(0.15) ? ` – Stufe ${R.int(2, 4)}` : ""}`,
      field,
      region,
      phase: "idea",
      decisions: [],
      reports: [],
      lessons: [],
      conditionsDone: [],
      intervals: [{ phase: "idea", from: created }],
      tags: R.chance(0.4) ? R.sample(["digitalisierung", "personal", "haushalt", "klimaschutz", "buergerservice"], R.int(1, 2)) : undefined,
    };
    projects.push(project);
    simulate(project, R.weighted(TARGETS));
  }

  function setPhase(project, phase, day) {
    project.phase = phase;
    project.intervals.push({ phase, from: day });
  }

  function transition(d, project, after) {
    d.phaseBefore = project.phase;
    d.phaseAfter = after;
    setPhase(project, after, d.day);
    if (after === "closed" || after === "cancelled") project.endedOn = d.day;
  }

  function simulate(project, target) {
    let stop = target;
    let final = null;
    if (target === "on_hold" || target === "cancelled") {
      final = target;
      stop = R.pick(ACTIVE);
    }
    const holdAt = final === null && R.chance(0.08) ? R.pick(ACTIVE.slice(0, FORWARD.indexOf(stop) + 1)) : null;
    let day = project.created + gap(14, 90);
    let finished = true;
    for (;;) {
      // Cooperations run on: an old project does not stay in implementation or operation for a decade.
      const left = horizonDay - day;
      if (final === null && project.phase === stop && ((stop === "implementation" && left > 500) || (stop === "operation" && left > 640) || (stop === "evaluation" && left > 400))) {
        stop = FORWARD[FORWARD.indexOf(stop) + 1];
      }
      if (FORWARD.indexOf(project.phase) >= FORWARD.indexOf(stop)) break;
      if (holdAt === project.phase && !project.heldOnce) {
        project.heldOnce = true;
        const resubmission = day + R.int(90, 270);
        const hold = decide(project, "hold", day, { reason: "Haushaltslage der Beteiligten abwarten", resubmission: isoOf(resubmission) });
        if (!hold) { finished = false; break; }
        const before = project.phase;
        transition(hold, project, "on_hold");
        project.holdUntil = hold.fields.resubmission;
        const resume = decide(project, "resume", resubmission - R.int(0, 30));
        if (!resume) { finished = false; break; }
        transition(resume, project, before);
        project.holdUntil = undefined;
        day = resume.day + gap();
      }
      const next = step(project, day, stop);
      if (next === null) { finished = false; break; }
      day = next;
    }
    if (finished && final === "on_hold") {
      const resubmission = day + R.int(60, 365);
      const hold = decide(project, "hold", day, { reason: R.pick(["Haushaltslage der Beteiligten abwarten", "Kommunalwahl abwarten", "Personalgewinnung ungeklärt"]), resubmission: isoOf(resubmission) });
      if (hold) {
        transition(hold, project, "on_hold");
        project.holdUntil = hold.fields.resubmission;
      }
    } else if (finished && final === "cancelled") {
      const reason = R.pick(["Einsparpotenzial geringer als erwartet", "Partnerkommunen haben ihr Interesse zurückgezogen", "Aufgabe wird landesweit neu geregelt", "Kein tragfähiger Kostenschlüssel"]);
      const byMayors = ["councils", "implementation", "operation", "evaluation"].includes(project.phase) && R.chance(0.3);
      const cancel = decide(project, "cancel", day, byMayors ? { body: "mayors_assembly", mode: "vote", reason } : { reason });
      if (cancel) {
        transition(cancel, project, "cancelled");
        project.cancelReason = reason;
        if (R.chance(0.5) && cancel.day + 30 <= horizonDay) addLesson(project, cancel.day + R.int(5, 30), "failure");
      }
    }
    if (project.phase === "interest" && !project.interest) {
      const start = project.decisions.at(-1).day;
      project.interest = R.sample(MUNICIPALITIES, R.int(1, 4))
        .map((m) => ({ municipality: m.id, level: R.pick(["interested", "interested", "observer"]), day: start + R.int(5, 60) }))
        .filter((x) => x.day <= horizonDay)
        .sort((a, b) => a.day - b.day);
    }
    if (project.phase === "assessment" && project.reports.length === 0 && R.chance(0.4)) {
      const mandate = project.decisions.findLast((d) => d.type === "mandate").day;
      const submitted = mandate + R.int(60, 200);
      if (submitted <= horizonDay) newReport(project, "assessment", "assessment", submitted);
    }
    quarterlies(project);
    sideDecisions(project);
  }

  function addLesson(project, day, kind) {
    const [title, category] = R.pick(LESSON_TITLES);
    const l = { project, day: Math.min(day, horizonDay), title, category, kind, released: R.chance(0.7) };
    lessons.push(l);
    if (project) project.lessons.push(l);
    return l;
  }

  /** Performs the decision(s) leading out of the current phase; returns the day to continue from, or null at the horizon. */
  function step(project, day, stop) {
    switch (project.phase) {
      case "idea": {
        day = maybeSetback(project, "start_interest", day);
        const d = decide(project, "start_interest", day);
        if (!d) return null;
        transition(d, project, "interest");
        return d.day + gap();
      }
      case "interest": {
        const start = project.decisions.at(-1).day;
        const candidates = MUNICIPALITIES.filter((m) => m.region === project.region.id || m.kind === "district" || R.chance(0.15)).map((m) => m.id);
        const interested = R.sample(candidates, Math.min(candidates.length, R.int(3, 6)));
        const others = R.sample(MUNICIPALITIES.map((m) => m.id).filter((m) => !interested.includes(m)), R.int(0, 3));
        project.interest = [...interested.map((m) => ({ municipality: m, level: "interested" })), ...others.map((m) => ({ municipality: m, level: R.pick(["observer", "declined"]) }))].map((x) => ({ ...x, day: start + R.int(5, 60) }));
        project.interest = project.interest.filter((x) => x.day <= horizonDay).sort((a, b) => a.day - b.day);
        const lastInterest = Math.max(start, ...project.interest.map((x) => x.day));
        day = maybeSetback(project, "prioritize", Math.max(day, lastInterest + 7));
        const lead = interested[0];
        const staged = {
          lead,
          participants: interested.map((m) => ({ municipality: m, role: m === lead ? "lead" : "partner" })),
        };
        project.participants = staged.participants; // for conflicts and conditions
        const d = decide(project, "prioritize", day, withConditions(project, {}, 0.08));
        if (!d) {
          project.participants = undefined;
          return null;
        }
        transition(d, project, "prioritized");
        project.lead = lead;
        project.sponsor = R.pick(MEMBER_IDS);
        project.scores = Object.fromEntries(CRITERIA.map((c) => [c.id, R.int(1, 5)]));
        const baseline = R.int(15, 120) * 10000;
        project.economics = {
          duration_years: R.int(5, 12),
          baseline_costs_eur: baseline,
          savings_planned_eur: Math.round((baseline * R.int(16, 35)) / 100 / 1000) * 1000,
          one_off_costs_eur: R.int(2, 20) * 5000,
        };
        const grant = [...GRANTS].reverse().find((g) => interested.length >= g.min_partners).amount_eur;
        project.funding = { amount: grant, planned: d.day + R.int(60, 200) };
        finishConditions(project, d);
        return d.day + gap();
      }
      case "prioritized": {
        day = maybeSetback(project, "mandate", day);
        const d = decide(project, "mandate", day, withConditions(project, {}));
        if (!d) return null;
        transition(d, project, "assessment");
        const first = R.pick(FIRST_NAMES);
        const last = R.pick(LAST_NAMES);
        project.manager = { name: `${first} ${last}`, email: `${ascii(first)[0]}.${ascii(last)}@${project.lead.replace(/-/g, "")}.example`, municipality: project.lead };
        project.milestones = [
          { id: "M1", title: "Bericht zur Vorteilhaftigkeit vorgelegt", due: d.day + R.int(90, 200) },
          { id: "M2", title: "Gremienbeschlüsse aller Beteiligten gefasst", due: d.day + R.int(300, 450) },
          { id: "M3", title: "Vereinbarung unterzeichnet", due: d.day + R.int(400, 550), gate: true },
          { id: "M4", title: "Betriebsaufnahme der gemeinsamen Stelle", due: d.day + R.int(600, 800), gate: false },
          { id: "M5", title: "Evaluation abgeschlossen", due: d.day + R.int(1400, 1900) },
        ];
        finishConditions(project, d);
        if (R.chance(0.1)) decide(project, "change_mandate", d.day + gap(20, 60), { reason: "Aufgabenumfang um die Vollzugsaufgaben erweitert" });
        return d.day + gap(60, 200);
      }
      case "assessment": {
        const submitted = day;
        if (submitted > horizonDay) return null;
        const report = newReport(project, "assessment", "assessment", submitted);
        const d = decide(project, "accept_report", submitted + gap(7, 40), { report });
        if (!d) return null;
        transition(d, project, "proposal");
        project.milestones[0].done = submitted;
        project.legalForm = R.pick(LEGAL_FORMS);
        return d.day + gap(30, 150);
      }
      case "proposal": {
        const d = decide(project, "direction", day, { body: "mayors_assembly", mode: "vote" });
        if (!d) {
          if (R.chance(0.5)) project.legalFormOpen = true;
          return null;
        }
        transition(d, project, "councils");
        return d.day;
      }
      case "councils": {
        const resolutions = [];
        for (const p of project.participants) {
          let at = day + R.int(20, 150);
          if (R.chance(0.08)) {
            resolutions.push({ municipality: p.municipality, day: at, result: "deferred" });
            at += R.int(30, 90);
          }
          resolutions.push({ municipality: p.municipality, day: at, result: "approved" });
        }
        project.resolutions = resolutions.filter((r) => r.day <= horizonDay).sort((a, b) => a.day - b.day);
        const last = Math.max(...resolutions.map((r) => r.day));
        const signed = last + R.int(10, 60);
        if (signed > horizonDay) return null;
        project.agreement = { type: project.legalForm[1], signed, supervision: R.pick(["approved", "notified", "pending"]) };
        const d = decide(project, "implementation_release", signed + R.int(3, 30), withConditions(project, {}));
        if (!d) return null;
        transition(d, project, "implementation");
        project.milestones[1].done = last;
        project.milestones[2].done = signed;
        project.costShares = true;
        finishConditions(project, d);
        if (R.chance(0.6)) decide(project, "milestone", d.day + 1, { milestone: "M3" });
        project.funding.applied = d.day + R.int(20, 60);
        return d.day + gap(120, 400);
      }
      case "implementation": {
        const d = decide(project, "start_operation", day);
        if (!d) {
          if (R.chance(0.5)) project.agreement.effective = Math.max(project.agreement.signed + 1, day - R.int(0, 60));
          return null;
        }
        project.agreement.effective = Math.max(project.agreement.signed + 1, d.day - R.int(1, 60));
        transition(d, project, "operation");
        project.milestones[3].done = d.day;
        project.funding.granted = Math.min(d.day, (project.funding.applied ?? d.day) + R.int(30, 120));
        return d.day + gap(200, 640);
      }
      case "operation": {
        if (stop === "closed" && R.chance(0.2)) {
          // Straight to closure with a final report.
          if (day > horizonDay) return null;
          const report = newReport(project, "final", "final", day);
          const accept = decide(project, "accept_report", day + gap(7, 40), { report });
          if (!accept) return null;
          addLesson(project, accept.day + R.int(0, 20), R.pick(["success", "note"]));
          const close = decide(project, "close", accept.day + gap(14, 60));
          if (!close) return null;
          transition(close, project, "closed");
          return close.day;
        }
        const d = decide(project, "evaluation_order", day);
        if (!d) return null;
        transition(d, project, "evaluation");
        return d.day + gap(90, 240);
      }
      case "evaluation": {
        if (day > horizonDay) return null;
        const report = newReport(project, "evaluation", "evaluation", day);
        project.milestones[4].done = day;
        const accept = decide(project, "accept_report", day + gap(7, 40), { report });
        if (!accept) return null;
        addLesson(project, accept.day + R.int(0, 20), R.pick(["success", "success", "note", "failure"]));
        const close = decide(project, "close", accept.day + gap(14, 60));
        if (!close) return null;
        transition(close, project, "closed");
        return close.day;
      }
      default:
        throw new Error(`no step from ${project.phase}`);
    }
  }

  /** Quarterly reports for every quarter that ended while the project was in implementation or operation. */
  function quarterlies(project) {
    const spans = [];
    project.intervals.forEach((iv, i) => {
      if (iv.phase === "implementation" || iv.phase === "operation") spans.push([iv.from, project.intervals[i + 1]?.from ?? horizonDay + 1]);
    });
    for (const [from, to] of spans) {
      for (let year = yearOf(from); year <= yearOf(to); year++) {
        for (let q = 1; q <= 4; q++) {
          const end = quarterEnd(year, q);
          if (end < from || end >= to) continue;
          const submitted = end + R.int(5, 28);
          if (submitted > horizonDay) continue;
          const overall = R.weighted([["green", 14], ["yellow", 5], ["red", 1]]);
          const r = newReport(project, `${year}-Q${q}`, "quarterly", submitted, { overall });
          if (overall === "red") decide(project, "support", submitted + R.int(7, 40), { support_kind: R.pick(["methodical", "technical", "mediation"]), mode: R.chance(0.3) ? "circulation" : undefined });
          if (q === 4) decide(project, "accept_report", submitted + R.int(7, 40), { report: r, mode: "consensus" });
          else if (R.chance(0.15)) decide(project, "acknowledge", submitted + R.int(7, 40), { mode: "consensus" });
        }
      }
    }
  }

  /** Decisions that do not move the phase: support in earlier phases, acknowledgements by the mayors. */
  function sideDecisions(project) {
    const lastDay = project.decisions.reduce((m, d) => Math.max(m, d.day), project.created);
    if (project.decisions.length > 1 && R.chance(0.15)) {
      decide(project, "support", project.created + R.int(30, Math.max(31, lastDay - project.created)), { support_kind: R.pick(["methodical", "technical", "mediation"]) });
    }
    if (project.phase !== "idea" && R.chance(0.08)) {
      decide(project, "acknowledge", project.created + R.int(30, 400), { body: R.pick(["mayors_assembly", "funder"]), mode: "consensus" });
    }
  }

  // Standards and general lessons, a few per year.
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    for (let k = 0; k < 2; k++) {
      const day = dayOf(`${year}-01-01`) + R.int(0, 364);
      const d = decide(null, "standard", day, { mode: "consensus" });
      if (d) d.standard = R.pick(["Vorlage für Projektsteckbriefe", "Berichtsraster für Quartalsberichte", "Leitfaden Kostenschlüssel", "Mustervereinbarung öffentlich-rechtliche Vereinbarung"]);
    }
  }
  for (let k = 0; k < Math.ceil(projectCount * 0.02); k++) addLesson(null, firstDay + R.int(60, horizonDay - firstDay), "note");

  // IDs --------------------------------------------------------------------------------------
  const numberPerYear = (items, dayOfItem, prefix, width, assign) => {
    const counters = new Map();
    for (const item of items) {
      const year = yearOf(dayOfItem(item));
      const n = (counters.get(year) ?? 0) + 1;
      counters.set(year, n);
      const limit = width === 2 ? 99 : 9999;
      if (n > limit) throw new Error(`${prefix}: more than ${limit} in ${year}`);
      assign(item, `${prefix}-${year}-${pad(n, width)}`);
    }
    return counters;
  };
  projects.sort((a, b) => a.created - b.created || a.idx - b.idx);
  numberPerYear(projects, (p) => p.created, "IKZ", 3, (p, id) => (p.id = id));
  decisions.sort((a, b) => a.day - b.day || a.seq - b.seq);
  const decisionsPerYear = numberPerYear(decisions, (d) => d.day, "B", 3, (d, id) => (d.id = id));
  numberPerYear(meetings, (m) => m.day, "LG", 2, (m, id) => (m.id = id));
  lessons.sort((a, b) => a.day - b.day);
  numberPerYear(lessons, (l) => l.day, "LL", 3, (l, id) => (l.id = id));
  for (const l of lessons) {
    if (R.chance(0.3)) {
      const later = projects.filter((p) => p.created > l.day && p !== l.project);
      if (later.length > 0) l.appliedIn = R.sample(later.slice(0, 50), R.int(1, 2)).map((p) => p.id).sort();
    }
  }

  return { projects, decisions, meetings, reports, lessons, decisionsPerYear, horizonDay };
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

function projectFile(p) {
  const fm = {
    id: p.id,
    title: p.title,
    field: p.field,
    phase: p.phase,
    created: isoOf(p.created),
  };
  if (p.lead) {
    fm.lead = p.lead;
    const n = p.participants.length;
    const share = Math.floor(100 / n);
    fm.participants = p.participants.map((x, i) => (p.costShares ? { ...x, cost_share: i === 0 ? 100 - share * (n - 1) : share } : x));
  }
  if (p.interest) fm.interest = p.interest.map((x) => ({ municipality: x.municipality, level: x.level, date: isoOf(x.day) }));
  if (p.manager) fm.project_manager = p.manager;
  if (p.sponsor) fm.sponsor = p.sponsor;
  if (p.legalForm && (p.phase !== "proposal" || !p.legalFormOpen)) fm.legal_form = p.legalForm[0];
  else if (p.legalFormOpen) fm.legal_form = "open";
  if (p.agreement) fm.seat = p.lead;
  if (p.economics) Object.assign(fm, p.economics);
  if (p.scores) fm.scores = p.scores;
  if (p.funding) {
    const f = p.funding;
    const status = f.granted !== undefined ? "granted" : f.applied !== undefined && f.applied <= HORIZON_DAY ? "applied" : "planned";
    const date = status === "granted" ? f.granted : status === "applied" ? f.applied : f.planned;
    fm.funding = [{ program: PROGRAM, status, amount_eur: f.amount, date: isoOf(date) }];
  }
  if (p.resolutions?.length) {
    fm.council_resolutions = p.resolutions.map((r) => {
      const m = MUNI.get(r.municipality);
      return { municipality: r.municipality, body: `${COUNCIL_NAME[m.council]} ${m.kind === "district" ? "Groß-Gerau" : m.name}`, date: isoOf(r.day), result: r.result, reference: `Drucksache ${yearOf(r.day)}/${pad((r.day % 97) + 1, 3)}` };
    });
  }
  if (p.agreement) {
    fm.agreement = { type: p.agreement.type, signed: isoOf(p.agreement.signed) };
    if (p.agreement.effective !== undefined) fm.agreement.effective = isoOf(p.agreement.effective);
    fm.agreement.supervision = p.agreement.supervision;
  }
  if (p.milestones) {
    fm.milestones = p.milestones.map((m) => {
      const out = { id: m.id, title: m.title, due: isoOf(m.due) };
      if (m.done === undefined && m.due % 3 === 0) out.forecast = isoOf(m.due + 30);
      if (m.done !== undefined) out.done = isoOf(m.done);
      if (m.gate !== undefined) out.gate = m.gate;
      return out;
    });
  }
  if (p.conditionsDone.length) fm.conditions_done = p.conditionsDone.map((c) => ({ decision: c.decision.id, index: c.index, date: isoOf(c.day) }));
  if (p.phase === "on_hold") fm.hold_until = p.holdUntil;
  if (p.phase === "cancelled") fm.cancel_reason = p.cancelReason;
  if (p.tags) fm.tags = p.tags;
  const lead = p.lead ? MUNI.get(p.lead).name : "noch offen";
  const body = `## Ausgangslage

Die Kommunen im ${p.region.name} erledigen die Aufgabe „${p.title}“ bisher jeweils allein. Fachkräfte sind knapp,
Vertretungen schwer zu organisieren, und die Fachverfahren unterscheiden sich von Rathaus zu Rathaus.

## Ziele

- Aufgabe gemeinsam und verlässlich erledigen (Federführung: ${lead})
- Kosten je Fall senken und Vertretung sichern
- Einheitliche Standards und Verfahren

## Nicht-Ziele

- Keine Änderung der Zuständigkeit gegenüber Bürgerinnen und Bürgern ohne Gremienbeschluss

## Vorgehen

Interessenbekundung, Vorteilhaftigkeitsprüfung, Richtungsentscheidung, Gremienbeschlüsse, Vereinbarung, Aufbau.

## Nutzen und Vorteilhaftigkeit

Geringere Kosten je Fall, bessere Vertretung, höhere Rechtssicherheit.

## Risiken

Personalgewinnung, Migration der Fachverfahren, Abstimmung des Kostenschlüssels.
`;
  return [`projects/${p.id}-${slugify(p.title)}.md`, toRecord(fm, body)];
}

let HORIZON_DAY = dayOf(HORIZON);

function decisionFile(d) {
  const f = d.fields;
  const fm = { id: d.id, date: isoOf(d.day), type: d.type, outcome: d.outcome, body: d.body, mode: d.mode };
  if (d.meeting) fm.meeting = d.meeting.id;
  if (d.project) fm.project = d.project.id;
  if (f.milestone) fm.milestone = f.milestone;
  if (f.report) fm.report = `${f.report.project.id}/${f.report.period}`;
  if (d.phaseBefore) {
    fm.phase_before = d.phaseBefore;
    fm.phase_after = d.phaseAfter;
  }
  if (d.votes) fm.votes = d.votes;
  if (d.present) fm.present = d.present;
  if (d.excluded) fm.excluded = d.excluded;
  if (d.conditions) fm.conditions = d.conditions;
  if (f.reason) fm.reason = f.reason;
  if (f.resubmission) fm.resubmission = f.resubmission;
  if (f.support_kind) fm.support_kind = f.support_kind;
  const subject = d.project ? `${TYPE_LABEL[d.type]}: ${d.project.title} (${d.project.id})` : `${TYPE_LABEL[d.type]}: ${d.standard ?? "Standard"}`;
  const gremium = d.body === "steering_group" ? "Die Lenkungsgruppe" : d.body === "mayors_assembly" ? "Die Bürgermeister-Dienstversammlung" : "Der Fördermittelgeber";
  const verdict = { approved: "beschließt", approved_with_conditions: "beschließt unter Auflagen", rework: "gibt zur Überarbeitung zurück", rejected: "lehnt ab", deferred: "vertagt" }[d.outcome];
  const body = `## Gegenstand

${subject}

## Beschlusstext

${gremium} ${verdict}: ${TYPE_LABEL[d.type]}${d.project ? ` für das Projekt ${d.project.id}` : ""}.

## Begründung

${f.reason ?? "Die Voraussetzungen nach dem IKZ-Prozess liegen vor; die Unterlagen lagen allen Mitgliedern rechtzeitig vor."}
`;
  return [`decisions/${yearOf(d.day)}/${d.id}.md`, toRecord(fm, body)];
}

function meetingFile(m, next) {
  const decisions = [...m.decisions].sort((a, b) => (a.id < b.id ? -1 : 1));
  const attendance = MEMBERS.map((x, i) => (i === m.substitute ? { member: x.id, present: true, substitute: `Erste Beigeordnete Eva Muster (für ${x.name})` } : { member: x.id, present: true }));
  const shown = decisions.slice(0, 30);
  const agenda = [
    { item: 1, title: "Begrüßung, Feststellung der Beschlussfähigkeit", kind: "information" },
    ...shown.map((d, i) => {
      const a = { item: i + 2, title: d.project ? `${TYPE_LABEL[d.type]}: ${d.project.title}` : TYPE_LABEL[d.type], kind: "decision" };
      if (d.project) a.project = d.project.id;
      a.decision_type = d.type;
      return a;
    }),
    { item: shown.length + 2, title: "Verschiedenes", kind: "information" },
  ];
  const managers = decisions.filter((d) => d.project?.manager).slice(0, 3).map((d) => ({ name: d.project.manager.name, role: `Projektleitung ${d.project.id}` }));
  const fm = {
    id: m.id,
    date: isoOf(m.day),
    kind: "regular",
    location: LOCATIONS[m.day % LOCATIONS.length],
    status: "closed",
    attendance,
  };
  if (managers.length) fm.guests = managers;
  fm.agenda = agenda;
  fm.actions = [{ text: "Niederschrift an alle Mitglieder versenden", owner: "Geschäftsstelle IKZ", due: isoOf(m.day + 14) }];
  if (next) fm.next_meeting = isoOf(next.day);
  const lines = decisions.map((d) => `- ${d.id}: ${TYPE_LABEL[d.type]}${d.project ? ` (${d.project.id})` : ""} – ${d.outcome}`);
  const body = `## Niederschrift

Die Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest (${MEMBERS.length} von ${MEMBERS.length} Mitgliedern anwesend).

### Beschlüsse

${lines.length ? lines.join("\n") : "Keine Beschlüsse."}
`;
  return [`meetings/${yearOf(m.day)}/${m.id}.md`, toRecord(fm, body)];
}

function reportFile(r, R) {
  const p = r.project;
  const overall = r.overall ?? (r.kind === "quarterly" ? "green" : R.pick(["green", "green", "yellow"]));
  const soft = (l) => (l === "red" ? "yellow" : l);
  const fm = {
    project: p.id,
    period: r.period,
    kind: r.kind,
    submitted: isoOf(r.submitted),
    author: p.manager?.name ?? "Geschäftsstelle IKZ",
    lights: { overall, schedule: overall, costs: soft(overall), quality: "green", resources: R.pick(["green", soft(overall)]) },
  };
  const started = p.intervals.find((iv) => iv.phase === "implementation")?.from;
  if (r.kind === "quarterly" && started !== undefined) {
    fm.progress_pct = Math.min(100, Math.round(((r.submitted - started) / 900) * 100));
    fm.savings_realized_eur = Math.round((p.economics.savings_planned_eur / 4) * R.int(0, 100)) / 100 | 0;
    fm.funding_received_eur = R.chance(0.1) ? Math.round(p.funding.amount / 2) : 0;
  } else if (r.kind === "assessment") {
    fm.progress_pct = 100;
  }
  if (p.milestones) {
    fm.milestones = p.milestones.map((m) => {
      if (m.done !== undefined && m.done <= r.submitted) return { id: m.id, status: "done", date: isoOf(m.done) };
      const status = m.due < r.submitted ? "late" : overall === "green" ? "on_track" : overall === "yellow" ? "at_risk" : "late";
      return { id: m.id, status, date: isoOf(Math.max(m.due, r.submitted + 30)) };
    });
  }
  if (overall !== "green") {
    const [text, measure] = R.pick(RISKS);
    fm.risks = [{ text, probability: R.int(1, 3), impact: R.int(2, 3), measure }];
  }
  if (overall === "red") fm.support_needed = [{ kind: "mediation", text: "Moderation der Verhandlung zum Kostenschlüssel" }];
  if (R.chance(0.1)) fm.requests = ["Freigabe der Stellenausschreibung, Entgeltgruppe 9b"];
  const title = { quarterly: `Quartalsbericht ${r.period}`, assessment: "Bericht zur Vorteilhaftigkeitsprüfung", final: "Abschlussbericht", evaluation: "Evaluationsbericht", milestone: "Meilensteinbericht" }[r.kind];
  const body = `## ${title}: ${p.title}

### Stand

Die Arbeiten laufen nach Plan${overall === "green" ? "" : "; Abweichungen sind unten beschrieben"}.

### Nächste Schritte

- Abstimmung mit den Partnerkommunen
- Vorbereitung der nächsten Sitzung der Lenkungsgruppe
`;
  return [`reports/${p.id}/${r.period}.md`, toRecord(fm, body)];
}

function lessonFile(l) {
  const fm = { id: l.id, title: l.title, date: isoOf(l.day) };
  if (l.project) fm.project = l.project.id;
  fm.kind = l.kind;
  fm.category = l.category;
  fm.applies_to = [l.project?.field ?? FIELDS[l.day % FIELDS.length].id];
  fm.tags = [l.category === "finance" ? "kostenschluessel" : "prozess"];
  fm.author = l.project?.manager?.name ?? "Geschäftsstelle IKZ";
  fm.released = l.released;
  if (l.appliedIn) fm.applied_in = l.appliedIn;
  const body = `## Ausgangssituation

${l.project ? `Im Projekt ${l.project.id} (${l.project.title})` : "In mehreren Projekten"} zeigte sich: ${l.title}.

## Erkenntnis

${l.title}. Wer das beachtet, spart Zeit in der Gremienbeteiligung und vermeidet Nacharbeit.

## Empfehlung

${l.title} – als Punkt in die Checkliste für neue Projekte aufnehmen.
`;
  return [`lessons/${l.id}-${slugify(l.title)}.md`, toRecord(fm, body)];
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

async function isEmptyOrOurs(dir) {
  let entries;
  try {
    entries = await readdir(dir);
  } catch (e) {
    if (e.code === "ENOENT") return true;
    throw e;
  }
  return entries.length === 0 || entries.includes(MARKER);
}

/** Writes a synthetic register of `projectCount` projects to `dir` (replacing an earlier one written by this generator). */
export async function generateRegister(dir, projectCount, { seed = 1, horizon = HORIZON, concurrency = WRITE_CONCURRENCY } = {}) {
  if (!Number.isInteger(projectCount) || projectCount < 1) throw new Error(`project count must be a positive integer, got ${projectCount}`);
  if (!(await isEmptyOrOurs(dir))) throw new Error(`${dir} is not empty and was not written by bench/generate.mjs – refusing to overwrite`);
  const started = performance.now();
  HORIZON_DAY = dayOf(horizon);
  const reg = buildRegister(projectCount, { seed, horizon });
  const R = makeRandom(seed ^ 0x5eed);
  await rm(dir, { recursive: true, force: true });
  const dirs = new Set(["projects", "lessons"]);
  for (const d of reg.decisions) dirs.add(`decisions/${yearOf(d.day)}`);
  for (const m of reg.meetings) dirs.add(`meetings/${yearOf(m.day)}`);
  for (const r of reg.reports) dirs.add(`reports/${r.project.id}`);
  await mkdir(dir, { recursive: true });
  for (const d of [...dirs].sort()) await mkdir(join(dir, d), { recursive: true });

  // Render lazily so that at most `concurrency` rendered files are in flight.
  const jobs = [];
  jobs.push(() => ["ikz.yaml", configYaml()]);
  for (const p of reg.projects) jobs.push(() => projectFile(p));
  for (const d of reg.decisions) jobs.push(() => decisionFile(d));
  reg.meetings.forEach((m, i) => jobs.push(() => meetingFile(m, reg.meetings[i + 1])));
  for (const r of reg.reports) jobs.push(() => reportFile(r, R));
  for (const l of reg.lessons) jobs.push(() => lessonFile(l));
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const [path, text] = jobs[next++]();
      await writeFile(join(dir, path), text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));

  const phases = {};
  for (const p of reg.projects) phases[p.phase] = (phases[p.phase] ?? 0) + 1;
  const stats = {
    generator: GENERATOR_VERSION,
    seed,
    horizon,
    projects: reg.projects.length,
    decisions: reg.decisions.length,
    meetings: reg.meetings.length,
    reports: reg.reports.length,
    lessons: reg.lessons.length,
    files: jobs.length,
    filesPerProject: Math.round((jobs.length / reg.projects.length) * 100) / 100,
    maxDecisionsPerYear: Math.max(...reg.decisionsPerYear.values()),
    phases,
    seconds: Math.round(performance.now() - started) / 1000,
  };
  await writeFile(join(dir, MARKER), JSON.stringify(stats, null, 2) + "\n");
  return stats;
}

// CLI ---------------------------------------------------------------------------------------
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args.splice(seedAt, 2)[1]) : 1;
  const [dir, count] = args;
  if (!dir || !count || !/^\d+$/.test(count)) {
    process.stderr.write("usage: node bench/generate.mjs <dir> <project-count> [--seed N]\n");
    process.exit(2);
  }
  generateRegister(dir, Number(count), { seed })
    .then((stats) => process.stdout.write(JSON.stringify(stats, null, 2) + "\n"))
    .catch((error) => {
      process.stderr.write(`generate: ${error.stack ?? error}\n`);
      process.exit(1);
    });
}
