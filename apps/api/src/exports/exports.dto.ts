import { IsIn } from 'class-validator';

export class ExportQuery {
  /** csv (RFC 4180, one row per claim) or jsonl (one JSON object per line). */
  @IsIn(['csv', 'jsonl'])
  format: 'csv' | 'jsonl';
}
