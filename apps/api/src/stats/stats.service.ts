import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProblemError } from '../common/problem.js';
import { decidedPerDay, decisionsPerEditor, disputedByOutlet, openByScore, timeToVerdict, type Period } from './stats-queries.js';
import type { StatsDto, StatsQuery } from './stats.dto.js';

const DAY_MS = 86_400_000;
/** A chart of more days than this is unreadable, and the per-day series is generated row by row. */
const MAX_STATS_DAYS = 366;

@Injectable()
export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  async overview(query: StatsQuery): Promise<StatsDto> {
    const period = periodOf(query);
    const em = this.dataSource.manager;
    const [days, wait, open, editors, outlets] = await Promise.all([
      decidedPerDay(em, period),
      timeToVerdict(em, period),
      openByScore(em),
      decisionsPerEditor(em, period),
      disputedByOutlet(em, period),
    ]);
    return { since: period.since.toISOString(), until: period.until.toISOString(), decidedPerDay: days, timeToVerdict: wait, openByScore: open, decisionsPerEditor: editors, disputedByOutlet: outlets };
  }
}

function periodOf(query: StatsQuery, now = new Date()): Period {
  const until = query.until ? new Date(query.until) : now;
  const since = query.since ? new Date(query.since) : new Date(until.getTime() - 30 * DAY_MS);
  if (Number.isNaN(until.getTime()) || Number.isNaN(since.getTime())) throw new ProblemError('validation-failed', 'since and until must be ISO 8601 dates.');
  if (since >= until) throw new ProblemError('validation-failed', 'since must be before until.');
  if (until.getTime() - since.getTime() > MAX_STATS_DAYS * DAY_MS) throw new ProblemError('validation-failed', `The period can be at most ${MAX_STATS_DAYS} days.`);
  return { since, until };
}
