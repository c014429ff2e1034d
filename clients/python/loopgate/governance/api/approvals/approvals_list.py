import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approvals_list_response_200 import ApprovalsListResponse200
from ...models.approvals_list_status import ApprovalsListStatus
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_name: str | Unset = UNSET,
    status: ApprovalsListStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["modelName"] = model_name

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    json_after: str | Unset = UNSET
    if not isinstance(after, Unset):
        json_after = after.isoformat()
    params["after"] = json_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/approvals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApprovalsListResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = ApprovalsListResponse200.from_dict(response.json())

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
) -> Response[ApprovalsListResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    status: ApprovalsListStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: datetime.datetime | Unset = UNSET,
) -> Response[ApprovalsListResponse200 | Error]:
    """The approval queue, oldest first

    Args:
        model_name (str | Unset):
        status (ApprovalsListStatus | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        after (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        status=status,
        limit=limit,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    status: ApprovalsListStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: datetime.datetime | Unset = UNSET,
) -> ApprovalsListResponse200 | Error | None:
    """The approval queue, oldest first

    Args:
        model_name (str | Unset):
        status (ApprovalsListStatus | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        after (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalsListResponse200 | Error
    """

    return sync_detailed(
        client=client,
        model_name=model_name,
        status=status,
        limit=limit,
        after=after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    status: ApprovalsListStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: datetime.datetime | Unset = UNSET,
) -> Response[ApprovalsListResponse200 | Error]:
    """The approval queue, oldest first

    Args:
        model_name (str | Unset):
        status (ApprovalsListStatus | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        after (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalsListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        status=status,
        limit=limit,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_name: str | Unset = UNSET,
    status: ApprovalsListStatus | Unset = UNSET,
    limit: int | Unset = 50,
    after: datetime.datetime | Unset = UNSET,
) -> ApprovalsListResponse200 | Error | None:
    """The approval queue, oldest first

    Args:
        model_name (str | Unset):
        status (ApprovalsListStatus | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        after (datetime.datetime | Unset): the `next` of the previous page Example:
            2001-01-31T23:59:00Z.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalsListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            model_name=model_name,
            status=status,
            limit=limit,
            after=after,
        )
    ).parsed
