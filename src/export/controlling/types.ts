import type { Phase } from "../../domain/lifecycle.js";
import type { Audience, ExportSource } from "../document.js";

/** Computed figures of one quarter's controlling summary: what `--format json` prints (schemas/controlling.schema.json). */
export interface ControllingData {
  kind: "controlling";
  schemaVersion: 1;
  quarter: { label: string; start: string; end: string; provisional: boolean; referenceDate: string };
  register: { name: string; sample: boolean };
  audience: Audience;
  /** True when the register has reports but the audience may see none (the public edition): report figures and realised savings are empty, not zero. */
  reportsWithheld?: true;
  /** True when the register has meetings but the audience may see none (meetings are internal by default): the meeting count is not 0 but withheld. */
  meetingsWithheld?: true;
  source: { end: ExportSource; start?: ExportSource };
  portfolio: PortfolioKpis;
  decisions: DecisionKpis;
  meetings: MeetingKpis;
  milestones: MilestoneKpis;
  reports: ReportKpis;
  money: MoneyKpis;
  participation: ParticipationKpis;
  process: ProcessKpis;
  watch: WatchKpis;
}

export interface ProjectRef {
  project: string;
  title: string;
}

export interface PortfolioKpis {
  phases: Array<{ phase: Phase; start: number; end: number }>;
  totalStart: number;
  totalEnd: number;
  activeEnd: number;
  transitions: Array<ProjectRef & { date: string; from: Phase; to: Phase; decision: string; decisionType: string }>;
  /** `fieldName` and `leadName` are the names ikz.yaml gives the codes, where it has them. */
  newProjects: Array<ProjectRef & { created: string; field: string; fieldName?: string; lead?: string; leadName?: string }>;
  closed: Array<ProjectRef & { date: string; decision: string }>;
  cancelled: Array<ProjectRef & { date: string; decision: string; reason?: string }>;
}

export interface DecisionKpis {
  count: number;
  effective: number;
  byType: Array<{ type: string; count: number }>;
  byOutcome: Array<{ outcome: string; count: number }>;
  list: Array<{ id: string; date: string; type: string; outcome: string; body: string; project?: string; projectTitle?: string; meeting?: string }>;
}

export interface MeetingKpis {
  count: number;
  list: Array<{ id: string; date: string; kind: string; status: string; decisions: number }>;
}

export type MilestoneState = "met" | "late" | "open";

export interface MilestoneKpis {
  due: number;
  met: number;
  late: number;
  open: number;
  /** Met on time as a share of those due, 0–100; undefined when none was due. */
  onTimePct?: number;
  list: Array<ProjectRef & { milestone: string; milestoneTitle: string; due: string; forecast?: string; done?: string; state: MilestoneState; gate: boolean }>;
  slipped: Array<ProjectRef & { milestone: string; milestoneTitle: string; due: string; before: string; after: string; days: number }>;
  overdueAtEnd: number;
}

export type LightColour = "green" | "yellow" | "red";

export interface ReportKpis {
  /** The quarters whose report fell due in this quarter (normally the previous one). */
  periods: string[];
  due: number;
  received: number;
  onTime: number;
  /** Received as a share of due, 0–100; undefined when none was due. */
  compliancePct?: number;
  list: Array<ProjectRef & { period: string; dueDate: string; submitted?: string; state: "on_time" | "late" | "missing" }>;
  /** Latest light per dimension of the active projects' latest reports at the reference date. */
  lights: Array<{ dimension: "overall" | "schedule" | "costs" | "quality" | "resources"; green: number; yellow: number; red: number; none: number }>;
}

export interface FundingStatusSum {
  status: "planned" | "applied" | "granted" | "paid" | "rejected";
  count: number;
  eur: number;
  /** Entries of this status dated in the quarter. */
  inQuarterCount: number;
  inQuarterEur: number;
}

export interface MoneyKpis {
  plannedPerYearEur: number;
  plannedInOperationPerYearEur: number;
  realizedQuarterEur: number;
  realizedYearToDateEur: number;
  realizedCumulatedEur: number;
  thresholdPct?: number;
  thresholdProgram?: string;
  rates: Array<ProjectRef & { phase: Phase; baselineEur: number; savingsPlannedEur: number; ratePct: number; meetsThreshold?: boolean }>;
  byProject: Array<ProjectRef & { savingsPlannedEur?: number; realizedQuarterEur: number; realizedYearToDateEur: number; realizedCumulatedEur: number }>;
  /** Funding of projects that are not cancelled, by status (splitFunding). */
  funding: FundingStatusSum[];
  /** Granted or paid funding of cancelled projects: in no status sum, as it may have to be repaid. */
  fundingCancelled: { count: number; eur: number };
}

export interface ParticipationKpis {
  municipalities: Array<{ id: string; name: string; lead: number; partner: number; total: number; partners: number }>;
  matrix: Array<ProjectRef & { phase: Phase; roles: Record<string, "lead" | "partner"> }>;
}

export interface LeadTime {
  /** Projects that completed this stretch by the reference date. */
  count: number;
  medianDays?: number;
  /** Those that completed it in the quarter. */
  inQuarter: number;
}

export interface ProcessKpis {
  ideaToMandate: LeadTime;
  mandateToOperation: LeadTime;
  ideaToOperation: LeadTime;
  assessed: number;
  becameCooperation: number;
  cancelledAfterAssessment: number;
  stillOpen: number;
  /** Became cooperation as a share of assessed projects whose path is decided (cooperation or cancelled), 0–100. */
  cooperationSharePct?: number;
}

export interface WatchKpis {
  risks: Array<ProjectRef & { period: string; text: string; probability?: number; impact?: number; score?: number; measure?: string }>;
  support: Array<ProjectRef & { decision: string; date: string; kind?: string; outcome: string }>;
  overdueConditions: Array<ProjectRef & { decision: string; index: number; text: string; due: string; owner?: string; ownerName?: string }>;
  /** Quarterly reports whose deadline passed before the quarter, still missing at the reference date (none when reports are withheld). */
  carriedReports: Array<ProjectRef & { period: string; due: string }>;
  /** Milestones due before the quarter, still open at the reference date. */
  carriedMilestones: Array<ProjectRef & { milestone: string; milestoneTitle: string; due: string; forecast?: string }>;
  lessons: Array<{ id: string; title: string; date: string; project?: string; kind: string; category: string; released: boolean; /** Markdown from the lesson body (its finding and recommendation). */ excerpt?: string }>;
}
