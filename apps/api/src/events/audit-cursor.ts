/**
 * Where a reader of the audit trail is, and which rows it may still be missing.
 *
 * Audit ids are handed out under the chain-head lock, which is held until commit (migration
 * 1765600000000), so they become visible in id order and a skipped id is almost always a rolled-back
 * insert. Ids skipped between two reads are still kept as gaps and asked for again for a while, so
 * a row written without the trigger (a restore, a hand repair) is not silently missed; a gap that
 * never fills is forgotten.
 */
export class AuditCursor {
  private last: bigint;
  /** Missing id → when it was first noticed missing (ms). */
  private readonly gaps = new Map<bigint, number>();

  constructor(
    start: string | bigint,
    private readonly gapTtlMs = 10_000,
    private readonly maxGaps = 1_000,
  ) {
    this.last = BigInt(start);
  }

  /** The query to run next: ids above `after`, and the still-missing ids below it. */
  next(now: number): { after: string; gaps: string[] } {
    for (const [id, since] of this.gaps) if (now - since > this.gapTtlMs) this.gaps.delete(id);
    return { after: this.last.toString(), gaps: [...this.gaps.keys()].map(String) };
  }

  /** Takes rows in any order, duplicates included, and returns those not seen before, by id. */
  accept<T extends { id: string }>(rows: T[], now: number): T[] {
    const fresh: T[] = [];
    const seen = new Set<bigint>();
    for (const row of [...rows].sort((a, b) => compare(BigInt(a.id), BigInt(b.id)))) {
      const id = BigInt(row.id);
      if (seen.has(id)) continue;
      seen.add(id);
      if (id > this.last) {
        const from = id - this.last > BigInt(this.maxGaps) ? id - BigInt(this.maxGaps) : this.last + 1n;
        for (let missing = from; missing < id; missing++) this.gaps.set(missing, now);
        this.last = id;
        fresh.push(row);
      } else if (this.gaps.delete(id)) {
        fresh.push(row);
      }
    }
    // A burst of rolled-back inserts must not grow the list without bound: forget the oldest.
    for (const id of this.gaps.keys()) {
      if (this.gaps.size <= this.maxGaps) break;
      this.gaps.delete(id);
    }
    return fresh;
  }

  get position(): string {
    return this.last.toString();
  }
}

const compare = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
