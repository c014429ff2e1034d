import { z } from 'zod';
import { route, timestamp } from '@loopgate/service';
import { ReasonSchema } from '../identities/identities.request';

const SigningKeySchema = z
  .object({
    keyId: z.string(),
    createdAt: timestamp(),
    retiresAt: timestamp().nullable().meta({
      description: 'when it stops verifying tokens (the longest a token it signed can live); null while it signs',
    }),
    revokedAt: timestamp().nullable().meta({ description: 'when it was revoked: it verifies nothing since' }),
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

export const revokeSigningKey = route({
  summary:
    'Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs from SigningKeyRevoked on',
  description:
    'The key that signs now is replaced first, so tokens are issued on; the revocation is certified by the root key as keys are. A person or service holding a token of the revoked key exchanges its secret again.',
  params: z.object({ keyId: z.string().min(1) }),
  body: ReasonSchema,
  example: { reason: 'the key leaked with a backup' },
  response: SigningKeySchema,
  status: 200,
  responses: { 404: 'no such key was made here', 409: 'the key was revoked already' },
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
