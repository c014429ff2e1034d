import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.materializations_list_response_200 import MaterializationsListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    feature_set_id: str,
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
        "url": "/v1/feature-sets/{feature_set_id}/materializations".format(
            feature_set_id=quote(str(feature_set_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MaterializationsListResponse200 | None:
    if response.status_code == 200:
        response_200 = MaterializationsListResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[Error | MaterializationsListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | MaterializationsListResponse200]:
    """A feature set's materializations, newest first

    Args:
        feature_set_id (str): a feature set id
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaterializationsListResponse200]
    """

    kwargs = _get_kwargs(
        feature_set_id=feature_set_id,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Error | MaterializationsListResponse200 | None:
    """A feature set's materializations, newest first

    Args:
        feature_set_id (str): a feature set id
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaterializationsListResponse200
    """

    return sync_detailed(
        feature_set_id=feature_set_id,
        client=client,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | MaterializationsListResponse200]:
    """A feature set's materializations, newest first

    Args:
        feature_set_id (str): a feature set id
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MaterializationsListResponse200]
    """

    kwargs = _get_kwargs(
        feature_set_id=feature_set_id,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Error | MaterializationsListResponse200 | None:
    """A feature set's materializations, newest first

    Args:
        feature_set_id (str): a feature set id
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MaterializationsListResponse200
    """

    return (
        await asyncio_detailed(
            feature_set_id=feature_set_id,
            client=client,
            limit=limit,
            before=before,
        )
    ).parsed
