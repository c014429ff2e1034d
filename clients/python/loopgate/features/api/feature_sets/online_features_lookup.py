from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.online_lookup import OnlineLookup
from ...models.online_lookup_request import OnlineLookupRequest
from ...types import Response


def _get_kwargs(
    feature_set_id: str,
    *,
    body: OnlineLookupRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/feature-sets/{feature_set_id}/online/lookup".format(
            feature_set_id=quote(str(feature_set_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OnlineLookup | None:
    if response.status_code == 200:
        response_200 = OnlineLookup.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = Error.from_dict(response.json())

        return response_413

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
) -> Response[Error | OnlineLookup]:
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
    body: OnlineLookupRequest,
) -> Response[Error | OnlineLookup]:
    """Many entities at once: the found ones in request order, the unknown ones listed as missing

    Args:
        feature_set_id (str): a feature set id
        body (OnlineLookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnlineLookup]
    """

    kwargs = _get_kwargs(
        feature_set_id=feature_set_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OnlineLookupRequest,
) -> Error | OnlineLookup | None:
    """Many entities at once: the found ones in request order, the unknown ones listed as missing

    Args:
        feature_set_id (str): a feature set id
        body (OnlineLookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnlineLookup
    """

    return sync_detailed(
        feature_set_id=feature_set_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OnlineLookupRequest,
) -> Response[Error | OnlineLookup]:
    """Many entities at once: the found ones in request order, the unknown ones listed as missing

    Args:
        feature_set_id (str): a feature set id
        body (OnlineLookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OnlineLookup]
    """

    kwargs = _get_kwargs(
        feature_set_id=feature_set_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: OnlineLookupRequest,
) -> Error | OnlineLookup | None:
    """Many entities at once: the found ones in request order, the unknown ones listed as missing

    Args:
        feature_set_id (str): a feature set id
        body (OnlineLookupRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | OnlineLookup
    """

    return (
        await asyncio_detailed(
            feature_set_id=feature_set_id,
            client=client,
            body=body,
        )
    ).parsed
