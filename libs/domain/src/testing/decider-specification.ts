import type { Decision, DomainError } from '../shared/domain-error';

/**
 * given(past events).when(command).then(new events) — or .thenRejects(kind) — for a pure
 * decider: the whole of a business rule stated as events in and events out.
 */
export function deciderSpecification<Command, Event, State>(decider: {
  decide: (command: Command, state: State) => Decision<Event>;
  evolve: (state: State, event: Event) => State;
  initialState: State;
}) {
  return {
    given(events: Event[]) {
      const state = events.reduce(decider.evolve, decider.initialState);
      return {
        when(command: Command) {
          const decision = decider.decide(command, state);
          return {
            then(expected: Event[]): void {
              if (!decision.ok)
                throw new Error(`expected events, but the command was rejected: ${decision.error.message}`);
              expect(decision.events).toEqual(expected);
            },
            thenRejects(expected: Partial<DomainError>): void {
              if (decision.ok) throw new Error(`expected a rejection, but got ${JSON.stringify(decision.events)}`);
              expect(decision.error).toMatchObject(expected);
            },
          };
        },
      };
    },
  };
}
