import { homedir } from 'node:os';
import { defaultArtifactStoreUri } from './local-artifact-store';

describe('defaultArtifactStoreUri', () => {
  it("is the installation's store, whatever the working directory", () => {
    expect(defaultArtifactStoreUri({ LOOPGATE_HOME: '/srv/loopgate' })).toBe('file:///srv/loopgate/artifacts');
    expect(defaultArtifactStoreUri({})).toBe(`file://${homedir()}/.loopgate/artifacts`);
  });
});
