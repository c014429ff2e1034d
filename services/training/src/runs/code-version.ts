import { execFileSync } from 'node:child_process';
import { env } from 'onnxruntime-node';
import { ML_VERSION } from '@loopgate/ml';
import { SERVICE_VERSION } from '../training.config';

/**
 * What code trains a model: the git commit and the versions of the packages that decide its bytes.
 * Recorded with every run, as determinism is promised for one code version.
 */
export function codeVersion(gitCommit: string | undefined): string {
  return `git:${gitCommit ?? currentCommit()} training@${SERVICE_VERSION} ml@${ML_VERSION} onnxruntime-node@${env.versions.node} node@${process.versions.node}`;
}

function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: __dirname,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}
