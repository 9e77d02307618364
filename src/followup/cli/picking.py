"""Which application a reference names: its id or company name, or the only one. Standard library and
``core.errors`` only, so that the fast reads (``stored``) and every Click command (``common``) find the
same application and word the same refusals."""

from __future__ import annotations

from followup.core.errors import InvalidInput, NotFound, nearest

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


def pick(apps: Sequence[tuple[str, str]], ref: str | None) -> str:
    """The id among ``apps`` ((id, company name) in their order) that ``ref`` names: an id or a company
    name (any case), else the one company whose name holds it; with no ref, the only application."""
    if not apps:
        raise NotFound("no applications yet: record one with `followup interview add`")
    if ref is None:
        if len(apps) == 1:
            return apps[0][0]
        raise InvalidInput("--application", "one of " + ", ".join(app_id for app_id, _ in apps))
    wanted = ref.strip().lower()
    for app_id, company in apps:
        if wanted in (app_id.lower(), company.lower()):
            return app_id
    matches = [app_id for app_id, company in apps if wanted in company.lower()]
    if len(matches) == 1:
        return matches[0]
    guess = nearest(wanted, [app_id for app_id, _ in apps]) or nearest(wanted, [c for _, c in apps])
    hint = f"; did you mean {next(i for i, c in apps if guess in (i, c))!r}?" if guess else ""
    raise NotFound(f"no application {ref!r}{hint} (known: {', '.join(app_id for app_id, _ in apps)})")
