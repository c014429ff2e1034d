import { z } from 'zod';
import { route, timestamp } from '@loopgate/service';

const SigningKeySchema = z
  .object({
    keyId: z.string(),
    createdAt: timestamp(),
    retiresAt: timestamp().nullable().meta({
      description: 'when it stops verifying tokens (the longest a token it signed can live); null while it signs',
    }),
  })
  .meta({ id: 'SigningKey' });

export type SigningKeyView = z.output<typeof SigningKeySchema>;

const RotationSchema = z
  .object({ signing: SigningKeySchema, retiring: z.array(SigningKeySchema) })
  .meta({ id: 'SigningKeyRotation' });

export type RotationView = z.output<typeof RotationSchema>;

export const rotateSigningKey = route({
  summary: 'A new signing key; the old ones keep verifying the tokens they signed until those expire',
  response: RotationSchema,
  status: 200,
});

const JwkSchema = z
  .object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string().meta({ description: 'the public key, base64url' }),
    kid: z.string(),
    alg: z.literal('EdDSA'),
    use: z.literal('sig'),
  })
  .meta({ id: 'Jwk' });

const JwksSchema = z.object({ keys: z.array(JwkSchema) }).meta({ id: 'Jwks' });

export type JwksView = z.output<typeof JwksSchema>;

export const jsonWebKeySet = route({
  summary: "The public keys that verify the platform's tokens (RFC 7517), for any gateway or JWT library",
  description:
    'Every key that still verifies tokens: the one that signs and those retiring. Tokens carry iss loopgate-governance and aud loopgate.',
  response: JwksSchema,
});
