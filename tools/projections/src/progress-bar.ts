/**
 * A one-line progress bar on stderr (events replayed / events in the log), redrawn in place.
 * The log may grow while a rebuild runs, so the count can pass the total: the bar stays full.
 */
const WIDTH = 30;

export interface ProgressBar {
  readonly update: (done: number) => void;
  readonly done: (done: number) => void;
}

export function progressBar(label: string, total: number | undefined): ProgressBar {
  let last = 0;
  const draw = (done: number, end: string): void => {
    const now = Date.now();
    if (end === '' && now - last < 100) return;
    last = now;
    if (total === undefined || total === 0) {
      process.stderr.write(`\r${label}: ${done} events${end}`);
      return;
    }
    const share = Math.min(done / total, 1);
    const filled = Math.round(share * WIDTH);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
    process.stderr.write(`\r${label} [${bar}] ${done}/${total} events (${Math.floor(share * 100)}%)${end}`);
  };
  return { update: (done) => draw(done, ''), done: (done) => draw(done, '\n') };
}
