from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.feature_set_description import FeatureSetDescription
from ...types import Response


def _get_kwargs(
    feature_set_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/feature-sets/{feature_set_id}".format(
            feature_set_id=quote(str(feature_set_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FeatureSetDescription | None:
    if response.status_code == 200:
        response_200 = FeatureSetDescription.from_dict(response.json())

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
) -> Response[Error | FeatureSetDescription]:
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
) -> Response[Error | FeatureSetDescription]:
    """A feature set's latest version, and its versions

    Args:
        feature_set_id (str): a feature set id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeatureSetDescription]
    """

    kwargs = _get_kwargs(
        feature_set_id=feature_set_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FeatureSetDescription | None:
    """A feature set's latest version, and its versions

    Args:
        feature_set_id (str): a feature set id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeatureSetDescription
    """

    return sync_detailed(
        feature_set_id=feature_set_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | FeatureSetDescription]:
    """A feature set's latest version, and its versions

    Args:
        feature_set_id (str): a feature set id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FeatureSetDescription]
    """

    kwargs = _get_kwargs(
        feature_set_id=feature_set_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feature_set_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | FeatureSetDescription | None:
    """A feature set's latest version, and its versions

    Args:
        feature_set_id (str): a feature set id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FeatureSetDescription
    """

    return (
        await asyncio_detailed(
            feature_set_id=feature_set_id,
            client=client,
        )
    ).parsed
