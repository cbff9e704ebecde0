import type { Catalogue } from "./index.js";

/** Texts of the date-aware checks (`ikz check`, IKZ-CHK-…): what is late and what to do. Dates arrive formatted. */
export const checkMessages: Catalogue = {
  "IKZ-CHK-001": {
    de: "Meilenstein {milestone} „{title}“ war am {due} fällig und ist nicht als erreicht erfasst – erreicht: „ikz milestone set {project} {milestone} --done JJJJ-MM-TT“; sonst mit --forecast einen neuen Termin prognostizieren und die Lenkungsgruppe informieren",
    en: "milestone {milestone} '{title}' was due on {due} and is not recorded as reached – if reached: 'ikz milestone set {project} {milestone} --done YYYY-MM-DD'; otherwise forecast a new date with --forecast and inform the steering group",
  },
  "IKZ-CHK-002": {
    de: "Prognose {forecast} für Meilenstein {milestone} „{title}“ liegt nach dem geplanten Termin {due} – Verzug und Folgen im nächsten Projektbericht erläutern; ist der Termin nicht zu halten, eine Auftragsänderung vorschlagen",
    en: "forecast {forecast} for milestone {milestone} '{title}' is later than the planned date {due} – explain the delay and its effects in the next project report; if the date cannot be kept, propose a change of the project order",
  },
  "IKZ-CHK-003": {
    de: "Quartalsbericht {period} fehlt (fällig bis {due}) – mit „ikz report new {project} --period {period}“ anlegen und einreichen; die Ampel dazu mit --overall green, yellow oder red (im Terminal fragt ikz danach)",
    en: "quarterly report {period} is missing (due by {due}) – create and submit it with 'ikz report new {project} --period {period}', giving the light with --overall green, yellow or red (in a terminal ikz asks for it)",
  },
  "IKZ-CHK-004": {
    de: "Auflage {index} aus Beschluss {decision} war bis {due} zu erfüllen und ist nicht als erfüllt erfasst – erfüllen und erfassen (ikz condition done {decision} {index}) oder der Lenkungsgruppe berichten, warum sie offen ist",
    en: "condition {index} of decision {decision} was due by {due} and is not recorded as fulfilled – fulfil and record it (ikz condition done {decision} {index}) or report to the steering group why it is still open",
  },
  "IKZ-CHK-005": {
    de: "Projekt ist zurückgestellt, die Wiedervorlage war am {date} – der Lenkungsgruppe zur Wiederaufnahme oder zum Abbruch vorlegen",
    en: "project is on hold and its resubmission date was {date} – put it before the steering group to resume or cancel it",
  },
  // {declined}: empty, or the support decision after the report that did not take effect (findingRemedies "declined.support").
  "IKZ-CHK-006": {
    de: "Bericht {period} vom {submitted} steht insgesamt auf Rot, danach wurde keine Unterstützung beschlossen{declined} – Unterstützung in der nächsten Sitzung der Lenkungsgruppe beraten und beschließen",
    en: "report {period} of {submitted} is red overall and no support / mediation was approved after it{declined} – discuss and decide on support at the steering group's next meeting",
  },
  "IKZ-CHK-007": {
    de: "Förderantrag beim Programm {program} war zum {date} geplant und ist nicht als gestellt erfasst – Antrag stellen und erfassen (ikz set {project} funding[{index}].status=applied) oder das geplante Datum anpassen",
    en: "funding application to programme {program} was planned for {date} and is not recorded as submitted – submit and record it (ikz set {project} funding[{index}].status=applied) or change the planned date",
  },
};
