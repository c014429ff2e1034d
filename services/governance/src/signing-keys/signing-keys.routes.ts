import { z } from 'zod';
import { route, timestamp } from '@loopgate/service';

const SigningKeySchema = z
  .object({ keyId: z.string(), createdAt: timestamp(), retiresAt: timestamp().nullable().meta({ description: 'when it stops verifying tokens (the longest a token it signed can live); null while it signs' }) })
  .meta({ id: 'SigningKey' });

export type SigningKeyView = z.output<typeof SigningKeySchema>;

const RotationSchema = z.object({ signing: SigningKeySchema, retiring: z.array(SigningKeySchema) }).meta({ id: 'SigningKeyRotation' });

export type RotationView = z.output<typeof RotationSchema>;

export const rotateSigningKey = route({
  summary: 'A new signing key; the old ones keep verifying the tokens they signed until those expire',
  response: RotationSchema,
  status: 200,
});
