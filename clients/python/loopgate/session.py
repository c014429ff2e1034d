"""A principal's session with every Loopgate service: its tokens, its clients, its errors.

The subpackages beside this file (loopgate.ingestion ... loopgate.governance) are generated from
contracts/openapi by generate.py; this module is the hand-written layer over them.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from . import features, governance, ingestion, monitoring, registry, serving, training, validation
from .governance.api.tokens import identities_issue
from .governance.models.issued_token import IssuedToken
from .governance.models.token_request import TokenRequest
from .ingestion.api.datasets import uploads_upload
from .ingestion.models.upload_receipt import UploadReceipt
from .ingestion.models.uploads_upload_format import UploadsUploadFormat
from .ingestion.types import File
from .training.api.runs import runs_list
from .training.models.run import Run

if TYPE_CHECKING:
    import pandas

T = TypeVar("T")

#: The services, in the loop's order.
SERVICES = ("ingestion", "validation", "features", "training", "registry", "serving", "monitoring", "governance")

#: Each service's port on one machine, as deploy/local starts them (docs/cli.md).
DEFAULT_PORTS = {
    "ingestion": 3001, "validation": 3002, "features": 3003, "training": 3004,
    "registry": 3005, "serving": 3006, "monitoring": 3007, "governance": 3008,
}  # fmt: skip

#: A token is exchanged again once this share of its life is gone.
REFRESH_AT = 0.8


@dataclass(frozen=True)
class Problem:
    """One problem of a refused request, as a service's 422 names it."""

    in_: str
    """where: path, query or body"""
    path: str
    message: str
    allowed: tuple[str, ...] | None = None

    def __str__(self) -> str:
        where = ".".join(part for part in (self.in_, self.path) if part)
        return f"{where}: {self.message}" + (f" (allowed: {', '.join(self.allowed)})" if self.allowed else "")


class LoopgateApiError(Exception):
    """A service's refusal: the HTTP status, the stable error code and message, and the problems of a 422."""

    def __init__(self, status: int, code: str, message: str, problems: Iterable[Problem] = (), details: Mapping[str, Any] | None = None) -> None:
        self.status = status
        self.code = code
        self.message = message
        self.problems: list[Problem] = list(problems)
        self.details: dict[str, Any] = dict(details or {})
        super().__init__(str(self))

    def __str__(self) -> str:
        head = f"{self.status} {self.code}: {self.message}"
        return head if not self.problems else "\n  ".join([f"{self.status} {self.code}:", *map(str, self.problems)])

    @classmethod
    def from_response(cls, response: httpx.Response) -> LoopgateApiError:
        """What the service said, from its answer: {error: {code, message, details}}, or the bare status."""
        try:
            body = response.json()
        except ValueError:
            body = None
        return cls.from_body(response.status_code, body, response.text.strip()[:500] or response.reason_phrase)

    @classmethod
    def from_body(cls, status: int, body: Any, fallback: str = "") -> LoopgateApiError:
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, str):
            return cls(status, f"http.{status}", error)
        if not isinstance(error, dict):
            return cls(status, f"http.{status}", fallback or f"HTTP {status}")
        details = error.get("details") if isinstance(error.get("details"), dict) else {}
        problems = [
            Problem(
                in_=str(p.get("in", "")), path=str(p.get("path", "")), message=str(p.get("message", "")),
                allowed=tuple(str(a) for a in p["allowed"]) if isinstance(p.get("allowed"), list) else None,
            )
            for p in details.get("problems", []) if isinstance(p, dict)
        ]  # fmt: skip
        return cls(status, str(error.get("code") or f"http.{status}"), str(error.get("message") or fallback or f"HTTP {status}"), problems, details)


class RunFailed(Exception):
    """A training run that ended FAILED (training retries what it can before it says so)."""

    def __init__(self, run: Run) -> None:
        self.run = run
        super().__init__(f"run {run.run_id} of {run.model_name} failed: {run.error_code}: {run.error_message}")


