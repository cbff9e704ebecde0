import { Command, InvalidArgumentError, Option, type Help, type OutputConfiguration } from "commander";
import { translate, type Lang } from "./i18n/index.js";
import { cliMessages } from "./i18n/cli-messages.js";
import { helpMessages } from "./i18n/help-messages.js";

/** Options every command understands. */
export interface GlobalOptions {
  register?: string;
  lang?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** What the command line asked for: a command name, its typed options, and the global options. */
export interface Invocation {
  command: string;
  args: string[];
  options: Record<string, unknown>;
  globals: GlobalOptions;
  /** Options whose value is commander's default, not typed by the user (an export takes its format from `--out` then). */
  defaulted?: string[];
}

/** Commander help headings in German; commander itself only speaks English. */
const GERMAN_HEADINGS: Array<[RegExp, string]> = [
  [/^Usage:/gm, "Aufruf:"],
  [/^Options:/gm, "Optionen:"],
  [/^Commands:/gm, "Befehle:"],
  [/^Arguments:/gm, "Argumente:"],
  [/^Global Options:/gm, "Globale Optionen:"],
  // Commander may wrap the line right after "choices:" / "default:", so the space can be a newline.
  [/\(default:(\s)/g, "(Standard:$1"],
  [/\(choices:(\s)/g, "(Auswahl:$1"],
  [/,(\s+)default:(\s)/g, ",$1Standard:$2"],
];

/**
 * Placeholders of arguments and option values in German help ("<project>" → "<projekt>"). Only what the help
 * shows: commands receive their arguments by position, and messages about them use argument-words.ts.
 */
const GERMAN_PLACEHOLDERS: Readonly<Record<string, string>> = {
  assignments: "zuweisungen",
  audience: "zielgruppe",
  body: "gremium",
  category: "kategorie",
  command: "Befehl",
  date: "datum",
  "date|ref": "datum|ref",
  decision: "beschluss",
  dir: "ordner",
  email: "e-mail",
  field: "handlungsfeld",
  fields: "handlungsfelder",
  file: "datei",
  "for:against:abstain": "ja:nein:enthaltung",
  kind: "art",
  lang: "sprache",
  level: "stufe",
  light: "ampel",
  list: "liste",
  "member=name": "mitglied=name",
  members: "mitglieder",
  milestone: "meilenstein",
  municipality: "kommune",
  n: "nr",
  options: "Optionen",
  "name-role": "name-rolle",
  "new-id": "neue-id",
  "old-id": "alte-id",
  outcome: "ergebnis",
  percent: "prozent",
  period: "zeitraum",
  place: "ort",
  preset: "vorlage",
  project: "projekt",
  reference: "aktenzeichen",
  result: "ergebnis",
  role: "rolle",
  tags: "schlagwörter",
  "text;due;owner": "text;frist;kommune",
  time: "uhrzeit",
  title: "titel",
  type: "typ",
  "what;who;by": "was;wer;bis",
  words: "wörter",
  "YYYY-Qn": "JJJJ-Qn",
};

/** "<project>", "[kind]", "<assignments...>", "<date|ref>" and commander's "[options]" in German; other words as they are. */
export function germanPlaceholders(text: string): string {
  return text.replace(/([<[])([^\s<>[\]]+?)((?:\.\.\.)?[>\]])/g, (all, open: string, name: string, close: string) => {
    const word = GERMAN_PLACEHOLDERS[name];
    return word === undefined ? all : `${open}${word}${close}`;
  });
}

/**
 * Help settings per language. In German the placeholders are translated where commander styles them, before it
 * measures the columns, so that the descriptions stay aligned.
 */
function helpConfiguration(lang: Lang): Partial<Help> {
  if (lang !== "de") return { showGlobalOptions: true };
  return {
    showGlobalOptions: true,
    styleArgumentText: (text: string) => germanPlaceholders(text),
    styleOptionText: (text: string) => germanPlaceholders(text),
    styleSubcommandText: (text: string) => germanPlaceholders(text),
  };
}

/** Translates commander's help text headings for German output. */
export function localizeHelp(text: string, lang: Lang): string {
  return lang === "de" ? GERMAN_HEADINGS.reduce((t, [re, de]) => t.replace(re, de), text) : text;
}

/** Builds the command tree; `onInvoke` receives the parsed invocation, the caller runs it. No logic here. */
export function buildProgram(lang: Lang, version: string, output: OutputConfiguration, onInvoke: (invocation: Invocation) => void): Command {
  const t = (key: string) => translate(key in cliMessages ? cliMessages : helpMessages, lang, key);
  const program = new Command("ikz")
    .description(t("program.description"))
    .version(version, "-V, --version", t("opt.version"))
    .helpOption("-h, --help", t("opt.help"))
    .helpCommand("help [command]", t("cmd.help"))
    .option("--register <dir>", t("opt.register"))
    .option("--lang <lang>", t("opt.lang"))
    .option("--json", t("opt.json"))
    .option("-q, --quiet", t("opt.quiet"))
    .option("--no-color", t("opt.noColor"))
    .option("--debug", t("opt.debug"))
    .addHelpText("after", t("help.examples"))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput(output)
    .configureHelp(helpConfiguration(lang));

  const invoke = (name: string) => (...params: unknown[]) => {
    const command = params[params.length - 1] as Command;
    const args = params.slice(0, -2).flatMap((p) => (Array.isArray(p) ? p.map(String) : p === undefined ? [] : [String(p)]));
    const options = command.opts();
    const defaulted = Object.keys(options).filter((key) => command.getOptionValueSource(key) === "default");
    onInvoke({ command: name, args, options, globals: command.optsWithGlobals() as GlobalOptions, defaulted });
  };

  program
    .command("validate")
    .description(t("cmd.validate"))
    .addOption(new Option("--format <format>", t("opt.validate.format")).choices(["text", "json", "github", "gitlab", "junit", "sarif"]).default("text"))
    .option("--base <ref>", t("opt.validate.base"))
    .option("--strict", t("opt.validate.strict"))
    .addHelpText("after", t("help.validate.examples"))
    .action(invoke("validate"));

  addReadingCommands(program, t, invoke);
  addWritingCommands(program, t, invoke);
  const harden = (cmd: Command) => {
    cmd.exitOverride().helpOption("-h, --help", t("opt.help"));
    cmd.commands.forEach(harden);
  };
  program.commands.forEach(harden);
  return program;
}

type Invoke = (name: string) => (...params: unknown[]) => void;

/** Flags every writing command shares (spec/cli.md "Writing commands"). */
function withWriteFlags(cmd: Command, t: (key: string) => string): Command {
  return cmd
    .option("--allow-dirty", t("opt.allowDirty"))
    .option("--no-commit", t("opt.noCommit"))
    .option("--push", t("opt.push"))
    .option("-y, --yes", t("opt.yes"));
}

const LIGHTS = ["green", "yellow", "red"];
/** The traffic-light values, and the German words people type for them. */
const LIGHT_WORDS = new Map([
  ["green", "green"],
  ["yellow", "yellow"],
  ["red", "red"],
  ["grün", "green"],
  ["gruen", "green"],
  ["gelb", "yellow"],
  ["rot", "red"],
]);

/** A traffic light from a flag: green, yellow or red, or grün, gelb or rot (any case). */
function parseLight(value: string): string {
  // NFC: a "ü" typed as u + combining diaeresis (some keyboards, pasted text) is the same word.
  const light = LIGHT_WORDS.get(value.normalize("NFC").toLowerCase());
  if (light === undefined) throw new InvalidArgumentError(`Allowed choices are ${LIGHTS.join(", ")}.`);
  return light;
}

function addWritingCommands(program: Command, t: (key: string) => string, invoke: Invoke): void {
  program
    .command("init [dir]")
    .description(t("cmd.init"))
    .addOption(new Option("--preset <preset>", t("opt.preset")).choices(["gross-gerau", "empty"]).default("gross-gerau"))
    .option("--sample", t("opt.sample"))
    .addOption(new Option("--ci <ci>", t("opt.ci")).choices(["github", "gitlab", "both", "none"]).default("both"))
    .action(invoke("init"));

  withWriteFlags(program.command("new-project"), t)
    .description(t("cmd.newProject"))
    .option("--title <title>", t("opt.title"))
    .option("--field <field>", t("opt.field"))
    .option("--lead <municipality>", t("opt.lead"))
    .option("--participants <list>", t("opt.participants"))
    .option("--manager-name <name>", t("opt.managerName"))
    .option("--manager-email <email>", t("opt.managerEmail"))
    .option("--savings-planned <euro>", t("opt.savingsPlanned"))
    .option("--baseline-costs <euro>", t("opt.baselineCosts"))
    .option("--description <text>", t("opt.description"))
    .option("--date <date>", t("opt.date"))
    .action(invoke("new-project"));

  const participant = program.command("participant").description(t("cmd.participant"));
  withWriteFlags(participant.command("add <project> <municipality>"), t)
    .description(t("cmd.participantAdd"))
    .addOption(new Option("--role <role>", t("opt.role")).choices(["lead", "partner"]).default("partner"))
    .option("--cost-share <percent>", t("opt.costShare"))
    .addHelpText("after", t("help.participantAdd.examples"))
    .action(invoke("participant add"));
  withWriteFlags(participant.command("remove <project> <municipality>"), t).description(t("cmd.participantRemove")).action(invoke("participant remove"));

  withWriteFlags(program.command("set <id> <assignments...>"), t).description(t("cmd.set")).addHelpText("after", t("help.set.examples")).action(invoke("set"));

  withWriteFlags(program.command("interest <project> <municipality>"), t)
    .description(t("cmd.interest"))
    .addOption(new Option("--level <level>", t("opt.level")).choices(["interested", "observer", "declined"]))
    .option("--date <date>", t("opt.date"))
    .action(invoke("interest"));

  withWriteFlags(program.command("council <project> <municipality>"), t)
    .description(t("cmd.council"))
    .addOption(new Option("--result <result>", t("opt.result")).choices(["approved", "rejected", "deferred"]))
    .option("--date <date>", t("opt.date"))
    .option("--body <body>", t("opt.body"))
    .option("--reference <reference>", t("opt.reference"))
    .action(invoke("council"));

  const milestone = program.command("milestone").description(t("cmd.milestone"));
  withWriteFlags(milestone.command("add <project>"), t)
    .description(t("cmd.milestoneAdd"))
    .option("--title <title>", t("opt.title"))
    .option("--due <date>", t("opt.due"))
    .option("--gate", t("opt.gate"))
    .action(invoke("milestone add"));
  withWriteFlags(milestone.command("set <project> <milestone>"), t)
    .description(t("cmd.milestoneSet"))
    .option("--forecast <date>", t("opt.forecast"))
    .option("--done <date>", t("opt.done"))
    .action(invoke("milestone set"));

  const report = program.command("report").description(t("cmd.report"));
  const reportNew = withWriteFlags(report.command("new <project>"), t)
    .description(t("cmd.reportNew"))
    .option("--period <period>", t("opt.period"))
    .addOption(new Option("--kind <kind>", t("opt.kind")).choices(["quarterly", "milestone", "assessment", "final", "evaluation"]));
  for (const light of ["overall", "schedule", "costs", "quality", "resources"]) {
    reportNew.addOption(new Option(`--${light} <light>`, t("opt.light")).choices(LIGHTS).argParser(parseLight));
  }
  reportNew
    .option("--progress <percent>", t("opt.progress"))
    .option("--savings-realized <euro>", t("opt.savingsRealized"))
    .option("--author <name>", t("opt.author"))
    .option("--date <date>", t("opt.date"))
    .action(invoke("report new"));

  const lesson = program.command("lesson").description(t("cmd.lesson"));
  withWriteFlags(lesson.command("new"), t)
    .description(t("cmd.lessonNew"))
    .option("--title <title>", t("opt.title"))
    .addOption(new Option("--kind <kind>", t("opt.kind")).choices(["success", "failure", "note"]))
    .addOption(new Option("--category <category>", t("opt.category")).choices(["technical", "methodical", "legal", "funding", "staff", "communication", "finance"]))
    .option("--project <id>", t("opt.project"))
    .option("--applies-to <fields>", t("opt.appliesTo"))
    .option("--tags <tags>", t("opt.tags"))
    .option("--author <name>", t("opt.author"))
    .option("--date <date>", t("opt.date"))
    .action(invoke("lesson new"));

  withWriteFlags(program.command("renumber <old-id> <new-id>"), t).description(t("cmd.renumber")).option("--base <ref>", t("opt.renumber.base")).action(invoke("renumber"));
  addDecisionCommands(program, t, invoke);

  const meeting = program.command("meeting").description(t("cmd.meeting"));
  const repeat = (value: string, previous: string[] = []) => [...previous, value];
  withWriteFlags(meeting.command("new"), t)
    .description(t("cmd.meetingNew"))
    .option("--date <date>", t("opt.meetingDate"))
    .option("--location <place>", t("opt.location"))
    .addOption(new Option("--kind <kind>", t("opt.meetingKind")).default("regular"))
    .option("--as-of <date>", t("opt.agendaAsOf"))
    .action(invoke("meeting new"));
  withWriteFlags(meeting.command("open <id>"), t)
    .description(t("cmd.meetingOpen"))
    .option("--present <members>", t("opt.present"))
    .option("--substitute <member=name>", t("opt.substitute"), repeat)
    .option("--guest <name-role>", t("opt.guest"), repeat)
    .addHelpText("after", t("help.meetingOpen.examples"))
    .action(invoke("meeting open"));
  withWriteFlags(meeting.command("close <id>"), t)
    .description(t("cmd.meetingClose"))
    .option("--action <what;who;by>", t("opt.action"), repeat)
    .option("--next-meeting <date>", t("opt.nextMeeting"))
    .option("--time <time>", t("opt.time"))
    .option("--recorder <name>", t("opt.recorder"))
    .addHelpText("after", t("help.meetingClose.examples"))
    .action(invoke("meeting close"));
}

function addReadingCommands(program: Command, t: (key: string) => string, invoke: Invoke): void {
  const asOf = () => new Option("--as-of <date|ref>", t("opt.asOf"));
  program
    .command("status")
    .description(t("cmd.status"))
    .addOption(asOf())
    .option("--municipality <id>", t("opt.municipality"))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["text", "json", "md"]).default("text"))
    .action(invoke("status"));
  program
    .command("list [kind]")
    .description(t("cmd.list"))
    .addOption(asOf())
    .option("--phase <phase>", t("opt.phase"))
    .option("--municipality <id>", t("opt.municipality"))
    .option("--field <field>", t("opt.field"))
    .addOption(new Option("--light <light>", t("opt.light")).choices(["green", "yellow", "red"]))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["table", "json", "csv"]).default("table"))
    .action(invoke("list"));
  program
    .command("show <id>")
    .description(t("cmd.show"))
    .addOption(asOf())
    .addOption(new Option("--format <format>", t("opt.format")).choices(["text", "json", "md"]).default("text"))
    .action(invoke("show"));
  program.command("log <id>").description(t("cmd.log")).addOption(new Option("--format <format>", t("opt.format")).choices(["text", "json"]).default("text")).action(invoke("log"));
  program
    .command("check")
    .description(t("cmd.check"))
    .addOption(asOf())
    .addOption(new Option("--format <format>", t("opt.format")).choices(["text", "json", "md", "github", "gitlab", "junit", "sarif"]).default("text"))
    .option("--strict", t("opt.check.strict"))
    .action(invoke("check"));
  program
    .command("prioritize")
    .description(t("cmd.prioritize"))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["table", "json", "md"]).default("table"))
    .action(invoke("prioritize"));
  program
    .command("lessons [words...]")
    .description(t("cmd.lessons"))
    .option("--field <field>", t("opt.field"))
    .addOption(new Option("--category <category>", t("opt.category")).choices(["technical", "methodical", "legal", "funding", "staff", "communication", "finance"]))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["text", "json", "md"]).default("text"))
    .action(invoke("lessons"));

  // The export group: controlling, register, municipality (each adds its subcommand here).
  const exportCmd = program.command("export").description(t("cmd.export"));
  const audience = (fallback: string) => new Option("--audience <audience>", t("opt.audience")).choices(["public", "council", "internal"]).default(fallback);
  exportCmd
    .command("controlling")
    .description(t("cmd.exportControlling"))
    .option("--quarter <YYYY-Qn>", t("opt.quarter"))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["md", "html", "csv", "xlsx", "json"]).default("md"))
    .addOption(audience("internal"))
    .option("--section <id>", t("opt.section"))
    .option("--out <file>", t("opt.out"))
    .option("--force", t("opt.force"))
    .addHelpText("after", t("help.exportControlling.examples"))
    .action(invoke("export controlling"));
  exportCmd
    .command("register")
    .description(t("cmd.exportRegister"))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["csv", "xlsx", "json"]).default("csv"))
    .addOption(audience("internal"))
    .addOption(asOf())
    .option("--out <file>", t("opt.out"))
    .option("--force", t("opt.force"))
    .action(invoke("export register"));
  exportCmd
    .command("municipality <municipality>")
    .description(t("cmd.exportMunicipality"))
    .addOption(new Option("--format <format>", t("opt.format")).choices(["md", "html"]).default("md"))
    .addOption(audience("council"))
    .addOption(asOf())
    .option("--out <file>", t("opt.out"))
    .option("--force", t("opt.force"))
    .action(invoke("export municipality"));
}

