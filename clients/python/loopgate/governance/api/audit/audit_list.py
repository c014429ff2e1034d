from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_list_response_200 import AuditListResponse200
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    correlation_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    limit: int | Unset = 50,
    before: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["correlationId"] = correlation_id

    params["type"] = type_

    params["limit"] = limit

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/audit/entries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditListResponse200 | Error | None:
    if response.status_code == 200:
        response_200 = AuditListResponse200.from_dict(response.json())

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
) -> Response[AuditListResponse200 | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    limit: int | Unset = 50,
    before: int | Unset = UNSET,
) -> Response[AuditListResponse200 | Error]:
    """Audit log entries, newest first, by correlation id or event type

    Args:
        correlation_id (str | Unset):
        type_ (str | Unset): an event type: StageChanged, AccessDenied ...
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): an entry's sequence number: the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
        type_=type_,
        limit=limit,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    limit: int | Unset = 50,
    before: int | Unset = UNSET,
) -> AuditListResponse200 | Error | None:
    """Audit log entries, newest first, by correlation id or event type

    Args:
        correlation_id (str | Unset):
        type_ (str | Unset): an event type: StageChanged, AccessDenied ...
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): an entry's sequence number: the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditListResponse200 | Error
    """

    return sync_detailed(
        client=client,
        correlation_id=correlation_id,
        type_=type_,
        limit=limit,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    limit: int | Unset = 50,
    before: int | Unset = UNSET,
) -> Response[AuditListResponse200 | Error]:
    """Audit log entries, newest first, by correlation id or event type

    Args:
        correlation_id (str | Unset):
        type_ (str | Unset): an event type: StageChanged, AccessDenied ...
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): an entry's sequence number: the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditListResponse200 | Error]
    """

    kwargs = _get_kwargs(
        correlation_id=correlation_id,
        type_=type_,
        limit=limit,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    correlation_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    limit: int | Unset = 50,
    before: int | Unset = UNSET,
) -> AuditListResponse200 | Error | None:
    """Audit log entries, newest first, by correlation id or event type

    Args:
        correlation_id (str | Unset):
        type_ (str | Unset): an event type: StageChanged, AccessDenied ...
        limit (int | Unset): page size, 1 to 500 Default: 50.
        before (int | Unset): an entry's sequence number: the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditListResponse200 | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            correlation_id=correlation_id,
            type_=type_,
            limit=limit,
            before=before,
        )
    ).parsed
