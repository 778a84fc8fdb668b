"""The error types the engine raises for bad site data."""


class SiteDataError(Exception):
    """One or more problems in the site's data, each naming the file and the field.

    Args:
        problems: One message per problem, in the form ``file: field: what was expected``.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))

    def __reduce__(self):
        """Pickle with the list of problems, so the error crosses from worker processes intact."""
        return (SiteDataError, (self.problems,))


class UnknownComponentError(LookupError):
    """A component's data has nothing with the id a page placed (``/// routine | no-such-id``)."""
