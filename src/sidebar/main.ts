// The sidebar: one panel per action.
import { mountKpi } from './panels/kpi.ts';
import { mountScaffold } from './panels/scaffold.ts';

mountKpi();
void mountScaffold();
