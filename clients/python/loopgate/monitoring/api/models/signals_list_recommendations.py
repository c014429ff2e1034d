import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.signals_list_recommendations_response_200 import (
    SignalsListRecommendationsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_name: str,
    *,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_before: str | Unset = UNSET
    if not isinstance(before, Unset):
        json_before = before.isoformat()
    params["before"] = json_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/{model_name}/recommendations".format(
            model_name=quote(str(model_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SignalsListRecommendationsResponse200 | None:
    if response.status_code == 200:
        response_200 = SignalsListRecommendationsResponse200.from_dict(response.json())

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
) -> Response[Error | SignalsListRecommendationsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | SignalsListRecommendationsResponse200]:
    """Published and suppressed (cool-down) recommendations, newest first

    Args:
        model_name (str):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignalsListRecommendationsResponse200]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Error | SignalsListRecommendationsResponse200 | None:
    """Published and suppressed (cool-down) recommendations, newest first

    Args:
        model_name (str):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignalsListRecommendationsResponse200
    """

    return sync_detailed(
        model_name=model_name,
        client=client,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | SignalsListRecommendationsResponse200]:
    """Published and suppressed (cool-down) recommendations, newest first

    Args:
        model_name (str):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SignalsListRecommendationsResponse200]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Error | SignalsListRecommendationsResponse200 | None:
    """Published and suppressed (cool-down) recommendations, newest first

    Args:
        model_name (str):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SignalsListRecommendationsResponse200
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            client=client,
            limit=limit,
            before=before,
        )
    ).parsed
