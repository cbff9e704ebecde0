/**
 * The KPI catalogue of the controlling summary: every figure defined once, with German and English name and
 * definition. The figures are computed in the sibling modules; the report prints this list as its appendix.
 */

/** Unit of a key figure. */
export type KpiUnit = "count" | "euro" | "euro_per_year" | "percent" | "days";

/** One defined key figure. */
export interface Kpi {
  id: string;
  /** The report section it appears in. */
  section: "portfolio" | "decisions" | "milestones" | "reports" | "money" | "participation" | "process" | "watch";
  name: { de: string; en: string };
  definition: { de: string; en: string };
  unit: KpiUnit;
}

const k = (id: string, section: Kpi["section"], unit: KpiUnit, de: [string, string], en: [string, string]): Kpi => ({ id, section, unit, name: { de: de[0], en: en[0] }, definition: { de: de[1], en: en[1] } });

/** Every key figure of the controlling summary, in report order. */
export const KPI_CATALOGUE: readonly Kpi[] = [
  k("projects_by_phase", "portfolio", "count", ["Projekte je Phase", "Anzahl der Projekte je Phase im Register zum Quartalsbeginn (Stand Ende des Vortags) und zum Quartalsende."], ["Projects per phase", "Number of projects per phase in the register at the quarter's start (as of the end of the day before) and at its end."]),
  k("active_projects", "portfolio", "count", ["Aktive Projekte", "Projekte in den Phasen Idee bis Evaluation zum Quartalsende (ohne zurückgestellte, abgeschlossene und abgebrochene)."], ["Active projects", "Projects in the phases idea to evaluation at the quarter's end (without projects on hold, closed or cancelled)."]),
  k("phase_transitions", "portfolio", "count", ["Phasenwechsel", "Beschlüsse mit Datum im Quartal, die die Phase eines Projekts geändert haben (Nachspielen der Beschlüsse)."], ["Phase transitions", "Decisions dated in the quarter that changed a project's phase (replay of the decisions)."]),
  k("new_projects", "portfolio", "count", ["Neue Projekte", "Projekte, deren Anlagedatum (created) im Quartal liegt."], ["New projects", "Projects whose creation date (created) lies in the quarter."]),
  k("closed_projects", "portfolio", "count", ["Abgeschlossene Projekte", "Projekte, die durch einen Beschluss im Quartal in die Phase Abgeschlossen gewechselt sind."], ["Closed projects", "Projects moved to closed by a decision dated in the quarter."]),
  k("cancelled_projects", "portfolio", "count", ["Abgebrochene Projekte", "Projekte, die durch einen Beschluss im Quartal abgebrochen wurden, mit Begründung."], ["Cancelled projects", "Projects cancelled by a decision dated in the quarter, with the reason."]),
  k("decisions", "decisions", "count", ["Beschlüsse", "Beschlüsse mit Datum im Quartal, nach Art und Ergebnis; wirksam sind die Ergebnisse zugestimmt und zugestimmt mit Auflagen."], ["Decisions", "Decisions dated in the quarter, by type and outcome; approved and approved with conditions take effect."]),
  k("meetings", "decisions", "count", ["Sitzungen", "Sitzungen der Lenkungsgruppe mit Datum im Quartal und die Zahl der Beschlüsse, die sie nennen."], ["Meetings", "Steering-group meetings dated in the quarter and the number of decisions naming them."]),
  k("milestones_due", "milestones", "count", ["Fällige Meilensteine", "Meilensteine mit Fälligkeit im Quartal (ohne abgebrochene Projekte)."], ["Milestones due", "Milestones due in the quarter (cancelled projects left out)."]),
  k("milestones_met", "milestones", "count", ["Termingerecht erreicht", "Davon bis zum Fälligkeitstag erledigt."], ["Met on time", "Of those, done by the due date."]),
  k("milestones_late", "milestones", "count", ["Verspätet erreicht", "Davon nach dem Fälligkeitstag, aber bis zum Stichtag erledigt."], ["Met late", "Of those, done after the due date but by the reference date."]),
  k("milestones_open", "milestones", "count", ["Offen", "Davon am Stichtag nicht erledigt."], ["Open", "Of those, not done by the reference date."]),
  k("milestones_on_time_rate", "milestones", "percent", ["Termintreue", "Termingerecht erreichte Meilensteine in Prozent der im Quartal fälligen."], ["On-time rate", "Milestones met on time as a percentage of those due in the quarter."]),
  k("forecasts_slipped", "milestones", "count", ["Verschobene Prognosen", "Offene Meilensteine, deren Prognose am Quartalsende später liegt als zu Quartalsbeginn (ohne frühere Prognose: als der Fälligkeitstag); mit Verschiebung in Tagen."], ["Slipped forecasts", "Open milestones whose forecast at the quarter's end is later than at its start (without an earlier forecast: than the due date); with the shift in days."]),
  k("milestones_overdue", "milestones", "count", ["Überfällige Meilensteine", "Meilensteine laufender Projekte, deren Fälligkeit vor dem Stichtag liegt und die nicht erledigt sind."], ["Overdue milestones", "Milestones of running projects due before the reference date and not done."]),
  k("reports_due", "reports", "count", ["Fällige Quartalsberichte", "Quartalsberichte, deren Frist (Quartalsende + report_due_days aus ikz.yaml) im Quartal endet, für Projekte, die am Ende des Berichtsquartals in Umsetzung oder Regelbetrieb waren."], ["Quarterly reports due", "Quarterly reports whose deadline (quarter end + report_due_days in ikz.yaml) falls in the quarter, for projects in implementation or operation at the end of the reported quarter."]),
  k("reports_received", "reports", "count", ["Eingegangene Berichte", "Davon bis zum Stichtag eingereicht; fristgerecht, wenn bis zur Frist eingereicht."], ["Reports received", "Of those, submitted by the reference date; on time when submitted by the deadline."]),
  k("report_compliance", "reports", "percent", ["Berichtsquote", "Eingegangene in Prozent der fälligen Quartalsberichte."], ["Reporting rate", "Reports received as a percentage of quarterly reports due."]),
  k("traffic_lights", "reports", "count", ["Ampeln", "Je Dimension (Gesamt, Termine, Kosten, Qualität, Ressourcen) die Zahl der laufenden Projekte, deren letzter Bericht bis zum Stichtag grün, gelb oder rot zeigt."], ["Traffic lights", "Per dimension (overall, schedule, costs, quality, resources) the number of running projects whose latest report by the reference date shows green, yellow or red."]),
  k("savings_planned", "money", "euro_per_year", ["Geplante Einsparungen", "Summe der geplanten jährlichen Einsparungen (savings_planned_eur) der aktiven und abgeschlossenen Projekte; eigens ausgewiesen der Anteil der Projekte in Regelbetrieb, Evaluation oder abgeschlossen."], ["Planned savings", "Sum of planned annual savings (savings_planned_eur) of active and closed projects; shown separately for projects in operation, evaluation or closed."]),
  k("savings_realized", "money", "euro", ["Realisierte Einsparungen", "Summe der in Projektberichten gemeldeten realisierten Einsparungen, gezählt nach dem Einreichungsdatum des Berichts: im Quartal, seit Jahresbeginn und insgesamt bis zum Stichtag."], ["Realised savings", "Sum of realised savings reported in project reports, counted by the report's submission date: in the quarter, year to date and cumulated up to the reference date."]),
  k("savings_rate", "money", "percent", ["Einsparquote", "Geplante jährliche Einsparung geteilt durch die jährlichen Ausgangskosten (baseline_costs_eur) je Projekt, verglichen mit der Mindestquote des Förderprogramms aus ikz.yaml (Hessen: 15 %)."], ["Savings rate", "Planned annual savings divided by annual baseline costs (baseline_costs_eur) per project, compared with the funding program's minimum rate from ikz.yaml (Hessen: 15 %)."]),
  k("funding", "money", "euro", ["Förderung", "Summe und Zahl der Förderposten aller Projekte je Status (geplant, beantragt, bewilligt, ausgezahlt, abgelehnt) am Stichtag; dazu die Posten mit Datum im Quartal."], ["Funding", "Sum and number of funding entries of all projects by status (planned, applied, granted, paid, rejected) at the reference date; plus entries dated in the quarter."]),
  k("participation", "participation", "count", ["Beteiligung je Kommune", "Je Kommune die nicht abgebrochenen Projekte, in denen sie federführend oder Partnerin ist, und die Zahl verschiedener Kommunen, mit denen sie kooperiert."], ["Participation per municipality", "Per municipality the projects (not cancelled) it leads or takes part in, and the number of different municipalities it cooperates with."]),
  k("lead_time_idea_mandate", "process", "days", ["Durchlaufzeit Idee → Projektauftrag", "Median der Tage vom Anlagedatum bis zum wirksamen Projektauftrag, über alle Projekte, die ihn bis zum Stichtag erhielten."], ["Lead time idea → project order", "Median days from creation to the effective project order, over all projects that had one by the reference date."]),
  k("lead_time_mandate_operation", "process", "days", ["Durchlaufzeit Projektauftrag → Regelbetrieb", "Median der Tage vom Projektauftrag bis zur Betriebsaufnahme."], ["Lead time project order → operation", "Median days from the project order to the start of operation."]),
  k("lead_time_idea_operation", "process", "days", ["Durchlaufzeit Idee → Regelbetrieb", "Median der Tage vom Anlagedatum bis zur Betriebsaufnahme."], ["Lead time idea → operation", "Median days from creation to the start of operation."]),
  k("cooperation_share", "process", "percent", ["Umsetzungsquote geprüfter Projekte", "Projekte mit Projektauftrag (Vorteilhaftigkeitsprüfung), die die Umsetzung erreicht haben, in Prozent derer, deren Weg entschieden ist (Umsetzung erreicht oder abgebrochen)."], ["Share of assessed projects that became cooperations", "Projects with a project order (assessment) that reached implementation, as a percentage of those whose path is decided (implementation reached or cancelled)."]),
  k("open_risks", "watch", "count", ["Offene Risiken", "Risiken aus dem jeweils letzten Bericht laufender Projekte bis zum Stichtag; Bewertung = Wahrscheinlichkeit × Auswirkung (je 1–3). Nur intern."], ["Open risks", "Risks from the latest report of each running project by the reference date; score = probability × impact (1–3 each). Internal only."]),
  k("support_given", "watch", "count", ["Unterstützung", "Wirksame Unterstützungsbeschlüsse (methodisch, fachlich, Vermittlung) mit Datum im Quartal."], ["Support given", "Effective support decisions (methodical, technical, mediation) dated in the quarter."]),
  k("overdue_conditions", "watch", "count", ["Überfällige Auflagen", "Auflagen wirksamer Beschlüsse, deren Frist vor dem Stichtag liegt und die nicht als erledigt eingetragen sind."], ["Overdue conditions", "Conditions of effective decisions due before the reference date and not recorded as done."]),
  k("lessons", "watch", "count", ["Erfahrungen", "Erfahrungen (Lessons Learned) mit Datum im Quartal."], ["Lessons", "Lessons learned dated in the quarter."]),
];
