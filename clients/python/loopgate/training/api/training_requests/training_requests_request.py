from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.training_request import TrainingRequest
from ...models.training_request_answer_requested import TrainingRequestAnswerRequested
from ...models.training_request_answer_type_1 import TrainingRequestAnswerType1
from ...types import Response


def _get_kwargs(
    *,
    body: TrainingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/training-requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1 | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> TrainingRequestAnswerRequested | TrainingRequestAnswerType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_training_request_answer_type_0 = (
                    TrainingRequestAnswerRequested.from_dict(data)
                )

                return componentsschemas_training_request_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_training_request_answer_type_1 = (
                TrainingRequestAnswerType1.from_dict(data)
            )

            return componentsschemas_training_request_answer_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:

        def _parse_response_202(
            data: object,
        ) -> TrainingRequestAnswerRequested | TrainingRequestAnswerType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_training_request_answer_type_0 = (
                    TrainingRequestAnswerRequested.from_dict(data)
                )

                return componentsschemas_training_request_answer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_training_request_answer_type_1 = (
                TrainingRequestAnswerType1.from_dict(data)
            )

            return componentsschemas_training_request_answer_type_1

        response_202 = _parse_response_202(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingRequest,
) -> Response[Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1]:
    """Ask for a training run

     Find its run with GET /v1/runs?requestId=. The model must have a training config; its trainer params
    are checked now.

    Args:
        body (TrainingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingRequest,
) -> Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1 | None:
    """Ask for a training run

     Find its run with GET /v1/runs?requestId=. The model must have a training config; its trainer params
    are checked now.

    Args:
        body (TrainingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingRequest,
) -> Response[Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1]:
    """Ask for a training run

     Find its run with GET /v1/runs?requestId=. The model must have a training config; its trainer params
    are checked now.

    Args:
        body (TrainingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TrainingRequest,
) -> Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1 | None:
    """Ask for a training run

     Find its run with GET /v1/runs?requestId=. The model must have a training config; its trainer params
    are checked now.

    Args:
        body (TrainingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | TrainingRequestAnswerRequested | TrainingRequestAnswerType1
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
