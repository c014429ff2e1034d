from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_specs_list_response_200 import DatasetSpecsListResponse200
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: str,
    *,
    limit: int | Unset = 50,
    before: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/datasets/{dataset_id}/specs".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetSpecsListResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = DatasetSpecsListResponse200.from_dict(response.json())

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
) -> Response[DatasetSpecsListResponse200 | Error]:
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
    before: int | Unset = UNSET,
) -> Response[DatasetSpecsListResponse200 | Error]:
    """A dataset's spec versions, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): the `next` of the previous page (a version)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSpecsListResponse200 | Error]
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
    before: int | Unset = UNSET,
) -> DatasetSpecsListResponse200 | Error | None:
    """A dataset's spec versions, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): the `next` of the previous page (a version)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSpecsListResponse200 | Error
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
    before: int | Unset = UNSET,
) -> Response[DatasetSpecsListResponse200 | Error]:
    """A dataset's spec versions, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): the `next` of the previous page (a version)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSpecsListResponse200 | Error]
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
    before: int | Unset = UNSET,
) -> DatasetSpecsListResponse200 | Error | None:
    """A dataset's spec versions, newest first

    Args:
        dataset_id (str): a dataset id Example: flights.
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): the `next` of the previous page (a version)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSpecsListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            limit=limit,
            before=before,
        )
    ).parsed
