/** Types for examples/synthetic.mjs — SYNTHETIC households for demos and benchmarks, not real data. */
export declare const INDICATORS: readonly string[];
export declare const REGIONS: readonly {
  readonly code: string;
  readonly name: string;
  readonly households: number;
  readonly urban: number;
  readonly poor: number;
  readonly nearPoor: number;
}[];
export interface SyntheticHousehold {
  id: string;
  area: 'rural' | 'urban';
  size: number;
  income: { perCapitaMonthly: number | string };
  deprivations: Record<string, boolean | null>;
}
export interface SyntheticRecord {
  index: number;
  region: string;
  target: 'poor' | 'near-poor' | 'average' | 'above-average';
  household: SyntheticHousehold;
}
export declare function rng(seed: number): () => number;
export declare function generateHouseholds(options?: {
  seed?: number;
  count?: number;
  unknownRate?: number;
  invalidRate?: number;
}): Generator<SyntheticRecord, void, undefined>;
export declare function csvHeader(): string;
export declare function csvLine(record: SyntheticRecord): string;
