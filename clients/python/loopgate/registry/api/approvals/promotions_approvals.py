from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval import Approval
from ...models.error import Error
from ...models.promotions_approvals_status import PromotionsApprovalsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: PromotionsApprovalsStatus | Unset = UNSET,
    model_name: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["modelName"] = model_name

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/approvals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Approval] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Approval.from_dict(response_200_item_data)

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
) -> Response[Error | list[Approval]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: PromotionsApprovalsStatus | Unset = UNSET,
    model_name: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Error | list[Approval]]:
    """Approvals the registry asked for, newest first

    Args:
        status (PromotionsApprovalsStatus | Unset):
        model_name (str | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Approval]]
    """

    kwargs = _get_kwargs(
        status=status,
        model_name=model_name,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: PromotionsApprovalsStatus | Unset = UNSET,
    model_name: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Error | list[Approval] | None:
    """Approvals the registry asked for, newest first

    Args:
        status (PromotionsApprovalsStatus | Unset):
        model_name (str | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Approval]
    """

    return sync_detailed(
        client=client,
        status=status,
        model_name=model_name,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: PromotionsApprovalsStatus | Unset = UNSET,
    model_name: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[Error | list[Approval]]:
    """Approvals the registry asked for, newest first

    Args:
        status (PromotionsApprovalsStatus | Unset):
        model_name (str | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Approval]]
    """

    kwargs = _get_kwargs(
        status=status,
        model_name=model_name,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: PromotionsApprovalsStatus | Unset = UNSET,
    model_name: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Error | list[Approval] | None:
    """Approvals the registry asked for, newest first

    Args:
        status (PromotionsApprovalsStatus | Unset):
        model_name (str | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Approval]
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            model_name=model_name,
            limit=limit,
        )
    ).parsed
