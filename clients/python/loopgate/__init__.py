"""
Loopgate's Python client: one generated subpackage per service (loopgate.ingestion ...
loopgate.governance, from contracts/openapi) and a session that gives each its token.

    from loopgate import Loopgate
    from loopgate.training.api.runs import runs_find

    lg = Loopgate.from_env()
    run = runs_find.sync(run_id, client=lg.training)
"""

from .session import DEFAULT_PORTS, SERVICES, Loopgate, LoopgateApiError, Problem, RunFailed, TokenSource, unwrap, wait_for

__version__ = "0.1.0"

__all__ = ["DEFAULT_PORTS", "SERVICES", "Loopgate", "LoopgateApiError", "Problem", "RunFailed", "TokenSource", "unwrap", "wait_for"]
