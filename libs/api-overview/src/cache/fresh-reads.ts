/**
 * One read shared by the callers that asked for it before it began. A read already under way when
 * a caller asks may have begun before something that caller must see (its own command, committed
 * and projected), so the caller waits for the next read instead, which every caller arriving
 * meanwhile shares: under load, one read per round trip rather than one per caller; alone, a
 * caller's read begins at once. Never an answer older than the call.
 */
export class FreshReads<T> {
  private underWay: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    const underWay = this.underWay;
    if (!underWay) return this.begin();
    this.next ??= underWay.then(
      () => this.beginNext(),
      () => this.beginNext(),
    );
    return this.next;
  }

  private beginNext(): Promise<T> {
    this.next = null;
    return this.begin();
  }

  private begin(): Promise<T> {
    const read = this.read();
    this.underWay = read;
    const done = () => {
      if (this.underWay === read) this.underWay = null;
    };
    read.then(done, done);
    return read;
  }
}
