import { OpenInferenceHealthController } from './open-inference.controller';

describe('Open Inference server readiness', () => {
  const answer = async (checks: ConstructorParameters<typeof OpenInferenceHealthController>[0]) => {
    let status = 200;
    const body = await new OpenInferenceHealthController(checks).ready({ status: (code: number) => (status = code) });
    return { status, body };
  };

  it('is 200 and ready when every check answers', async () => {
    expect(await answer([{ name: 'kafka', check: async () => undefined }])).toEqual({
      status: 200,
      body: { ready: true },
    });
  });

  it("is the protocol's 400 naming each check that is down and why", async () => {
    const checks = [
      { name: 'kafka', check: async () => undefined },
      {
        name: 'postgres',
        check: async () => {
          throw new Error('ECONNREFUSED');
        },
      },
      {
        name: 'access',
        check: async () => {
          throw new Error('no signing key yet');
        },
      },
    ];
    expect(await answer(checks)).toEqual({
      status: 400,
      body: { ready: false, error: 'not ready: postgres (ECONNREFUSED), access (no signing key yet)' },
    });
  });
});
