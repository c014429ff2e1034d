"""The session layer against fake services (httpx.MockTransport): no Loopgate needed."""

from __future__ import annotations

import asyncio
import io
import json
import time
from datetime import UTC, datetime

import httpx
import pandas as pd
import pyarrow.parquet as pq
import pytest

from loopgate import Loopgate, LoopgateApiError, TokenSource, unwrap, wait_for
from loopgate.training.api.runs import runs_compare
from loopgate.training.api.training_requests import training_requests_request
from loopgate.training.models.training_request import TrainingRequest
from loopgate.training.models.training_request_params import TrainingRequestParams

URLS = {"governance": "http://governance", "training": "http://training", "ingestion": "http://ingestion"}


class FakeServices:
    """A governance that issues t1, t2 ... (each for `life` seconds) and services that take only the latest token once a second is issued."""

    def __init__(self, life: float = 3600.0) -> None:
        self.life = life
        self.now = time.time()
        self.issued = 0
        self.seen: list[str] = []
        self.uploads: list[httpx.Request] = []
        self.secret = "s3cret"

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/tokens":
            body = json.loads(request.content)
            if body["secret"] != self.secret:
                return httpx.Response(401, json={"error": {"code": "auth.unauthenticated", "message": "unknown principal or wrong secret", "details": {}}})
            self.issued += 1
            expires = datetime.fromtimestamp(self.now + self.life, UTC).isoformat().replace("+00:00", "Z")
            return httpx.Response(201, json={"token": f"t{self.issued}", "tokenId": f"id{self.issued}", "principal": body["principal"], "expiresAt": expires})
        authorization = request.headers.get("authorization", "")
        self.seen.append(f"{request.method} {request.url.path} {authorization} {request.content.decode() if request.url.host != 'ingestion' else ''}".strip())
        if authorization != f"Bearer t{self.issued}" or self.issued < 2:
            return httpx.Response(401, json={"error": {"code": "auth.unauthenticated", "message": "token revoked", "details": {}}})
        if request.url.path == "/v1/runs/compare":
            problems = [
                {"in": "query", "path": "a", "message": "Invalid UUID"},
                {"in": "query", "path": "b", "message": "Invalid UUID"},
                {"in": "query", "path": "c", "message": "has unknown key", "allowed": ["a", "b"]},
            ]
            return httpx.Response(
                422, json={"error": {"code": "http.invalid_request", "message": "query.a: Invalid UUID; ...", "details": {"problems": problems}}}
            )
        if request.url.path.endswith("/uploads"):
            self.uploads.append(request)
            return httpx.Response(
                202,
                json={
                    "datasetId": "penguins",
                    "specVersion": 1,
                    "batchId": request.headers["idempotency-key"],
                    "accepted": 3,
                    "duplicate": False,
                    "format": request.url.params["format"],
                    "bytes": len(request.content),
                },
            )
        return httpx.Response(202, json={"requestId": "r1", "status": "REQUESTED"})


def session(fake: FakeServices, **options: object) -> Loopgate:
    return Loopgate("ds", fake.secret, urls=URLS, transport=httpx.MockTransport(fake.handler), **options)  # type: ignore[arg-type]


def test_exchanges_the_secret_and_after_a_401_exchanges_it_again_and_sends_the_request_once_more_body_and_all() -> None:
    fake = FakeServices()
    lg = session(fake)
    answer = training_requests_request.sync(
        client=lg.training, body=TrainingRequest(model_name="species", params=TrainingRequestParams.from_dict({"l2": 0.01}))
    )
    assert answer is not None and answer.to_dict() == {"requestId": "r1", "status": "REQUESTED"}
    body = '{"modelName":"species","reason":"HUMAN_REQUEST","params":{"l2":0.01}}'
    assert [s.replace(" ", "") for s in fake.seen] == [f"POST/v1/training-requestsBearert{n}{body}" for n in (1, 2)]
    assert lg.tokens is not None and lg.tokens.exchanges == 2 and lg.tokens.token_id == "id2"
    training_requests_request.sync(client=lg.training, body=TrainingRequest(model_name="species"))
    assert lg.tokens.exchanges == 2 and fake.seen[-1].split(" ")[3] == "t2"


