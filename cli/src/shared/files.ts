import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CliUsageError } from './exit-codes';

/** A JSON or YAML file (by its content: YAML is a superset of JSON), or '-' for stdin. */
export function readDocument(path: string): unknown {
  const text = path === '-' ? readFileSync(0, 'utf8') : readText(path);
  try {
    return parse(text);
  } catch (error) {
    throw new CliUsageError(`${path}: is neither JSON nor YAML (${(error as Error).message.split('\n')[0]})`);
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliUsageError(
      `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
}
