import { describe, expect, it } from 'vitest';
import { AuditCursor } from './audit-cursor.js';

const rows = (...ids: number[]) => ids.map((id) => ({ id: String(id) }));
const ids = (list: Array<{ id: string }>) => list.map((r) => Number(r.id));

describe(AuditCursor.name, () => {
  it('returns new rows in id order and asks for ids above the last one seen', () => {
    const sut = new AuditCursor('10');
    expect(sut.next(0)).toEqual({ after: '10', gaps: [] });
    expect(ids(sut.accept(rows(12, 11, 13), 0))).toEqual([11, 12, 13]);
    expect(sut.next(0)).toEqual({ after: '13', gaps: [] });
  });

  it('drops rows it has already returned', () => {
    const sut = new AuditCursor('0');
    sut.accept(rows(1, 2), 0);
    expect(ids(sut.accept(rows(1, 2, 3, 3), 0))).toEqual([3]);
  });

  it('asks again for an id that committed after a higher one, and returns it once when it appears', () => {
    const sut = new AuditCursor('10');
    expect(ids(sut.accept(rows(12), 0))).toEqual([12]);
    expect(sut.next(100)).toEqual({ after: '12', gaps: ['11'] });
    expect(ids(sut.accept(rows(11, 12), 200))).toEqual([11]);
    expect(sut.next(300)).toEqual({ after: '12', gaps: [] });
    expect(ids(sut.accept(rows(11), 400))).toEqual([]);
  });

  it('forgets a gap that never fills (a rolled-back insert)', () => {
    const sut = new AuditCursor('1', 1_000);
    sut.accept(rows(3), 0);
    expect(sut.next(500).gaps).toEqual(['2']);
    expect(sut.next(1_500).gaps).toEqual([]);
    expect(ids(sut.accept(rows(2), 1_600))).toEqual([]);
  });

  it('keeps at most maxGaps gaps after a large jump', () => {
    const sut = new AuditCursor('0', 10_000, 5);
    sut.accept(rows(1_000_000), 0);
    expect(sut.next(0).gaps).toEqual(['999995', '999996', '999997', '999998', '999999']);
  });
});
