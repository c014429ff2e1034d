from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.gate_evaluation import GateEvaluation
from ...types import Response


def _get_kwargs(
    model_name: str,
    version: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/{model_name}/versions/{version}/gate-evaluations".format(
            model_name=quote(str(model_name), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[GateEvaluation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GateEvaluation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | list[GateEvaluation]]:
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
) -> Response[Error | list[GateEvaluation]]:
    """Every evaluation of a version's gates, newest first

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GateEvaluation]]
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
) -> Error | list[GateEvaluation] | None:
    """Every evaluation of a version's gates, newest first

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GateEvaluation]
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
) -> Response[Error | list[GateEvaluation]]:
    """Every evaluation of a version's gates, newest first

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[GateEvaluation]]
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
) -> Error | list[GateEvaluation] | None:
    """Every evaluation of a version's gates, newest first

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[GateEvaluation]
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            version=version,
            client=client,
        )
    ).parsed
