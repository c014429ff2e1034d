import { LoopgateError } from '@loopgate/errors';

export class ArtifactTooLargeError extends LoopgateError {
  constructor(maxBytes: number) {
    super({
      code: 'artifacts.too_large',
      message: `content exceeds the limit of ${maxBytes} bytes; nothing was stored`,
      kind: 'invalid',
      details: { maxBytes },
    });
  }
}

export class ArtifactNotFoundError extends LoopgateError {
  constructor(uri: string) {
    super({ code: 'artifacts.not_found', message: `no artifact at ${uri}`, kind: 'not_found' });
  }
}

export class ArtifactCorruptError extends LoopgateError {
  constructor(uri: string, expected: string, actual: string) {
    super({
      code: 'artifacts.corrupt',
      message: `artifact ${uri} has sha256 ${actual}, expected ${expected}`,
      kind: 'internal',
      details: { expected, actual },
    });
  }
}

export class UnsupportedArtifactUriError extends LoopgateError {
  constructor(uri: string) {
    super({
      code: 'artifacts.unsupported_uri',
      message: `artifact store URI '${uri}' is not supported; use file:///absolute/path`,
      kind: 'invalid',
    });
  }
}

export class MalformedJsonLinesError extends LoopgateError {
  constructor(message: string, cause?: unknown) {
    super({ code: 'artifacts.malformed_json_lines', message, kind: 'invalid', cause });
  }
}
