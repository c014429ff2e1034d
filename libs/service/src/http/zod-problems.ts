import { type z } from 'zod';

/** Every problem of a refused request body, each as "<path>: <message>" ("(body)" for the body itself). */
export function zodProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
}
