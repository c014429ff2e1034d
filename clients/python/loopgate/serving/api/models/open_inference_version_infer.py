from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_error import InferenceError
from ...models.inference_request import InferenceRequest
from ...models.inference_response import InferenceResponse
from ...types import Response


def _get_kwargs(
    model_name: str,
    version: int,
    *,
    body: InferenceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/models/{model_name}/versions/{version}/infer".format(
            model_name=quote(str(model_name), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceError | InferenceResponse | None:
    if response.status_code == 200:
        response_200 = InferenceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InferenceError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = InferenceError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InferenceError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = InferenceError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = InferenceError.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = InferenceError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InferenceError | InferenceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> Response[InferenceError | InferenceResponse]:
    """Infer with that version whatever its role, without fallback (load tests of a canary)

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)
        body (InferenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceError | InferenceResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        version=version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> InferenceError | InferenceResponse | None:
    """Infer with that version whatever its role, without fallback (load tests of a canary)

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)
        body (InferenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceError | InferenceResponse
    """

    return sync_detailed(
        model_name=model_name,
        version=version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> Response[InferenceError | InferenceResponse]:
    """Infer with that version whatever its role, without fallback (load tests of a canary)

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)
        body (InferenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceError | InferenceResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        version=version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceRequest,
) -> InferenceError | InferenceResponse | None:
    """Infer with that version whatever its role, without fallback (load tests of a canary)

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)
        body (InferenceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceError | InferenceResponse
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            version=version,
            client=client,
            body=body,
        )
    ).parsed
