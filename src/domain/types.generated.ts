// Generated from schemas/*.schema.json by `npm run gen:types` — do not edit.

/**
 * Einstellungen eines IKZ-Registers: Kommunen, Regionen, Lenkungsgruppe, Handlungsfelder, Förderprogramme, Priorisierungskriterien, Berichtswesen und Kontakt.
 */
export interface IkzConfig {
  /**
   * Version des Datenformats. Derzeit immer 1.
   */
  schema_version: 1;
  /**
   * Name des Registers, wie er in Berichten erscheint, z. B. IKZ im Kreis Groß-Gerau.
   */
  name: string;
  /**
   * Sprache der Berichte und Meldungen: de (Deutsch, Standard) oder en (Englisch).
   */
  language?: "de" | "en";
  /**
   * IANA-Zeitzone für Datumsangaben und --as-of, z. B. Europe/Berlin (Standard).
   */
  timezone?: string;
  /**
   * true, wenn das ganze Register ein Beispiel mit illustrativen Zahlen ist.
   */
  sample?: boolean;
  ids?: Ids;
  /**
   * Alle Kommunen und der Kreis, die am IKZ-Prozess teilnehmen können.
   *
   * @minItems 1
   * @maxItems 500
   */
  municipalities: Municipality[];
  /**
   * Regionen des Kreises, z. B. Nordkreis, Mittelkreis, Südkreis.
   *
   * @maxItems 500
   */
  regions?: Region[];
  steering_group: SteeringGroup;
  /**
   * Handlungsfelder, denen Projekte zugeordnet werden, z. B. Ordnungswesen oder Finanzen.
   *
   * @minItems 1
   * @maxItems 500
   */
  fields: Field[];
  /**
   * Förderprogramme mit ihren Regeln, z. B. die IKZ-Förderung des Landes Hessen.
   *
   * @maxItems 500
   */
  funding_programs?: FundingProgram[];
  /**
   * Kriterien, nach denen Projekte mit 0 bis 5 Punkten bewertet werden; die Gewichte ergeben zusammen 100.
   *
   * @maxItems 500
   */
  priority_criteria?: PriorityCriterion[];
  reporting?: Reporting;
  contact?: Contact;
  /**
   * Abweichungen vom Standard-Lebenszyklus je Beschlussart (Schlüssel: start_interest, prioritize, mandate, accept_report, direction, implementation_release, milestone, start_operation, evaluation_order, close, change_mandate, support, hold, resume, cancel, acknowledge, standard); nicht genannte Beschlussarten und Schlüssel behalten den Standard, z. B. direction: { bodies: [mayors_assembly] }.
   */
  lifecycle?: {
    [k: string]: LifecycleRule;
  };
}
/**
 * Präfixe der Kennungen je Datensatzart.
 */
export interface Ids {
  /**
   * Präfix der Projekt-IDs, Standard IKZ (ergibt IKZ-2025-003).
   */
  project?: string;
  /**
   * Präfix der Beschluss-IDs, Standard B (ergibt B-2025-014).
   */
  decision?: string;
  /**
   * Präfix der Sitzungs-IDs, Standard LG (ergibt LG-2025-02).
   */
  meeting?: string;
  /**
   * Präfix der Erfahrungs-IDs, Standard LL (ergibt LL-2025-001).
   */
  lesson?: string;
}
/**
 * Eine Stadt, eine Gemeinde oder der Kreis.
 */
export interface Municipality {
  /**
   * Kurzkennung der Kommune aus dem Namen, z. B. ruesselsheim-am-main.
   */
  id: string;
  /**
   * Amtlicher Name, z. B. Rüsselsheim am Main.
   */
  name: string;
  /**
   * city (Stadt), municipality (Gemeinde), special_status_city (Sonderstatusstadt nach § 4a HGO) oder district (Landkreis).
   */
  kind: "city" | "municipality" | "special_status_city" | "district";
  /**
   * Kennung der Region aus regions[].id, z. B. nordkreis. Pflicht außer für den Kreis selbst.
   */
  region?: string;
  /**
   * city_council (Stadtverordnetenversammlung), municipal_council (Gemeindevertretung) oder district_council (Kreistag).
   */
  council: "city_council" | "municipal_council" | "district_council";
  /**
   * Achtstelliger amtlicher Gemeindeschlüssel (AGS), z. B. 06433012.
   */
  ags?: string;
}
/**
 * Eine Region des Kreises.
 */
export interface Region {
  /**
   * Kurzkennung der Region, z. B. suedkreis.
   */
  id: string;
  /**
   * Name der Region, z. B. Südkreis.
   */
  name: string;
}
/**
 * Die IKZ-Lenkungsgruppe mit Beschlussregeln und Mitgliedern.
 */
export interface SteeringGroup {
  /**
   * Name des Gremiums, z. B. IKZ-Lenkungsgruppe.
   */
  name: string;
  /**
   * Mindestzahl anwesender Mitglieder (Vertretungen zählen mit), z. B. 4.
   */
  quorum: number;
  /**
   * Nötige Mehrheit: simple (einfache Mehrheit), two_thirds (Zwei-Drittel-Mehrheit) oder consensus (Einvernehmen, keine Gegenstimme).
   */
  majority: "simple" | "two_thirds" | "consensus";
  /**
   * Mitglieder mit Zeitraum ihrer Mitgliedschaft; ein Beschluss wird gegen die an seinem Datum gültige Besetzung geprüft.
   *
   * @minItems 1
   * @maxItems 500
   */
  members: SteeringMember[];
}
/**
 * Eine Person in der Lenkungsgruppe für einen Zeitraum.
 */
