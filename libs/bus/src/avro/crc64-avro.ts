/**
 * CRC-64-AVRO (the Rabin fingerprint of the Avro specification), over the bytes of a schema's
 * parsing canonical form. avsc has no implementation of it.
 */
const EMPTY = 0xc15d213aa4d7a795n;
const MASK = 0xffffffffffffffffn;

const TABLE: bigint[] = Array.from({ length: 256 }, (_, i) => {
  let fp = BigInt(i);
  for (let j = 0; j < 8; j++) fp = (fp >> 1n) ^ (EMPTY & -(fp & 1n));
  return fp & MASK;
});

export function crc64Avro(bytes: Uint8Array): bigint {
  let fp = EMPTY;
  for (const byte of bytes) fp = (fp >> 8n) ^ TABLE[Number((fp ^ BigInt(byte)) & 0xffn)];
  return fp;
}

/** The fingerprint as Avro's Java implementation prints it (a signed 64-bit long). */
export function toSignedLong(fingerprint: bigint): bigint {
  return BigInt.asIntN(64, fingerprint);
}
