// The add-on's sheet colours, in one place so every table it writes looks alike.

export const COLOURS = {
  /** Header rows of every table. */
  header: '#cfe2f3',
  /** Title rows and section rows. */
  title: '#fce5cd',
  /** Done, submitted, and the header of the directory and the log. */
  done: '#d9ead3',
  /** Overdue rows in a plan table (conditional format). */
  overdue: '#f4c7c3',
  /** Needs attention: an overdue task in the summary, a cell marked invalid by a check. */
  alert: '#f4cccc',
  /** Due soon (conditional format). */
  nearDue: '#fce8b2',
  /** In progress; a warning. */
  warning: '#fff2cc',
  /** Cells a unit may not type in. */
  fixed: '#f3f3f3',
} as const;
