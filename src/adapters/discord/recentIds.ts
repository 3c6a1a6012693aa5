// The ids of recently handled gateway events, so that one replayed on a resumed session in this
// process is not acted on (or answered) twice. The service's own record covers other processes.
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True the first time an id is seen. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    if (this.ids.size >= this.capacity) this.ids.delete(this.ids.values().next().value!);
    this.ids.add(id);
    return true;
  }
}
