import { type AccessState, type ObjectKind, type Principal } from './access-state';

/** The verified caller, and what it may see: handed to handlers by @Caller(). */
export class CallerAccess {
  constructor(
    readonly principal: Principal,
    private readonly state: AccessState,
  ) {}

  get name(): string {
    return this.principal.name;
  }

  /** Names of the objects of a kind the caller may read, for a list query; null = all. */
  visible(kind: ObjectKind): string[] | null {
    return this.state.visibleNames(this.principal, kind);
  }
}
