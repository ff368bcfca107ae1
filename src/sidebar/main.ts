// The sidebar: one panel per action.
import { mountImport } from './panels/import.ts';
import { mountKpi } from './panels/kpi.ts';
import { mountScaffold } from './panels/scaffold.ts';
import { mountReport } from './panels/report.ts';
import { mountRemind } from './panels/remind.ts';

mountImport();
mountKpi();
void mountScaffold();
mountReport();
mountRemind();
