// One warning for a repair applied to many rows (Maven's 1,480 'GTXPro' products), instead
// of one per row: the count, and the first line and value so that the user can look.
import type { ProblemSink } from './import-plan.ts';

export class RepairTally {
  private count = 0;
  private firstLine: number | null = null;
  private firstValue: string | null = null;

  constructor(
    private readonly file: string,
    private readonly column: string | null,
    /** The warning text, given how many rows were repaired: "1,425 deals have no account; ...". */
    private readonly describe: (count: string) => string,
  ) {}

  note(line: number, value: string | null): void {
    this.count += 1;
    if (this.firstLine === null) {
      this.firstLine = line;
      this.firstValue = value;
    }
  }

  /** Reports the summary warning (if anything was noted) and starts counting afresh. */
  flush(sink: ProblemSink): void {
    if (this.count > 0) {
      sink.warning({
        file: this.file, line: this.firstLine, column: this.column, value: this.firstValue,
        message: `${this.describe(this.count.toLocaleString('en-US'))} (first at line ${this.firstLine})`,
      });
    }
    this.count = 0;
    this.firstLine = null;
    this.firstValue = null;
  }
}
