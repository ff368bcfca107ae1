/** Apps Script NUMBER_* criteria ↔ the operator names xlsx uses for both cellIs rules and data validation. */

const OPERATOR_OF: Record<string, NumberOperator> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

export type NumberOperator =
  | 'between'
  | 'notBetween'
  | 'equal'
  | 'notEqual'
  | 'greaterThan'
  | 'greaterThanOrEqual'
  | 'lessThan'
  | 'lessThanOrEqual';

/** The xlsx operator of a NUMBER_* criteria name; undefined for any other criteria. */
export function numberOperator(criteria: string): NumberOperator | undefined {
  return OPERATOR_OF[criteria];
}

/** The NUMBER_* criteria name of an xlsx operator; undefined when there is none. */
export function numberCriteria(operator: string): string | undefined {
  return Object.entries(OPERATOR_OF).find(([, o]) => o === operator)?.[0];
}