class TokenSource:
    """
    A principal's access token, exchanged with governance for its secret (POST /v1/tokens) and exchanged
    again once four fifths of its life are gone, or when a service refused it (invalidate()).
    """

    def __init__(
        self, governance_url: str, principal: str, secret: str, *, ttl_seconds: int | None = None,
        timeout: float = 30.0, clock: Callable[[], float] = time.time, transport: httpx.BaseTransport | None = None,
    ) -> None:  # fmt: skip
        self.principal = principal
        self._secret = secret
        self._ttl_seconds = ttl_seconds
        self._clock = clock
        self._client = governance.Client(base_url=governance_url, timeout=httpx.Timeout(timeout), httpx_args={"transport": transport} if transport else {})
        self._lock = threading.Lock()
        self._current: tuple[str, float] | None = None
        self.token_id: str | None = None
        self.exchanges = 0

    def token(self) -> str:
        with self._lock:
            if self._current and self._clock() < self._current[1]:
                return self._current[0]
            body = TokenRequest(principal=self.principal, secret=self._secret)
            if self._ttl_seconds is not None:
                body.ttl_seconds = self._ttl_seconds
            asked = self._clock()
            answer = identities_issue.sync_detailed(client=self._client, body=body)
            if answer.status_code >= 400 or answer.parsed is None or not isinstance(answer.parsed, IssuedToken):
                refused = httpx.Response(answer.status_code, content=answer.content, headers=answer.headers)
                error = LoopgateApiError.from_response(refused)
                error.message = f"governance refused a token for {self.principal}: {error.message}"
                raise error
            issued = answer.parsed
            life = max(0.0, issued.expires_at.timestamp() - asked)
            self._current = (issued.token, asked + life * REFRESH_AT)
            self.token_id = issued.token_id
            self.exchanges += 1
            return issued.token

    def invalidate(self, refused: str | None = None) -> None:
        """Forget the token (only if it is still the refused one, when given): the next request exchanges the secret again."""
        with self._lock:
            if refused is None or (self._current is not None and self._current[0] == refused):
                self._current = None

    def close(self) -> None:
        self._client.get_httpx_client().close()