/** `ikz decide` and `ikz condition done` (spec/cli.md). */
function addDecisionCommands(program: Command, t: (key: string) => string, invoke: Invoke): void {
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  withWriteFlags(program.command("decide [project]"), t)
    .description(t("cmd.decide"))
    .option("--type <type>", t("opt.decide.type"))
    .option("--outcome <outcome>", t("opt.decide.outcome"))
    .option("--meeting <id>", t("opt.decide.meeting"))
    .option("--circulation", t("opt.decide.circulation"))
    .option("--present <members>", t("opt.decide.present"))
    .addOption(new Option("--body <body>", t("opt.decide.body")).choices(["steering_group", "mayors_assembly", "funder"]))
    .option("--date <date>", t("opt.decide.date"))
    .option("--votes <for:against:abstain>", t("opt.decide.votes"))
    .option("--consensus", t("opt.decide.consensus"))
    .option("--excluded <members>", t("opt.decide.excluded"))
    .option("--condition <text;due;owner>", t("opt.decide.condition"), collect)
    .option("--reason <text>", t("opt.decide.reason"))
    .option("--milestone <id>", t("opt.decide.milestone"))
    .option("--report <period>", t("opt.decide.report"))
    .option("--resubmission <date>", t("opt.decide.resubmission"))
    .addOption(new Option("--support-kind <kind>", t("opt.decide.supportKind")).choices(["methodical", "technical", "mediation"]))
    .option("--supersedes <decision>", t("opt.decide.supersedes"))
    .option("--text <text>", t("opt.decide.text"))
    .option("--title <title>", t("opt.decide.title"))
    .addHelpText("after", t("help.decide.examples"))
    .action(invoke("decide"));
  const condition = program.command("condition").description(t("cmd.condition"));
  withWriteFlags(condition.command("done <decision> <n>"), t).description(t("cmd.conditionDone")).option("--date <date>", t("opt.conditionDate")).action(invoke("condition done"));
}
