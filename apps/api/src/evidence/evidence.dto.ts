import { ApiProperty } from '@nestjs/swagger';

export class EvidenceSuggestionDto {
  @ApiProperty({ enum: ['verified', 'disputed', 'unsupported'] })
  verdict: 'verified' | 'disputed' | 'unsupported';
  /** 0..1, calibrated: the share of suggestions resting on the same kind of evidence that were right on labelled outside data. */
  confidence: number;
  /** Sentences a person can follow: which sources support or contradict the claim, and why. */
  rationale: string[];
  /** Only when the verdict is unsupported: `no-source` when no source addresses the claim, `not-this-fact` when sources discuss it but none states or contradicts this fact. */
  @ApiProperty({ enum: ['no-source', 'not-this-fact'], required: false })
  unsupportedReason?: 'no-source' | 'not-this-fact';
}

export class EvidencePassageDto {
  articleId: string;
  revisionId: string;
  /** Start of the passage in the revision's cleaned text (UTF-16 code units); use it to cite. */
  start: number;
  end: number;
  text: string;
  @ApiProperty({ enum: ['supports', 'contradicts', 'neutral'] })
  stance: 'supports' | 'contradicts' | 'neutral';
  /** 0..1: relevance × confidence. */
  score: number;
  /** Why this stance, for a person. */
  reasons: string[];
}

export class ClaimEvidenceDto {
  claimId: string;
  /** When this evidence was computed. */
  computedAt: string;
  /** The machine's suggestion; the editor decides. */
  suggestion: EvidenceSuggestionDto;
  /** What the other sources say, best first (decisive before neutral), at most 10. */
  evidence: EvidencePassageDto[];
}
