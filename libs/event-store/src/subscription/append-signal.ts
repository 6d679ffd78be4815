/**
 * The in-process wake-up an adapter raises after each successful append, so a subscription in
 * the same process sees a write at once instead of at its next poll.
 */
export class AppendSignal {
  private readonly listeners = new Set<() => void>();

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}
