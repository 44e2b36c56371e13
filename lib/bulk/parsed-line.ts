/** One person of a pasted list or a CSV row, as read: an address and a name, or the reason it cannot go. */
export interface ParsedLine {
  /** The line (pasted text) or row (CSV file) number, from 1. */
  line: number;
  /** What the line said, for the review and the results. */
  text: string;
  email?: string;
  name?: string;
  problem?: string;
}

export interface ParsedList {
  lines: ParsedLine[];
  /** The whole list cannot be used (empty, too long, unreadable): nothing is reviewed. */
  error?: string;
  /** Worth knowing, not blocking (an encoding guessed, say). */
  note?: string;
}
