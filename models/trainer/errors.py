"""The trainer's own errors: their messages go to the user as {"event": "error"} lines."""


class TrainerError(Exception):
    """Bad input or a failed step; the message says what is wrong and how to fix it."""


class Cancelled(TrainerError):
    """The run was interrupted (SIGTERM or Ctrl+C); nothing was written in place of the output."""

    def __init__(self, message="Training cancelled; no model was written."):
        super().__init__(message)