export interface SteeringMember {
  /**
   * Kurzkennung der Person, z. B. goetz.
   */
  id: string;
  /**
   * Vor- und Nachname, z. B. Marion Götz.
   */
  name: string;
  /**
   * chair (Vorsitz), mayor_south (Bürgermeister/in Südkreis), mayor_middle (Bürgermeister/in Mittelkreis), mayor_north (Bürgermeister/in Nordkreis), mayor_special_status_city (Oberbürgermeister/in der Sonderstatusstadt), district_administrator (Landrat/Landrätin) oder member (weiteres Mitglied).
   */
  role:
    | "chair"
    | "mayor_south"
    | "mayor_middle"
    | "mayor_north"
    | "mayor_special_status_city"
    | "district_administrator"
    | "member";
  /**
   * Amt oder Funktion in Worten, z. B. Bürgermeister der Gemeinde Trebur.
   */
  function?: string;
  /**
   * Kommune, für die das Mitglied sitzt, z. B. trebur.
   */
  represents: string;
  /**
   * Erster Tag der Mitgliedschaft, z. B. 2023-01-01.
   */
  from: string;
  /**
   * Letzter Tag der Mitgliedschaft; leer lassen, solange sie andauert.
   */
  until?: string;
}
/**
 * Ein Handlungsfeld der Zusammenarbeit.
 */
export interface Field {
  /**
   * Kurzkennung, z. B. ordnungswesen.
   */
  id: string;
  /**
   * Bezeichnung, z. B. Ordnungswesen.
   */
  name: string;
  /**
   * Was zu diesem Handlungsfeld gehört.
   */
  description?: string;
}
/**
 * Ein Förderprogramm mit seinen Fördervoraussetzungen.
 */
export interface FundingProgram {
  /**
   * Kurzkennung, z. B. ikz-hessen.
   */
  id: string;
  /**
   * Bezeichnung, z. B. IKZ-Förderung Hessen (Rahmenvereinbarung).
   */
  name: string;
  /**
   * Letzter Tag, an dem das Programm gilt, z. B. 2026-12-31.
   */
  valid_until?: string;
  /**
   * Seite mit den Förderbedingungen.
   */
  url?: string;
  rules?: FundingRules;
}
/**
 * Voraussetzungen und Regelförderung eines Programms.
 */
export interface FundingRules {
  /**
   * Nötige Zahl beteiligter Kommunen, z. B. 3.
   */
  min_partners?: number;
  /**
   * Zahl beteiligter Kommunen, die mit besonderer Begründung genügt, z. B. 2.
   */
  min_partners_with_justification?: number;
  /**
   * Wie lange die Zusammenarbeit mindestens angelegt sein muss, z. B. 5.
   */
  min_duration_years?: number;
  /**
   * Nötige jährliche Einsparung in Prozent der Personal- und Sachkosten, z. B. 15.
   */
  min_savings_pct?: number;
  /**
   * Förderbetrag nach Zahl der Partner, z. B. 2 → 50000, 3 → 75000, 4 → 100000; es gilt der Eintrag mit der größten erreichten Partnerzahl.
   *
   * @maxItems 500
   */
  standard_grant_eur?: StandardGrant[];
}
/**
 * Förderbetrag ab einer Partnerzahl.
 */
export interface StandardGrant {
  /**
   * Zahl der Partner, ab der dieser Betrag gilt, z. B. 3.
   */
  min_partners: number;
  /**
   * Förderbetrag in Euro, z. B. 75000.
   */
  amount_eur: number;
}
/**
 * Ein Kriterium für die Priorisierung von Projekten.
 */
export interface PriorityCriterion {
  /**
   * Kurzkennung, z. B. einsparpotenzial.
   */
  id: string;
  /**
   * Bezeichnung, z. B. Einsparpotenzial.
   */
  name: string;
  /**
   * Woran die Punkte 0 bis 5 gemessen werden.
   */
  description?: string;
  /**
   * Gewicht in Prozent (0 bis 100); alle Gewichte ergeben zusammen 100.
   */
  weight: number;
}
/**
 * Regeln für die Projektberichte.
 */
export interface Reporting {
  /**
   * true, wenn Projekte in Umsetzung und Regelbetrieb vierteljährlich berichten.
   */
  quarterly_reports: boolean;
  /**
   * Tage nach Quartalsende, bis zu denen der Bericht vorliegen muss, z. B. 30.
   */
  report_due_days: number;
}
/**
 * Ansprechperson für den IKZ-Prozess.
 */
export interface Contact {
  /**
   * Vor- und Nachname, z. B. Marion Götz.
   */
  name: string;
  /**
   * Funktion, z. B. Vorsitzende der IKZ-Lenkungsgruppe.
   */
  role?: string;
  /**
   * Dienststelle, z. B. Magistrat der Stadt Raunheim.
   */
  organisation?: string;
  /**
   * Postanschrift, z. B. Am Stadtzentrum 1, 65479 Raunheim.
   */
  address?: string;
  /**
   * Telefonnummer, z. B. 06142 / 402-216.
   */
  phone?: string;
  /**
   * E-Mail-Adresse, z. B. m.goetz@raunheim.de.
   */
  email?: string;
}
/**
 * Von welchen Phasen eine Beschlussart in welche Phase führt und welche Gremien sie fassen dürfen; nicht genannte Schlüssel behalten den Standard.
 */
