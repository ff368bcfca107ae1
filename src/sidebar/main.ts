// The sidebar: one panel per action.
import { mountScaffold } from './panels/scaffold.ts';

void mountScaffold();
