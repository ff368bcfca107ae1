// The guided sidebar's contract with the server: the step-by-step overview of the current period,
// the settings form, and "go to this cell". Pure types and lazily built schemas (the sidebar
// imports the types only).
import * as z from 'zod/mini';
import type { ClosePeriodView, ReportRequest } from '../api.ts';

export type StepId = 'setup' | 'plan' | 'check' | 'distribute' | 'follow' | 'report' | 'close';

export interface StepView {
  id: StepId;
  /** 1-based position: 1 Thiết lập … 7 Chốt kỳ. */
  number: number;
  title: string;
  /** Done for the period shown. */
  done: boolean;
  /** What was done, or what to do next, in one sentence. */
  next: string;
}

export type BoardState = 'submitted' | 'late' | 'sentBack' | 'missing' | 'noSheet';

export interface BoardUnitView {
  unit: string;
  state: BoardState;
  /** "Đã nộp 18/12/2026 09:30", "Chưa nộp", "Trả lại: III.19"… */
  text: string;
  sheetName: string | null;
  editors: string[];
}

export interface BoardView {
  /** Units that must report (they lead a task or a KPI). */
  expected: number;
  submitted: number;
  late: number;
  sentBack: number;
  /** No submission yet, or no sheet at all. */
  missing: number;
  units: BoardUnitView[];
}

export interface SettingsFormView {
  /** The sheet "Cài đặt" exists. */
  saved: boolean;
  rhythm: string;
  rule: string;
  coordinator: string;
  /** Editors of the coordinating office, from "Đơn vị". */
  emails: string[];
  rhythms: string[];
  ruleExamples: string[];
  /** Unit names of the directory, for the coordinator dropdown. */
  units: string[];
}

export interface OverviewView {
  period: string;
  periodLabel: string;
  deadline: string;
  closed: boolean;
  /** Why the settings could not be read, when they cannot (the steps still show). */
  problem?: { message: string; sheet?: string; row?: number };
  settings: SettingsFormView;
  steps: StepView[];
  /** The first step not done yet. */
  nextStep: StepId | null;
  board: BoardView;
  summarySheet: string | null;
  user: string;
  /** The user runs the coordinating office's steps (owner, its editors, or no editor listed). */
  coordinator: boolean;
  /** Units listing the user as an editor. */
  myUnits: Array<{ unit: string; sheetName: string | null; state: BoardState; text: string }>;
}

export type AskCloseView =
  ({ cancelled: false } & ClosePeriodView) | { cancelled: true; period: string };

/** The guided sidebar's server functions. */
export interface GuideApi {
  getOverview(request?: ReportRequest): OverviewView;
  saveReportSettings(request: SaveSettingsRequest): OverviewView;
  goToCell(request: GoToRequest): { sheet: string };
  askClosePeriod(request?: ReportRequest): AskCloseView;
}

/** The settings form: rhythm, due-day rule, coordinating office, its emails (";"-separated). */
export type SaveSettingsRequest = z.input<ReturnType<typeof build>['settings']>;
/** A sheet, and a cell ("F12") or a row (column A) on it. */
export type GoToRequest = z.input<ReturnType<typeof build>['goTo']>;

let schemas: ReturnType<typeof build> | undefined;
function build() {
  const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
  return {
    settings: z.object({
      rhythm: text(40).check(z.minLength(1)),
      rule: text(200).check(z.minLength(1)),
      coordinator: text(200).check(z.minLength(1)),
      emails: text(2000),
    }),
    goTo: z.object({
      sheet: text(200).check(z.minLength(1)),
      cell: z.optional(z.string().check(z.regex(/^[A-Z]{1,3}\d{1,7}$/))),
      row: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000))),
    }),
  };
}

export function guideSchemas() {
  schemas ??= build();
  return schemas;
}