export interface LifecycleRule {
  /**
   * Phasen, in denen das Projekt für diesen Beschluss stehen muss: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen).
   *
   * @minItems 1
   * @maxItems 500
   *
   * Items: Phase im Lebenszyklus: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen).
   */
  from?: (
    | "idea"
    | "interest"
    | "prioritized"
    | "assessment"
    | "proposal"
    | "councils"
    | "implementation"
    | "operation"
    | "evaluation"
    | "closed"
    | "on_hold"
    | "cancelled"
  )[];
  /**
   * Phase nach einem zustimmenden Beschluss: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen) oder previous (die Phase vor der Zurückstellung).
   */
  to?:
    | "idea"
    | "interest"
    | "prioritized"
    | "assessment"
    | "proposal"
    | "councils"
    | "implementation"
    | "operation"
    | "evaluation"
    | "closed"
    | "on_hold"
    | "cancelled"
    | "previous";
  /**
   * Gremien, die den Beschluss fassen dürfen: steering_group (Lenkungsgruppe), mayors_assembly (Bürgermeister-Dienstversammlung), funder (Fördermittelgeber).
   *
   * @minItems 1
   * @maxItems 500
   */
  bodies?: ("steering_group" | "mayors_assembly" | "funder")[];
  /**
   * Schränkt ein Gremium auf bestimmte Phasen ein, z. B. mayors_assembly: [councils, implementation] beim Abbruch; Schlüssel steering_group, mayors_assembly oder funder.
   */
  body_phases?: {
    /**
     * @maxItems 500
     *
     * Items: Phase im Lebenszyklus: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen).
     */
    [k: string]: (
      | "idea"
      | "interest"
      | "prioritized"
      | "assessment"
      | "proposal"
      | "councils"
      | "implementation"
      | "operation"
      | "evaluation"
      | "closed"
      | "on_hold"
      | "cancelled"
    )[];
  };
}

/**
 * Kopfdaten eines Projekts in projects/<id>-<slug>.md. Welche Angaben Pflicht sind, hängt von der Phase ab.
 */
export interface Project {
  /**
   * Kennung des Projekts, gleich dem Anfang des Dateinamens, z. B. IKZ-2025-003.
   */
  id: string;
  /**
   * Kurzer, sprechender Titel, z. B. Gemeinsame Vollstreckungsstelle Südkreis.
   */
  title: string;
  /**
   * Handlungsfeld aus ikz.yaml (fields[].id), z. B. finanzen.
   */
  field: string;
  /**
   * Aktuelle Phase; wird nur durch ikz decide geändert: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen).
   */
  phase:
    | "idea"
    | "interest"
    | "prioritized"
    | "assessment"
    | "proposal"
    | "councils"
    | "implementation"
    | "operation"
    | "evaluation"
    | "closed"
    | "on_hold"
    | "cancelled";
  /**
   * Datum, an dem das Projekt erfasst wurde, z. B. 2025-01-15.
   */
  created: string;
  /**
   * Federführende Kommune; Pflicht ab prioritized. Sie steht auch in participants mit role: lead. Beispiel: riedstadt.
   */
  lead?: string;
  /**
   * Beteiligte Kommunen; Pflicht ab prioritized (mindestens eine).
   *
   * @maxItems 500
   */
  participants?: Participant[];
  /**
   * Rückmeldungen der Kommunen in der Interessenbekundung.
   *
   * @maxItems 500
   */
  interest?: Interest[];
  project_manager?: ProjectManager;
  /**
   * Mitglied der Lenkungsgruppe, das das Projekt betreut, z. B. schell.
   */
  sponsor?: string;
  /**
   * Rechtsform der Zusammenarbeit; Pflicht ab councils: open (noch offen), kag (Kommunale Arbeitsgemeinschaft), oerv_delegation (Öffentlich-rechtliche Vereinbarung, delegierend), oerv_mandate (Öffentlich-rechtliche Vereinbarung, mandatierend), zweckverband (Zweckverband), joint_institution (Gemeinsame kommunale Anstalt), gvv (Gemeindeverwaltungsverband), hsog_district (Gemeinsamer Ordnungsbehördenbezirk nach HSOG), private_company (Gesellschaft privaten Rechts, z. B. GmbH), purchasing_group (Einkaufsgemeinschaft).
   */
  legal_form?:
    | "open"
    | "kag"
    | "oerv_delegation"
    | "oerv_mandate"
    | "zweckverband"
    | "joint_institution"
    | "gvv"
    | "hsog_district"
    | "private_company"
    | "purchasing_group";
  /**
   * Kommune, bei der die gemeinsame Stelle angesiedelt ist, z. B. gross-gerau.
   */
  seat?: string;
  /**
   * Geplante Mindestlaufzeit der Zusammenarbeit in Jahren, z. B. 5.
   */
  duration_years?: number;
  /**
   * Heutige jährliche Personal- und Sachkosten aller Beteiligten für die Aufgabe in Euro, z. B. 480000.
   */
  baseline_costs_eur?: number;
  /**
   * Erwartete jährliche Einsparung in Euro, z. B. 96000. Die Einsparquote wird berechnet.
   */
  savings_planned_eur?: number;
  /**
   * Einmalige Kosten für Aufbau und Umstellung in Euro, z. B. 60000.
   */
  one_off_costs_eur?: number;
  /**
   * Punkte je Priorisierungskriterium aus ikz.yaml, jeweils 0 bis 5, z. B. einsparpotenzial: 4.
   */
  scores?: {
    [k: string]: number;
  };
  /**
   * Förderanträge und -mittel des Projekts.
   *
   * @maxItems 500
   */
  funding?: Funding[];
  /**
   * Beschlüsse der Stadtverordnetenversammlungen, Gemeindevertretungen und des Kreistags; Pflicht ab implementation (mindestens einer).
   *
   * @maxItems 500
   */
  council_resolutions?: CouncilResolution[];
  agreement?: Agreement;
  /**
   * Meilensteine des Projekts; Pflicht ab assessment (mindestens einer).
   *
   * @maxItems 500
   */
  milestones?: Milestone[];
  /**
   * Auflagen aus Beschlüssen, die erfüllt sind.
   *
   * @maxItems 500
   */
  conditions_done?: ConditionDone[];
  /**
   * Wiedervorlage bei Zurückstellung; Pflicht in on_hold, z. B. 2026-01-31.
   */
  hold_until?: string;
  /**
   * Warum das Projekt abgebrochen wurde; Pflicht in cancelled.
   */
  cancel_reason?: string;
  /**
   * Weitestes Publikum, das diesen Datensatz sehen darf: public (öffentlich), council (Gremien und Verwaltungen) oder internal (nur Lenkungsgruppe und Koordination). Ohne Angabe: public.
   */
  visibility?: "public" | "council" | "internal";
  /**
   * Freie Schlagwörter zum Filtern, z. B. [digitalisierung, ordnungsamt].
   *
   * @maxItems 500
   */
  tags?: string[];
  /**
   * true, wenn der Datensatz zu einem Beispielregister gehört und nur illustrative Zahlen enthält.
   */
  sample?: boolean;
}
/**
 * Eine Kommune, die sich am Projekt beteiligt.
 */
