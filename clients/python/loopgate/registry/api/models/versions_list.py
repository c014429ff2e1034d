from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.versions_list_response_200 import VersionsListResponse200
from ...models.versions_list_stage import VersionsListStage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_name: str,
    *,
    stage: VersionsListStage | Unset = UNSET,
    limit: int | Unset = 50,
    below: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    params["limit"] = limit

    params["below"] = below

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/models/{model_name}/versions".format(
            model_name=quote(str(model_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | VersionsListResponse200 | None:
    if response.status_code == 200:
        response_200 = VersionsListResponse200.from_dict(response.json())

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
) -> Response[Error | VersionsListResponse200]:
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
    stage: VersionsListStage | Unset = UNSET,
    limit: int | Unset = 50,
    below: int | Unset = UNSET,
) -> Response[Error | VersionsListResponse200]:
    """A model's versions, newest first

    Args:
        model_name (str):
        stage (VersionsListStage | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        below (int | Unset): the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VersionsListResponse200]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        stage=stage,
        limit=limit,
        below=below,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    stage: VersionsListStage | Unset = UNSET,
    limit: int | Unset = 50,
    below: int | Unset = UNSET,
) -> Error | VersionsListResponse200 | None:
    """A model's versions, newest first

    Args:
        model_name (str):
        stage (VersionsListStage | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        below (int | Unset): the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VersionsListResponse200
    """

    return sync_detailed(
        model_name=model_name,
        client=client,
        stage=stage,
        limit=limit,
        below=below,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    stage: VersionsListStage | Unset = UNSET,
    limit: int | Unset = 50,
    below: int | Unset = UNSET,
) -> Response[Error | VersionsListResponse200]:
    """A model's versions, newest first

    Args:
        model_name (str):
        stage (VersionsListStage | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        below (int | Unset): the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | VersionsListResponse200]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        stage=stage,
        limit=limit,
        below=below,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    stage: VersionsListStage | Unset = UNSET,
    limit: int | Unset = 50,
    below: int | Unset = UNSET,
) -> Error | VersionsListResponse200 | None:
    """A model's versions, newest first

    Args:
        model_name (str):
        stage (VersionsListStage | Unset):
        limit (int | Unset): page size, 1 to 500 Default: 50.
        below (int | Unset): the `next` of the previous page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | VersionsListResponse200
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            client=client,
            stage=stage,
            limit=limit,
            below=below,
        )
    ).parsed
