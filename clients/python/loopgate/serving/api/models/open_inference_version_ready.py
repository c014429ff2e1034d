from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_error import InferenceError
from ...models.open_inference_version_ready_response_200 import (
    OpenInferenceVersionReadyResponse200,
)
from ...types import Response


def _get_kwargs(
    model_name: str,
    version: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/models/{model_name}/versions/{version}/ready".format(
            model_name=quote(str(model_name), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceError | OpenInferenceVersionReadyResponse200 | None:
    if response.status_code == 200:
        response_200 = OpenInferenceVersionReadyResponse200.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = InferenceError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InferenceError | OpenInferenceVersionReadyResponse200]:
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
) -> Response[InferenceError | OpenInferenceVersionReadyResponse200]:
    """Whether that version is deployed here

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceError | OpenInferenceVersionReadyResponse200]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        version=version,
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
) -> InferenceError | OpenInferenceVersionReadyResponse200 | None:
    """Whether that version is deployed here

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceError | OpenInferenceVersionReadyResponse200
    """

    return sync_detailed(
        model_name=model_name,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InferenceError | OpenInferenceVersionReadyResponse200]:
    """Whether that version is deployed here

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceError | OpenInferenceVersionReadyResponse200]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceError | OpenInferenceVersionReadyResponse200 | None:
    """Whether that version is deployed here

    Args:
        model_name (str):
        version (int): a deployed version (primary, canary or shadow)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceError | OpenInferenceVersionReadyResponse200
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            version=version,
            client=client,
        )
    ).parsed