export interface Participant {
  /**
   * Kennung der Kommune, z. B. nauheim.
   */
  municipality: string;
  /**
   * lead (federführend) oder partner (Partner).
   */
  role: "lead" | "partner";
  /**
   * Anteil an den Kosten in Prozent, z. B. 25; ab implementation ergeben alle Anteile zusammen 100.
   */
  cost_share?: number;
}
/**
 * Rückmeldung einer Kommune zum Projekt.
 */
export interface Interest {
  /**
   * Kennung der Kommune, z. B. bischofsheim.
   */
  municipality: string;
  /**
   * interested (interessiert), observer (beobachtet) oder declined (kein Interesse).
   */
  level: "interested" | "observer" | "declined";
  /**
   * Datum der Rückmeldung, z. B. 2025-02-10.
   */
  date?: string;
}
/**
 * Projektleiterin oder Projektleiter (interne Angabe).
 */
export interface ProjectManager {
  /**
   * Vor- und Nachname, z. B. Anna Beispiel.
   */
  name: string;
  /**
   * Dienstliche E-Mail-Adresse, z. B. a.beispiel@riedstadt.de.
   */
  email?: string;
  /**
   * Dienststelle der Projektleitung, z. B. riedstadt.
   */
  municipality?: string;
}
/**
 * Ein Förderantrag oder eine Förderzahlung.
 */
export interface Funding {
  /**
   * Förderprogramm aus ikz.yaml, z. B. ikz-hessen.
   */
  program: string;
  /**
   * planned (geplant), applied (beantragt), granted (bewilligt), paid (ausgezahlt) oder rejected (abgelehnt).
   */
  status: "planned" | "applied" | "granted" | "paid" | "rejected";
  /**
   * Beantragter oder bewilligter Betrag in Euro, z. B. 75000.
   */
  amount_eur?: number;
  /**
   * Datum des Stands (z. B. Antrag oder Bescheid); bei planned das geplante Antragsdatum.
   */
  date?: string;
}
/**
 * Beschluss der Vertretungskörperschaft einer beteiligten Kommune.
 */
export interface CouncilResolution {
  /**
   * Kommune, deren Gremium beschlossen hat, z. B. trebur.
   */
  municipality: string;
  /**
   * Beschließendes Gremium, z. B. Gemeindevertretung Trebur.
   */
  body?: string;
  /**
   * Datum des Beschlusses, z. B. 2025-06-26.
   */
  date: string;
  /**
   * approved (zugestimmt), rejected (abgelehnt) oder deferred (vertagt).
   */
  result: "approved" | "rejected" | "deferred";
  /**
   * Drucksache oder Vorlagennummer, z. B. Drucksache 2025/041.
   */
  reference?: string;
}
/**
 * Die Vereinbarung, auf der die Zusammenarbeit beruht.
 */