class _Bearer(httpx.Auth):
    """
    The caller's token on every request; after a 401 a token exchanged from a secret is exchanged again
    and the request sent once more (body and all). A refusal (4xx, 5xx) is raised as LoopgateApiError.
    """

    requires_request_body = True

    def __init__(self, token: Callable[[], str], tokens: TokenSource | None, raise_on_error: bool) -> None:
        self._token = token
        self._tokens = tokens
        self._raise = raise_on_error

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        sent = self._token()
        request.headers["Authorization"] = f"Bearer {sent}"
        response = yield request
        if response.status_code == 401 and self._tokens is not None:
            response.close()
            self._tokens.invalidate(sent)
            request.headers["Authorization"] = f"Bearer {self._token()}"
            response = yield request
        if self._raise and response.status_code >= 400:
            response.read()
            raise LoopgateApiError.from_response(response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        sent = await asyncio.to_thread(self._token)
        request.headers["Authorization"] = f"Bearer {sent}"
        response = yield request
        if response.status_code == 401 and self._tokens is not None:
            await response.aclose()
            self._tokens.invalidate(sent)
            request.headers["Authorization"] = f"Bearer {await asyncio.to_thread(self._token)}"
            response = yield request
        if self._raise and response.status_code >= 400:
            await response.aread()
            raise LoopgateApiError.from_response(response)


class Loopgate:
    """
    One principal's clients of every service, sharing its token.

        lg = Loopgate(principal="penguins-lead", secret=..., urls={"governance": "http://127.0.0.1:3008"})
        lg = Loopgate.from_env()   # LOOPGATE_PRINCIPAL, LOOPGATE_SECRET (or LOOPGATE_TOKEN), LOOPGATE_<SERVICE>_URL
        run = runs_find.sync(run_id, client=lg.training)

    Each attribute named after a service is that service's generated AuthenticatedClient; every call
    through one carries the token (exchanged with governance, again at 4/5 of its life and after a 401)
    and raises LoopgateApiError when the service refuses (raise_on_error=False gives the generated
    answers as they are: the parsed Error, or Response.status_code of sync_detailed).
    """

    def __init__(
        self,
        principal: str | None = None,
        secret: str | None = None,
        *,
        urls: Mapping[str, str] | None = None,
        token: str | None = None,
        ttl_seconds: int | None = None,
        timeout: float = 60.0,
        raise_on_error: bool = True,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        """urls: base URL per service (http://127.0.0.1:<its port> for the others); transport: for tests (an httpx.MockTransport serves both sync and async calls)."""
        unknown = set(urls or {}) - set(SERVICES)
        if unknown:
            raise ValueError(f"no such service: {', '.join(sorted(unknown))} (services: {', '.join(SERVICES)})")
        self.urls: dict[str, str] = {s: (dict(urls or {}).get(s) or f"http://127.0.0.1:{DEFAULT_PORTS[s]}").rstrip("/") for s in SERVICES}
        if token is None and (principal is None or secret is None):
            raise ValueError("give a principal and its secret, or a token")
        self.principal = principal
        self.tokens: TokenSource | None = None
        if token is None:
            self.tokens = TokenSource(self.urls["governance"], principal or "", secret or "", ttl_seconds=ttl_seconds, timeout=timeout, transport=transport)
            self._auth = _Bearer(self.tokens.token, self.tokens, raise_on_error)
        else:
            self._auth = _Bearer(lambda: token, None, raise_on_error)
        self._timeout = httpx.Timeout(timeout)
        self._transport = transport
        self._clients: dict[str, Any] = {}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Loopgate:
        """LOOPGATE_PRINCIPAL and LOOPGATE_SECRET (or LOOPGATE_TOKEN), and LOOPGATE_<SERVICE>_URL per service (as the CLI reads them)."""
        env = os.environ if environ is None else environ
        urls = {s: env[f"LOOPGATE_{s.upper()}_URL"] for s in SERVICES if env.get(f"LOOPGATE_{s.upper()}_URL")}
        token = env.get("LOOPGATE_TOKEN") or None
        principal, secret = env.get("LOOPGATE_PRINCIPAL") or None, env.get("LOOPGATE_SECRET") or None
        if token is None and (principal is None or secret is None):
            raise ValueError("set LOOPGATE_PRINCIPAL and LOOPGATE_SECRET (or LOOPGATE_TOKEN)")
        return cls(principal, secret, urls={**urls, **options.pop("urls", {})}, token=None if secret and principal else token, **options)

    def client(self, service: str, headers: Mapping[str, str] | None = None) -> Any:
        """A service's generated AuthenticatedClient; with headers, a new one that sends them too (it is yours to close)."""
        if service not in SERVICES:
            raise ValueError(f"no such service: {service} (services: {', '.join(SERVICES)})")
        if headers is None and service in self._clients:
            return self._clients[service]
        module = globals()[service]
        httpx_args: dict[str, Any] = {"auth": self._auth}
        if self._transport is not None:
            httpx_args["transport"] = self._transport
        # The token goes in per request (_Bearer): the client's own header is left empty.
        made = module.AuthenticatedClient(
            base_url=self.urls[service], token="", prefix="", headers=dict(headers or {}), timeout=self._timeout, httpx_args=httpx_args
        )
        if headers is None:
            self._clients[service] = made
        return made

    @property
    def ingestion(self) -> ingestion.AuthenticatedClient:
        return self.client("ingestion")

    @property
    def validation(self) -> validation.AuthenticatedClient:
        return self.client("validation")

    @property
    def features(self) -> features.AuthenticatedClient:
        return self.client("features")

    @property
    def training(self) -> training.AuthenticatedClient:
        return self.client("training")

    @property
    def registry(self) -> registry.AuthenticatedClient:
        return self.client("registry")

    @property
    def serving(self) -> serving.AuthenticatedClient:
        return self.client("serving")

    @property
    def monitoring(self) -> monitoring.AuthenticatedClient:
        return self.client("monitoring")

    @property
    def governance(self) -> governance.AuthenticatedClient:
        return self.client("governance")

    def upload_dataframe(self, dataset_id: str, df: pandas.DataFrame, *, format: str = "parquet", idempotency_key: str | None = None) -> UploadReceipt:
        """
        A DataFrame's rows as one upload (POST /v1/datasets/{datasetId}/uploads), as Parquet (pyarrow) or
        NDJSON; missing values (NaN, None) go as nulls, the index is left out. The Idempotency-Key is
        the file's sha256 unless given, so sending the same frame again writes nothing new (the receipt
        says duplicate). All rows are accepted, or LoopgateApiError names every bad row and field.
        """
        if format == "parquet":
            buffer = io.BytesIO()
            df.to_parquet(buffer, engine="pyarrow", index=False)
            payload, upload_format, mime = buffer.getvalue(), UploadsUploadFormat.PARQUET, "application/vnd.apache.parquet"
        elif format in ("ndjson", "jsonl"):
            text = df.to_json(orient="records", lines=True, date_format="iso", force_ascii=False)
            payload, upload_format, mime = text.encode("utf-8"), UploadsUploadFormat.JSONL, "application/x-ndjson"
        else:
            raise ValueError(f"format is parquet or ndjson, not {format!r}")
        key = idempotency_key or f"{dataset_id}-{upload_format.value}-{hashlib.sha256(payload).hexdigest()[:40]}"
        # The document names the body text/csv; ?format= says what the bytes are.
        with self.client("ingestion", headers={"Idempotency-Key": key}) as client:
            answer = uploads_upload.sync_detailed(dataset_id, client=client, body=File(payload=io.BytesIO(payload), mime_type=mime), format_=upload_format)
        return unwrap(answer)

    def wait_for(
        self, what: str, check: Callable[[], T | None], *, timeout: float = 120.0, interval: float = 0.5, retry_statuses: Iterable[int] = (404, 503)
    ) -> T:
        """Calls check() until it returns something truthy, and returns that (see loopgate.wait_for)."""
        return wait_for(what, check, timeout=timeout, interval=interval, retry_statuses=retry_statuses)

    def wait_for_run(
        self, model_name: str, *, request_id: str | None = None, snapshot_id: str | None = None, timeout: float = 600.0, interval: float = 1.0
    ) -> Run:
        """
        The newest run of a model (of one training request, or trained on one snapshot) once it
        SUCCEEDED; RunFailed if it FAILED (after every attempt training gives it).
        """

        def finished() -> Run | None:
            page = unwrap(runs_list.sync_detailed(client=self.training, model_name=model_name, **({"request_id": request_id} if request_id else {})))
            runs = [r for r in page.items if snapshot_id is None or r.snapshot_id == snapshot_id]
            if not runs:
                return None
            run = runs[0]
            if run.status.value == "FAILED":
                raise RunFailed(run)
            return run if run.status.value == "SUCCEEDED" else None

        described = (
            f"a run of {model_name}" + (f" for request {request_id}" if request_id else "") + (f" on snapshot {snapshot_id[:12]}" if snapshot_id else "")
        )
        return wait_for(described, finished, timeout=timeout, interval=interval)

    def close(self) -> None:
        for client in self._clients.values():
            client.get_httpx_client().close()
        self._clients.clear()
        if self.tokens is not None:
            self.tokens.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def unwrap(answer: Any) -> Any:
    """
    The parsed body of a generated call's answer (the Response of sync_detailed, or what sync returned),
    or LoopgateApiError for a refusal: for a session made with raise_on_error=False, and for type checkers
    (sync is typed to return the Error model too).
    """
    kind = f"{type(answer).__module__}.{type(answer).__name__}"
    generated = kind.startswith(f"{__package__}.") and kind.split(".")[1] in SERVICES
    if generated and kind.endswith(".types.Response"):
        status = int(answer.status_code)
        if status >= 400:
            raise LoopgateApiError.from_response(httpx.Response(status, content=answer.content, headers=dict(answer.headers)))
        if answer.parsed is None:
            raise LoopgateApiError(status, f"http.{status}", "an answer the document does not describe")
        return answer.parsed
    if answer is None:
        raise LoopgateApiError(0, "http.unexpected", "an answer the document does not describe")
    if generated and kind.endswith(".models.error.Error"):
        raise LoopgateApiError.from_body(0, answer.to_dict())
    return answer


def wait_for(what: str, check: Callable[[], T | None], *, timeout: float = 120.0, interval: float = 0.5, retry_statuses: Iterable[int] = (404, 503)) -> T:
    """
    Calls check() until it returns something truthy, and returns that. A LoopgateApiError whose status
    is in retry_statuses (not there yet, busy) counts as not yet; any other error is raised at once.
    After timeout seconds, TimeoutError naming what was awaited and the last refusal.
    """
    retry = set(retry_statuses)
    deadline = time.monotonic() + timeout
    last: LoopgateApiError | None = None
    while True:
        try:
            value = check()
            if value:
                return value
        except LoopgateApiError as error:
            if error.status not in retry:
                raise
            last = error
        if time.monotonic() >= deadline:
            raise TimeoutError(f"timed out after {timeout:g}s waiting for {what}" + (f" (last answer: {last})" if last else ""))
        time.sleep(interval)