def test_a_second_401_is_the_callers() -> None:
    fake = FakeServices()
    lg = session(fake)
    fake.issued = -5  # every token it issues is stale at once
    with pytest.raises(LoopgateApiError) as refused:
        training_requests_request.sync(client=lg.training, body=TrainingRequest(model_name="species"))
    assert (refused.value.status, refused.value.code) == (401, "auth.unauthenticated")
    assert len(fake.seen) == 2


def test_keeps_a_token_for_four_fifths_of_its_life() -> None:
    fake = FakeServices(life=100.0)
    tokens = TokenSource("http://governance", "ds", fake.secret, clock=lambda: fake.now, transport=httpx.MockTransport(fake.handler))
    assert tokens.token() == "t1"
    fake.now += 79
    assert tokens.token() == "t1"
    fake.now += 2
    assert tokens.token() == "t2"
    tokens.invalidate()
    assert tokens.token() == "t3"


def test_a_refused_secret_says_who_and_why() -> None:
    fake = FakeServices()
    lg = Loopgate("ds", "not-the-secret", urls=URLS, transport=httpx.MockTransport(fake.handler))
    with pytest.raises(LoopgateApiError, match="governance refused a token for ds: unknown principal or wrong secret") as refused:
        training_requests_request.sync(client=lg.training, body=TrainingRequest(model_name="species"))
    assert refused.value.status == 401


def test_a_422_is_one_error_with_every_problem() -> None:
    fake = FakeServices()
    lg = session(fake)
    fake.issued = 1
    with pytest.raises(LoopgateApiError) as refused:
        runs_compare.sync(client=lg.training, a="x", b="y")
    error = refused.value
    assert (error.status, error.code) == (422, "http.invalid_request")
    assert [(p.in_, p.path, p.message, p.allowed) for p in error.problems] == [
        ("query", "a", "Invalid UUID", None), ("query", "b", "Invalid UUID", None), ("query", "c", "has unknown key", ("a", "b")),
    ]  # fmt: skip
    assert str(error) == "422 http.invalid_request:\n  query.a: Invalid UUID\n  query.b: Invalid UUID\n  query.c: has unknown key (allowed: a, b)"


def test_without_raising_the_generated_answers_are_as_they_are_and_unwrap_raises() -> None:
    fake = FakeServices()
    lg = session(fake, raise_on_error=False)
    fake.issued = 1
    answer = runs_compare.sync_detailed(client=lg.training, a="x", b="y")
    assert answer.status_code == 422
    with pytest.raises(LoopgateApiError) as refused:
        unwrap(answer)
    assert len(refused.value.problems) == 3
    with pytest.raises(LoopgateApiError, match="http.invalid_request"):
        unwrap(runs_compare.sync(client=lg.training, a="x", b="y"))


PENGUINS = pd.DataFrame(
    {"species": ["Adelie", "Gentoo", "Chinstrap"], "beakLengthMm": [39.1, None, 46.5], "sex": ["MALE", None, "FEMALE"]},
    index=[10, 11, 12],
)


