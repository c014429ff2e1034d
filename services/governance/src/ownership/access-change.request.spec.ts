import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { createPrincipal } from '../identities/identities.routes';
import { changeModelAccess } from './ownership.routes';

const messageOf = (parse: () => unknown): string => {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidRequestError) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('access requests', () => {
  it('claims for one team, with no grants unless given', () => {
    expect(
      parseRouteInput(changeModelAccess, { params: { name: 'delay' }, query: {}, body: { ownerTeam: 'flights' } }).body,
    ).toEqual({ ownerTeam: 'flights', grants: [] });
  });

  it('refuses every team (*) as owner or grantee, and an unknown role, in one answer', () => {
    expect(
      messageOf(() =>
        parseRouteInput(changeModelAccess, {
          params: { name: 'delay' },
          query: {},
          body: {
            ownerTeam: '*',
            grants: [
              { team: '*', role: 'viewer' },
              { team: 'risk', role: 'owner' },
            ],
          },
        }),
      ),
    ).toBe(
      'body.ownerTeam: an object is owned by one team, not *; body.grants.0.team: grant to a team, not *; body.grants.1.role: is not an allowed value (allowed: viewer, data_scientist, approver, admin)',
    );
  });

  it('names every problem of a new principal, an unknown key with the allowed ones', () => {
    expect(
      messageOf(() =>
        parseRouteInput(createPrincipal, {
          params: {},
          query: {},
          body: { name: 'Alice', kind: 'human', roles: [], team: 'flights' },
        }),
      ),
    ).toBe(
      "body.name: lower-case letters, digits, . _ -, up to 63 characters; body.kind: is not an allowed value (allowed: person, service); body.roles: a principal needs at least one role; body: has unknown key 'team' (allowed: name, kind, roles)",
    );
  });
});
