import { type FeatureSpec } from './feature-definition';
import {
  type FittedCategorical,
  type FittedFeatures,
  type FittedNumeric,
  type Row,
  numericBeforeScaling,
} from './fitted-features';

const f32 = Math.fround;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The training-side transform: raw rows to a row-major float32 matrix (rows x columns). Every step
 * is rounded to float32 as the ONNX preprocessing graph computes it, so serving gives the same numbers.
 */
export function transformRows(fitted: FittedFeatures, rows: readonly Row[]): Float32Array {
  const width = fitted.columns.length;
  const out = new Float32Array(rows.length * width);
  rows.forEach((row, r) => {
    let c = r * width;
    fitted.definition.features.forEach((feature, i) => {
      for (const value of transformFeature(feature, fitted.params[i], row)) out[c++] = value;
    });
  });
  return out;
}

function transformFeature(feature: FeatureSpec, params: FittedFeatures['params'][number], row: Row): number[] {
  const raw = row[feature.source];
  switch (feature.kind) {
    case 'numeric': {
      const { fill, mean, std } = params as FittedNumeric;
      const v = numericBeforeScaling(feature, fill, raw);
      return [feature.standardize ? f32(f32(v - mean) / std) : v];
    }
    case 'categorical': {
      const { vocabulary, shares, targets } = params as FittedCategorical;
      const index = raw === null || raw === undefined ? -1 : vocabulary.indexOf(String(raw));
      if (feature.encoding === 'frequency') return [index < 0 ? 0 : shares[index]];
      if (feature.encoding === 'target') return [index < 0 ? targets!.prior : targets!.values[index]];
      const oneHot = new Array<number>(vocabulary.length + 1).fill(0);
      oneHot[index < 0 ? vocabulary.length : index] = 1;
      return oneHot;
    }
    case 'datetime': {
      const ms = typeof raw === 'number' ? Math.trunc(raw) : 0;
      const hour = Math.trunc(ms / HOUR_MS) % 24;
      const dayOfWeek = (Math.trunc(ms / DAY_MS) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
      const month = new Date(ms).getUTCMonth() + 1;
      return feature.parts.flatMap((part) => {
        switch (part) {
          case 'hour':
            return [hour];
          case 'dayOfWeek':
            return [dayOfWeek];
          case 'month':
            return [month];
          case 'hourCyclical':
            return [CYCLE.hour.sin[hour], CYCLE.hour.cos[hour]];
          case 'dayOfWeekCyclical':
            return [CYCLE.dayOfWeek.sin[dayOfWeek], CYCLE.dayOfWeek.cos[dayOfWeek]];
          case 'monthCyclical':
            return [CYCLE.month.sin[month - 1], CYCLE.month.cos[month - 1]];
        }
      });
    }
    case 'bucket': {
      const v = typeof raw === 'number' ? f32(raw) : NaN;
      return [feature.boundaries.reduce((n, b) => n + (v >= f32(b) ? 1 : 0), 0)];
    }
  }
}

/**
 * Sine and cosine of each hour and weekday as float32 constants, looked up (here and in the ONNX
 * graph) rather than computed: two sin/cos implementations differ in the last bit, and a tree split
 * between two such neighbours would send the same flight different ways in training and serving.
 */
export const CYCLE = {
  hour: table(24),
  dayOfWeek: table(7),
  month: table(12),
};

function table(period: number): { sin: number[]; cos: number[] } {
  const angles = Array.from({ length: period }, (_, i) => (2 * Math.PI * i) / period);
  return { sin: angles.map((a) => f32(Math.sin(a))), cos: angles.map((a) => f32(Math.cos(a))) };
}
