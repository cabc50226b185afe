"""Records that move through states (orders, their parts, enquiries, class registrations)
say which moves are allowed in one place: a `Transitions` table on the model. Services ask
it before they change anything, and refuse a move it does not allow with
`TransitionNotAllowed`, which views turn into a message. This module imports no app."""


class TransitionNotAllowed(Exception):
    """The record is not in a state that allows this: a stale page, a double click, or a
    move the rules forbid. The message is for the person who asked."""


class Transitions:
    """The moves allowed from each state: `{state: {states it may become}}`. A state with no
    moves out is final."""

    def __init__(self, moves):
        self.moves = {state: frozenset(targets) for state, targets in moves.items()}

    def allows(self, current, new):
        return new in self.moves.get(current, ())

    def targets(self, current):
        """The states `current` may become, in the order the table lists them."""
        return [state for state in self.moves if state in self.moves.get(current, ())]

    def final(self):
        """The states nothing moves on from."""
        return {state for state, targets in self.moves.items() if not targets}


class StatefulMixin:
    """For a model with a `status` field and a `transitions` table."""

    transitions: Transitions

    def can_become(self, status):
        return self.transitions.allows(self.status, status)

    def become(self, status, refusal):
        """Move to `status`, or raise TransitionNotAllowed with `refusal` when the table
        forbids it. The caller saves."""
        if not self.can_become(status):
            raise TransitionNotAllowed(refusal)
        self.status = status
