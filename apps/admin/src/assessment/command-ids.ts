// Command ids for a form's mutations. A request that failed in transit may still have been
// applied, so sending the same answers again reuses its id and the API applies it at most once;
// changed answers are a new command with a new id.
import { newCommandId } from '../graphql';

export class CommandIds {
  private inDoubt: { readonly answers: string; readonly id: string } | null = null;

  constructor(private readonly fresh: () => string = newCommandId) {}

  /** The id to send these answers with. */
  idFor(answers: string): string {
    return this.inDoubt?.answers === answers ? this.inDoubt.id : this.fresh();
  }

  /** The request carrying these answers got no answer: its outcome is unknown. */
  markInDoubt(answers: string, id: string): void {
    this.inDoubt = { answers, id };
  }

  /** The API answered (either way): the next attempt is a new command. */
  settle(): void {
    this.inDoubt = null;
  }
}