export interface Agreement {
  /**
   * Art in Worten, z. B. Öffentlich-rechtliche Vereinbarung (Mandat).
   */
  type?: string;
  /**
   * Datum der Unterzeichnung, z. B. 2025-09-15.
   */
  signed?: string;
  /**
   * Datum, ab dem die Vereinbarung gilt, z. B. 2026-01-01.
   */
  effective?: string;
  /**
   * Stand bei der Kommunalaufsicht: approved (genehmigt), notified (angezeigt) oder pending (ausstehend).
   */
  supervision?: "approved" | "notified" | "pending";
}
/**
 * Ein Meilenstein des Projekts.
 */
export interface Milestone {
  /**
   * Kennung im Projekt, z. B. M1.
   */
  id: string;
  /**
   * Was erreicht sein soll, z. B. Vereinbarung unterzeichnet.
   */
  title: string;
  /**
   * Geplantes Datum, z. B. 2025-12-31.
   */
  due: string;
  /**
   * Aktuell erwartetes Datum, wenn es vom geplanten abweicht.
   */
  forecast?: string;
  /**
   * Datum, an dem der Meilenstein erreicht wurde.
   */
  done?: string;
  /**
   * true, wenn für das Passieren ein Meilensteinbeschluss der Lenkungsgruppe nötig ist.
   */
  gate?: boolean;
}
/**
 * Eine erfüllte Auflage aus einem Beschluss.
 */
export interface ConditionDone {
  /**
   * Beschluss mit der Auflage, z. B. B-2025-014.
   */
  decision: string;
  /**
   * Nummer der Auflage im Beschluss, ab 1 gezählt wie in der Niederschrift (Auflage 1).
   */
  index: number;
  /**
   * Datum, an dem die Auflage erfüllt wurde.
   */
  date: string;
}

/**
 * Kopfdaten eines Beschlusses in decisions/<jahr>/<id>.md. Beschlüsse werden nach dem Zusammenführen nicht mehr geändert; eine Korrektur ist ein neuer Beschluss mit supersedes.
 */
export interface Decision {
  /**
   * Kennung des Beschlusses, gleich dem Dateinamen, z. B. B-2025-014.
   */
  id: string;
  /**
   * Datum der Beschlussfassung, z. B. 2025-05-20.
   */
  date: string;
  /**
   * Art des Beschlusses: start_interest (Start Interessenbekundung), prioritize (Priorisierung), mandate (Projektauftrag), accept_report (Abnahme Projektbericht), direction (Richtungsentscheidung), implementation_release (Umsetzungsfreigabe), milestone (Meilensteinentscheidung), start_operation (Betriebsaufnahme), evaluation_order (Evaluationsauftrag), close (Projektabschluss), change_mandate (Auftragsänderung), support (Unterstützung / Vermittlung), hold (Zurückstellung), resume (Wiederaufnahme), cancel (Abbruch), acknowledge (Kenntnisnahme), standard (Festlegung Standard).
   */
  type:
    | "start_interest"
    | "prioritize"
    | "mandate"
    | "accept_report"
    | "direction"
    | "implementation_release"
    | "milestone"
    | "start_operation"
    | "evaluation_order"
    | "close"
    | "change_mandate"
    | "support"
    | "hold"
    | "resume"
    | "cancel"
    | "acknowledge"
    | "standard";
  /**
   * approved (beschlossen), approved_with_conditions (beschlossen mit Auflagen), rework (zur Überarbeitung), rejected (abgelehnt) oder deferred (vertagt).
   */
  outcome: "approved" | "approved_with_conditions" | "rework" | "rejected" | "deferred";
  /**
   * steering_group (Lenkungsgruppe), mayors_assembly (Bürgermeister-Dienstversammlung) oder funder (Fördermittelgeber).
   */
  body: "steering_group" | "mayors_assembly" | "funder";
  /**
   * vote (Abstimmung), consensus (Einvernehmen) oder circulation (Umlaufverfahren).
   */
  mode: "vote" | "consensus" | "circulation";
  /**
   * Sitzung der Lenkungsgruppe, in der beschlossen wurde, z. B. LG-2025-02; entfällt im Umlaufverfahren.
   */
  meeting?: string;
  /**
   * Betroffenes Projekt, z. B. IKZ-2025-003; Pflicht außer bei standard, dort nicht erlaubt.
   */
  project?: string;
  /**
   * Meilenstein, über den entschieden wird (Pflicht bei milestone), z. B. M2.
   */
  milestone?: string;
  /**
   * Abgenommener Bericht (Pflicht bei accept_report), z. B. IKZ-2025-003/2025-Q2.
   */
  report?: string;
  /**
   * Phase des Projekts vor dem Beschluss; schreibt ikz decide bei Phasenwechseln: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen).
   */
  phase_before?:
    | "idea"
    | "interest"
    | "prioritized"
    | "assessment"
    | "proposal"
    | "councils"
    | "implementation"
    | "operation"
    | "evaluation"
    | "closed"
    | "on_hold"
    | "cancelled";
  /**
   * Phase des Projekts nach dem Beschluss; schreibt ikz decide bei Phasenwechseln: idea (Idee), interest (Interessenbekundung), prioritized (Priorisiert), assessment (Vorteilhaftigkeitsprüfung), proposal (Entscheidungsvorlage), councils (Gremienbeteiligung), implementation (Umsetzung), operation (Regelbetrieb), evaluation (Evaluation), closed (Abgeschlossen), on_hold (Zurückgestellt), cancelled (Abgebrochen).
   */
  phase_after?:
    | "idea"
    | "interest"
    | "prioritized"
    | "assessment"
    | "proposal"
    | "councils"
    | "implementation"
    | "operation"
    | "evaluation"
    | "closed"
    | "on_hold"
    | "cancelled";
  votes?: Votes;
  /**
   * Kennungen der anwesenden (im Umlaufverfahren: antwortenden) Mitglieder der Lenkungsgruppe, z. B. [goetz, schell]; intern.
   *
   * @maxItems 500
   *
   * Items: Kennung eines Mitglieds aus ikz.yaml (steering_group.members[].id), z. B. goetz.
   */
  present?: string[];
  /**
   * Wegen Befangenheit ausgeschlossene Mitglieder; sie stimmen nicht mit; intern.
   *
   * @maxItems 500
   *
   * Items: Kennung eines Mitglieds aus ikz.yaml (steering_group.members[].id), z. B. goetz.
   */
  excluded?: string[];
  /**
   * Auflagen, nummeriert ab 1 wie in der Niederschrift; Pflicht bei approved_with_conditions (mindestens eine).
   *
   * @maxItems 500
   */
  conditions?: Condition[];
  /**
   * Pflicht bei cancel, hold und change_mandate sowie bei den Ergebnissen rework und rejected, z. B. was zu überarbeiten ist.
   */
  reason?: string;
  /**
   * Datum der Wiedervorlage; Pflicht bei beschlossener Zurückstellung (hold), z. B. 2026-03-01.
   */
  resubmission?: string;
  /**
   * Pflicht bei support: methodical (methodisch), technical (fachlich) oder mediation (Vermittlung).
   */
  support_kind?: "methodical" | "technical" | "mediation";
  /**
   * Beschluss, den dieser ersetzt oder korrigiert, z. B. B-2025-009.
   */
  supersedes?: string;
  /**
   * Weitestes Publikum, das diesen Datensatz sehen darf: public (öffentlich), council (Gremien und Verwaltungen) oder internal (nur Lenkungsgruppe und Koordination). Ohne Angabe: public.
   */
  visibility?: "public" | "council" | "internal";
  /**
   * true, wenn der Datensatz zu einem Beispielregister gehört und nur illustrative Zahlen enthält.
   */
  sample?: boolean;
}
/**
 * Stimmen einer Abstimmung.
 */
