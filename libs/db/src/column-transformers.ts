import { type ValueTransformer } from 'typeorm';

/** Postgres bigint arrives as a string (it may exceed 2^53); counts and sizes here stay far below, so read them as numbers. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
