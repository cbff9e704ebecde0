import { DECISION_TYPE_LABELS, PHASE_LABELS, type DecisionType, type Phase } from "../../domain/lifecycle.js";
import { translate } from "../../i18n/index.js";
import { controllingMessages } from "../../i18n/controlling-messages.js";
import type { CellType, ExportColumn, Lang } from "../document.js";

/** Translation and label helpers for building the controlling document in one language. */
export interface Labels {
  lang: Lang;
  t(key: string, params?: Record<string, string | number>): string;
  col(key: string, type?: CellType, labelKey?: string): ExportColumn;
  phase(p: Phase | string): string;
  decisionType(type: string): string;
  /** A code's label from the catalogue (`prefix.code`), or the code itself when the catalogue has none. */
  code(prefix: string, code: string | undefined): string;
}

/** Labels in one language. */
export function makeLabels(lang: Lang): Labels {
  const t = (key: string, params?: Record<string, string | number>) => translate(controllingMessages, lang, key, params);
  return {
    lang,
    t,
    col: (key, type = "text", labelKey = `col.${key}`) => ({ key, label: t(labelKey), type }),
    phase: (p) => PHASE_LABELS[p as Phase]?.[lang] ?? p,
    decisionType: (type) => DECISION_TYPE_LABELS[type as DecisionType]?.[lang] ?? type,
    code: (prefix, code) => (code === undefined ? "" : `${prefix}.${code}` in controllingMessages ? t(`${prefix}.${code}`) : code),
  };
}