export interface Votes {
  /**
   * Zahl der Ja-Stimmen, z. B. 5.
   */
  for: number;
  /**
   * Zahl der Nein-Stimmen, z. B. 0.
   */
  against: number;
  /**
   * Zahl der Enthaltungen, z. B. 1.
   */
  abstain: number;
}
/**
 * Eine Auflage, unter der der Beschluss gilt.
 */
export interface Condition {
  /**
   * Was zu tun ist, z. B. Kostenschlüssel mit allen Partnern abstimmen.
   */
  text: string;
  /**
   * Bis wann die Auflage erfüllt sein muss, z. B. 2025-09-30.
   */
  due?: string;
  /**
   * Kommune, die die Auflage erfüllen muss, z. B. riedstadt.
   */
  owner?: string;
}

/**
 * Kopfdaten einer Sitzung in meetings/<jahr>/<id>.md; der Text enthält nach der Sitzung die Niederschrift.
 */
export interface Meeting {
  /**
   * Kennung der Sitzung, gleich dem Dateinamen, z. B. LG-2025-02.
   */
  id: string;
  /**
   * Sitzungstag, z. B. 2025-05-20.
   */
  date: string;
  /**
   * regular (ordentliche Sitzung), extraordinary (außerordentliche Sitzung) oder circulation (Umlaufverfahren).
   */
  kind: "regular" | "extraordinary" | "circulation";
  /**
   * Sitzungsort, z. B. Rathaus Raunheim, Sitzungssaal.
   */
  location?: string;
  /**
   * planned (geplant), open (eröffnet, Anwesenheit festgestellt) oder closed (geschlossen, Niederschrift liegt vor).
   */
  status: "planned" | "open" | "closed";
  /**
   * Anwesenheit der Mitglieder; Pflicht ab open (mindestens ein Eintrag); intern.
   *
   * @maxItems 500
   */
  attendance?: Attendance[];
  /**
   * Gäste der Sitzung, z. B. Projektleitungen.
   *
   * @maxItems 500
   */
  guests?: Guest[];
  /**
   * Tagesordnungspunkte in ihrer Reihenfolge.
   *
   * @maxItems 500
   */
  agenda?: AgendaItem[];
  /**
   * Vereinbarte Aufgaben aus der Sitzung; intern.
   *
   * @maxItems 500
   */
  actions?: ActionItem[];
  /**
   * Datum der nächsten Sitzung, z. B. 2025-08-26.
   */
  next_meeting?: string;
  /**
   * Weitestes Publikum, das diesen Datensatz sehen darf: public (öffentlich), council (Gremien und Verwaltungen) oder internal (nur Lenkungsgruppe und Koordination). Ohne Angabe: internal.
   */
  visibility?: "public" | "council" | "internal";
  /**
   * true, wenn der Datensatz zu einem Beispielregister gehört und nur illustrative Zahlen enthält.
   */
  sample?: boolean;
}
/**
 * Anwesenheit eines Mitglieds der Lenkungsgruppe.
 */