def test_uploads_a_dataframe_as_parquet_with_an_idempotency_key_of_its_bytes() -> None:
    fake = FakeServices()
    lg = session(fake)
    fake.issued = 1
    receipt = lg.upload_dataframe("penguins", PENGUINS)
    assert receipt.accepted == 3
    sent = fake.uploads[-1]
    assert sent.url.path == "/v1/datasets/penguins/uploads" and sent.url.params["format"] == "parquet"
    assert sent.headers["idempotency-key"].startswith("penguins-parquet-")
    assert pq.read_table(io.BytesIO(sent.content)).to_pylist() == [
        {"species": "Adelie", "beakLengthMm": 39.1, "sex": "MALE"},
        {"species": "Gentoo", "beakLengthMm": None, "sex": None},
        {"species": "Chinstrap", "beakLengthMm": 46.5, "sex": "FEMALE"},
    ]
    lg.upload_dataframe("penguins", PENGUINS)
    assert fake.uploads[-1].headers["idempotency-key"] == sent.headers["idempotency-key"]
    # The key is the upload's own: later calls of the shared client do not send it.
    training_requests_request.sync(client=lg.training, body=TrainingRequest(model_name="species"))
    lg.upload_dataframe("penguins", PENGUINS, format="ndjson", idempotency_key="batch-7")
    assert fake.uploads[-1].headers["idempotency-key"] == "batch-7" and fake.uploads[-1].url.params["format"] == "jsonl"
    assert [json.loads(line) for line in fake.uploads[-1].content.decode().splitlines()] == [
        {"species": "Adelie", "beakLengthMm": 39.1, "sex": "MALE"},
        {"species": "Gentoo", "beakLengthMm": None, "sex": None},
        {"species": "Chinstrap", "beakLengthMm": 46.5, "sex": "FEMALE"},
    ]


def test_from_env_reads_what_the_cli_reads() -> None:
    env = {"LOOPGATE_PRINCIPAL": "ds", "LOOPGATE_SECRET": "s", "LOOPGATE_TRAINING_URL": "http://t:1/", "LOOPGATE_TOKEN": ""}
    lg = Loopgate.from_env(env)
    assert lg.urls["training"] == "http://t:1" and lg.urls["serving"] == "http://127.0.0.1:3006"
    assert lg.tokens is not None and lg.tokens.principal == "ds"
    given = Loopgate.from_env({"LOOPGATE_TOKEN": "abc"})
    assert given.tokens is None
    with pytest.raises(ValueError, match="LOOPGATE_PRINCIPAL"):
        Loopgate.from_env({})


def test_a_given_token_goes_as_it_is() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(202, json={"requestId": "r1", "status": "REQUESTED"})

    lg = Loopgate(token="abc", urls=URLS, transport=httpx.MockTransport(handler))
    training_requests_request.sync(client=lg.training, body=TrainingRequest(model_name="species"))
    assert seen == ["Bearer abc"]


def test_wait_for_asks_again_while_not_there_and_names_what_it_waited_for() -> None:
    answers = iter([LoopgateApiError(404, "x.unknown", "not yet"), None, "found"])

    def check() -> str | None:
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer

    assert wait_for("the thing", check, interval=0) == "found"
    with pytest.raises(TimeoutError, match=r"waiting for the other thing \(last answer: 404 x.unknown: not yet\)"):
        wait_for("the other thing", lambda: (_ for _ in ()).throw(LoopgateApiError(404, "x.unknown", "not yet")), timeout=0.05, interval=0.01)
    with pytest.raises(LoopgateApiError, match="403"):
        wait_for("a forbidden thing", lambda: (_ for _ in ()).throw(LoopgateApiError(403, "auth.forbidden", "no")), interval=0)


def test_the_async_calls_take_the_same_token_and_raise_the_same_refusals() -> None:
    fake = FakeServices()
    lg = session(fake)

    async def calls() -> None:
        answer = await training_requests_request.asyncio(client=lg.training, body=TrainingRequest(model_name="species"))
        assert answer is not None and answer.to_dict() == {"requestId": "r1", "status": "REQUESTED"}
        with pytest.raises(LoopgateApiError) as refused:
            await runs_compare.asyncio(client=lg.training, a="x", b="y")  # type: ignore[arg-type]
        assert len(refused.value.problems) == 3

    asyncio.run(calls())
    assert [s.split(" ")[3] for s in fake.seen] == ["t1", "t2", "t2"], fake.seen
    assert fake.issued == 2
