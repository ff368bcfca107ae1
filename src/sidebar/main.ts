// The sidebar: the steps of a period first, each step's panel on demand.
import { refreshOverview } from './overview.ts';
import { mountImport } from './panels/import.ts';
import { mountKpi } from './panels/kpi.ts';
import { mountReport } from './panels/report.ts';
import { mountRemind } from './panels/remind.ts';
import { mountScaffold } from './panels/scaffold.ts';
import { mountSteps } from './panels/steps.ts';

mountSteps();
mountImport();
mountKpi();
void mountScaffold();
mountReport();
mountRemind();
void refreshOverview();