export interface Attendance {
  /**
   * Kennung des Mitglieds, z. B. goetz.
   */
  member: string;
  /**
   * true, wenn das Mitglied oder seine Vertretung anwesend war.
   */
  present: boolean;
  /**
   * Name der Vertretung, wenn nicht das Mitglied selbst teilnahm, z. B. Erste Beigeordnete Eva Muster.
   */
  substitute?: string;
}
/**
 * Ein Gast der Sitzung.
 */
export interface Guest {
  /**
   * Vor- und Nachname, z. B. Anna Beispiel.
   */
  name: string;
  /**
   * Funktion oder Anlass, z. B. Projektleitung IKZ-2025-003.
   */
  role?: string;
}
/**
 * Ein Punkt der Tagesordnung.
 */
export interface AgendaItem {
  /**
   * Nummer des Tagesordnungspunkts, ab 1, z. B. 3.
   */
  item: number;
  /**
   * Gegenstand, z. B. Projektauftrag Vollstreckungsstelle Südkreis.
   */
  title: string;
  /**
   * decision (Beschlussfassung), report (Bericht) oder information (Information).
   */
  kind?: "decision" | "report" | "information";
  /**
   * Betroffenes Projekt, z. B. IKZ-2025-003.
   */
  project?: string;
  /**
   * Geplante Beschlussart bei kind: decision: start_interest (Start Interessenbekundung), prioritize (Priorisierung), mandate (Projektauftrag), accept_report (Abnahme Projektbericht), direction (Richtungsentscheidung), implementation_release (Umsetzungsfreigabe), milestone (Meilensteinentscheidung), start_operation (Betriebsaufnahme), evaluation_order (Evaluationsauftrag), close (Projektabschluss), change_mandate (Auftragsänderung), support (Unterstützung / Vermittlung), hold (Zurückstellung), resume (Wiederaufnahme), cancel (Abbruch), acknowledge (Kenntnisnahme), standard (Festlegung Standard).
   */
  decision_type?:
    | "start_interest"
    | "prioritize"
    | "mandate"
    | "accept_report"
    | "direction"
    | "implementation_release"
    | "milestone"
    | "start_operation"
    | "evaluation_order"
    | "close"
    | "change_mandate"
    | "support"
    | "hold"
    | "resume"
    | "cancel"
    | "acknowledge"
    | "standard";
}
/**
 * Eine in der Sitzung vereinbarte Aufgabe.
 */
export interface ActionItem {
  /**
   * Was zu tun ist, z. B. Entwurf der Vereinbarung an alle Partner versenden.
   */
  text: string;
  /**
   * Wer die Aufgabe erledigt, in Worten, z. B. Geschäftsstelle IKZ.
   */
  owner?: string;
  /**
   * Bis wann, z. B. 2025-06-30.
   */
  due?: string;
}

/**
 * Kopfdaten eines Projektberichts in reports/<projekt-id>/<zeitraum>.md. Abgenommen wird er durch einen Beschluss accept_report; danach bleibt er unverändert.
 */
export interface Report {
  /**
   * Projekt, über das berichtet wird, z. B. IKZ-2025-003.
   */
  project: string;
  /**
   * Quartal wie 2025-Q2 oder assessment (Vorteilhaftigkeitsprüfung), final (Abschluss), evaluation (Evaluation); gleich dem Dateinamen.
   */
  period: string;
  /**
   * quarterly (Quartalsbericht), milestone (Meilensteinbericht), assessment (Bericht zur Vorteilhaftigkeitsprüfung), final (Abschlussbericht) oder evaluation (Evaluationsbericht).
   */
  kind: "quarterly" | "milestone" | "assessment" | "final" | "evaluation";
  /**
   * Datum, an dem der Bericht vorgelegt wurde, z. B. 2025-07-20.
   */
  submitted: string;
  /**
   * Name der berichtenden Person, z. B. Anna Beispiel.
   */
  author?: string;
  lights: Lights;
  /**
   * Geschätzter Gesamtfortschritt in Prozent, z. B. 40.
   */
  progress_pct?: number;
  /**
   * Im Berichtszeitraum erzielte Einsparung in Euro, z. B. 24000.
   */
  savings_realized_eur?: number;
  /**
   * Im Berichtszeitraum erhaltene Fördermittel in Euro, z. B. 50000.
   */
  funding_received_eur?: number;
  /**
   * Stand der Meilensteine des Projekts.
   *
   * @maxItems 500
   */
  milestones?: MilestoneStatus[];
  /**
   * Risiken mit Bewertung und Gegenmaßnahme; intern.
   *
   * @maxItems 500
   */
  risks?: Risk[];
  /**
   * Unterstützung, die das Projekt von der Lenkungsgruppe braucht; intern.
   *
   * @maxItems 500
   */
  support_needed?: SupportRequest[];
  /**
   * Bitten oder Entscheidungsbedarfe an die Lenkungsgruppe, je ein Text, z. B. [Freigabe der Stellenausschreibung].
   *
   * @maxItems 500
   *
   * Items: Freier Text, höchstens 2000 Zeichen.
   */
  requests?: string[];
  /**
   * Weitestes Publikum, das diesen Datensatz sehen darf: public (öffentlich), council (Gremien und Verwaltungen) oder internal (nur Lenkungsgruppe und Koordination). Ohne Angabe: council.
   */
  visibility?: "public" | "council" | "internal";
  /**
   * true, wenn der Datensatz zu einem Beispielregister gehört und nur illustrative Zahlen enthält.
   */
  sample?: boolean;
}
/**
 * Ampelbewertung des Projektstands.
 */
