from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.materialization import Materialization
from ...models.materialization_request import MaterializationRequest
from ...types import Response


def _get_kwargs(
    feature_set_id: str,
    *,
    body: MaterializationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/feature-sets/{feature_set_id}/materializations".format(
            feature_set_id=quote(str(feature_set_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Materialization | None:
    if response.status_code == 200:
        response_200 = Materialization.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Materialization.from_dict(response.json())

        return response_201

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[Error | Materialization]:
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
    body: MaterializationRequest,
) -> Response[Error | Materialization]:
    """Materialize a feature set's latest version on an accepted snapshot of its dataset

     Each label joins the latest features its entity had at the label time, never later ones; announced
    as FeatureSetMaterialized.

    Args:
        feature_set_id (str): a feature set id
        body (MaterializationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Materialization]
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
    body: MaterializationRequest,
) -> Error | Materialization | None:
    """Materialize a feature set's latest version on an accepted snapshot of its dataset

     Each label joins the latest features its entity had at the label time, never later ones; announced
    as FeatureSetMaterialized.

    Args:
        feature_set_id (str): a feature set id
        body (MaterializationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Materialization
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
    body: MaterializationRequest,
) -> Response[Error | Materialization]:
    """Materialize a feature set's latest version on an accepted snapshot of its dataset

     Each label joins the latest features its entity had at the label time, never later ones; announced
    as FeatureSetMaterialized.

    Args:
        feature_set_id (str): a feature set id
        body (MaterializationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Materialization]
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
    body: MaterializationRequest,
) -> Error | Materialization | None:
    """Materialize a feature set's latest version on an accepted snapshot of its dataset

     Each label joins the latest features its entity had at the label time, never later ones; announced
    as FeatureSetMaterialized.

    Args:
        feature_set_id (str): a feature set id
        body (MaterializationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Materialization
    """

    return (
        await asyncio_detailed(
            feature_set_id=feature_set_id,
            client=client,
            body=body,
        )
    ).parsed
