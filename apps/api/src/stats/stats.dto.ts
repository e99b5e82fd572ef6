import { IsDateString, IsOptional, MaxLength } from 'class-validator';

export class StatsQuery {
  /** Start of the period (inclusive, ISO 8601); defaults to 30 days before `until`. */
  @IsOptional()
  // strict: a well-formed but impossible date (2018-02-30) would otherwise reach PostgreSQL and fail there.
  @IsDateString({ strict: true })
  @MaxLength(40)
  since?: string;

  /** End of the period (exclusive, ISO 8601); defaults to now. */
  @IsOptional()
  @IsDateString({ strict: true })
  @MaxLength(40)
  until?: string;
}

/** Decisions (first verdicts and corrections) made on one UTC day, by the verdict decided. */
export class DecidedDayDto {
  /** YYYY-MM-DD (UTC). */
  day: string;
  verified: number;
  disputed: number;
  unsupported: number;
}

/** How long claims waited from creation to their first verdict, for first verdicts in the period. */
export class TimeToVerdictDto {
  /** How many first verdicts the figures are over. */
  count: number;
  /** Median wait in seconds; null when there were none. */
  medianSeconds: number | null;
  /** 90th percentile wait in seconds; null when there were none. */
  p90Seconds: number | null;
}

/** Open claims (now) with check-worthiness in [from, to). */
export class ScoreBucketDto {
  from: number;
  to: number;
  count: number;
}

export class EditorDecisionsDto {
  /** The token name that decided. */
  editor: string;
  decisions: number;
}

/** Of the decisions in the period (first verdicts and corrections) on claims of an outlet's articles, the share that disputed the claim. */
export class OutletDisputesDto {
  /** The article's outlet when the claim was decided. */
  outlet: string;
  /** Decisions in the period. */
  decided: number;
  /** Of them, disputed. */
  disputed: number;
  /** disputed / decided, 0 to 1. */
  share: number;
}

export class StatsDto {
  since: string;
  until: string;
  /** Every day of the period, oldest first, zeros included. */
  decidedPerDay: DecidedDayDto[];
  timeToVerdict: TimeToVerdictDto;
  /** Open claims by check-worthiness, in four quarters from 0 to 1 (the last includes 1). */
  openByScore: ScoreBucketDto[];
  /** Decisions per editor in the period, most first (at most 20). */
  decisionsPerEditor: EditorDecisionsDto[];
  /** Outlets by disputed share of the period's decisions on their claims, highest first (at most 10; outlets with at least one decision). */
  disputedByOutlet: OutletDisputesDto[];
}