export interface Lights {
  /**
   * Gesamtbewertung: green (Grün – im Plan), yellow (Gelb – Abweichung, beherrschbar) oder red (Rot – Unterstützung oder Entscheidung nötig).
   */
  overall: "green" | "yellow" | "red";
  /**
   * Termine und Meilensteine: green (Grün), yellow (Gelb) oder red (Rot).
   */
  schedule?: "green" | "yellow" | "red";
  /**
   * Kosten und Budget: green (Grün), yellow (Gelb) oder red (Rot).
   */
  costs?: "green" | "yellow" | "red";
  /**
   * Qualität der Ergebnisse: green (Grün), yellow (Gelb) oder red (Rot).
   */
  quality?: "green" | "yellow" | "red";
  /**
   * Personal und Sachmittel: green (Grün), yellow (Gelb) oder red (Rot).
   */
  resources?: "green" | "yellow" | "red";
}
/**
 * Stand eines Meilensteins im Bericht.
 */
export interface MilestoneStatus {
  /**
   * Kennung des Meilensteins im Projekt, z. B. M2.
   */
  id: string;
  /**
   * open (offen), on_track (im Plan), at_risk (gefährdet), late (verspätet) oder done (erreicht).
   */
  status: "open" | "on_track" | "at_risk" | "late" | "done";
  /**
   * Erreicht am (bei done) oder aktuelle Prognose, z. B. 2025-10-31.
   */
  date?: string;
}
/**
 * Ein Risiko für den Erfolg des Projekts.
 */
export interface Risk {
  /**
   * Beschreibung des Risikos, z. B. Ausschreibung der Stelle bleibt erfolglos.
   */
  text: string;
  /**
   * Eintrittswahrscheinlichkeit: 1 (gering), 2 (mittel) oder 3 (hoch).
   */
  probability?: number;
  /**
   * Schadenshöhe bei Eintritt: 1 (gering), 2 (mittel) oder 3 (hoch).
   */
  impact?: number;
  /**
   * Was getan wird, z. B. Abordnung aus einer Partnerkommune prüfen.
   */
  measure?: string;
}
/**
 * Benötigte Unterstützung durch die Lenkungsgruppe.
 */
export interface SupportRequest {
  /**
   * methodical (methodisch), technical (fachlich) oder mediation (Vermittlung).
   */
  kind: "methodical" | "technical" | "mediation";
  /**
   * Welche Unterstützung gebraucht wird, z. B. Moderation der Verhandlung zum Kostenschlüssel.
   */
  text?: string;
}

/**
 * Kopfdaten einer Erfahrung in lessons/<id>-<slug>.md; der Text gliedert sich in Ausgangssituation, Erkenntnis und Empfehlung.
 */
export interface Lesson {
  /**
   * Kennung der Erfahrung, gleich dem Anfang des Dateinamens, z. B. LL-2025-001.
   */
  id: string;
  /**
   * Die Erkenntnis in einem Satz, z. B. Gremienbeschlüsse früh planen.
   */
  title: string;
  /**
   * Datum der Erfassung, z. B. 2025-11-03.
   */
  date: string;
  /**
   * Projekt, aus dem die Erfahrung stammt (optional), z. B. IKZ-2025-003.
   */
  project?: string;
  /**
   * success (Erfolg), failure (Misserfolg) oder note (Hinweis).
   */
  kind: "success" | "failure" | "note";
  /**
   * technical (fachlich), methodical (methodisch), legal (rechtlich), funding (Förderung), staff (Personal), communication (Kommunikation) oder finance (Finanzen).
   */
  category: "technical" | "methodical" | "legal" | "funding" | "staff" | "communication" | "finance";
  /**
   * Handlungsfelder aus ikz.yaml, für die die Erfahrung nützlich ist, z. B. [finanzen, ordnungswesen].
   *
   * @maxItems 500
   *
   * Items: Kennung eines Handlungsfelds aus ikz.yaml (fields[].id), z. B. ordnungswesen.
   */
  applies_to?: string[];
  /**
   * Freie Schlagwörter zum Filtern, z. B. [digitalisierung, ordnungsamt].
   *
   * @maxItems 500
   */
  tags?: string[];
  /**
   * Name der Person, die die Erfahrung festgehalten hat, z. B. Marion Götz.
   */
  author?: string;
  /**
   * true, wenn die Lenkungsgruppe die Erfahrung zur Weitergabe freigegeben hat.
   */
  released: boolean;
  /**
   * Projekte, die die Erfahrung genutzt haben, z. B. [IKZ-2025-005].
   *
   * @maxItems 500
   *
   * Items: Kennung eines Projekts: <Präfix>-<Jahr>-<laufende Nummer>, z. B. IKZ-2025-003.
   */
  applied_in?: string[];
  /**
   * Weitestes Publikum, das diesen Datensatz sehen darf: public (öffentlich), council (Gremien und Verwaltungen) oder internal (nur Lenkungsgruppe und Koordination). Ohne Angabe: public, wenn freigegeben, sonst internal.
   */
  visibility?: "public" | "council" | "internal";
  /**
   * true, wenn der Datensatz zu einem Beispielregister gehört und nur illustrative Zahlen enthält.
   */
  sample?: boolean;
}
