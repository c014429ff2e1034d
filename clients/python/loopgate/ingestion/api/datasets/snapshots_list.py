import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.snapshots_list_response_200 import SnapshotsListResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: str,
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
        "url": "/v1/datasets/{dataset_id}/snapshots".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SnapshotsListResponse200 | None:
    if response.status_code == 200:
        response_200 = SnapshotsListResponse200.from_dict(response.json())

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
) -> Response[Error | SnapshotsListResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | SnapshotsListResponse200]:
    """A dataset's snapshots, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotsListResponse200]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Error | SnapshotsListResponse200 | None:
    """A dataset's snapshots, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotsListResponse200
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Response[Error | SnapshotsListResponse200]:
    """A dataset's snapshots, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SnapshotsListResponse200]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 50,
    before: datetime.datetime | Unset = UNSET,
) -> Error | SnapshotsListResponse200 | None:
    """A dataset's snapshots, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SnapshotsListResponse200
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            limit=limit,
            before=before,
        )
    ).parsed
