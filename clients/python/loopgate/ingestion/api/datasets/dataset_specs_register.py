from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_spec import DatasetSpec
from ...models.dataset_spec_request import DatasetSpecRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    dataset_id: str,
    *,
    body: DatasetSpecRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets/{dataset_id}/specs".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetSpec | Error | None:
    if response.status_code == 200:
        response_200 = DatasetSpec.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DatasetSpec.from_dict(response.json())

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
) -> Response[DatasetSpec | Error]:
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
    body: DatasetSpecRequest,
) -> Response[DatasetSpec | Error]:
    """Register a dataset's spec as its next version

     The entity key, event time, label, segment and sensitive fields must name fields of the spec; every
    problem comes in one 422. Without an entity key and an event time, the dataset is a table whose rows
    are identified by their content and dated by their arrival.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (DatasetSpecRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSpec | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetSpecRequest,
) -> DatasetSpec | Error | None:
    """Register a dataset's spec as its next version

     The entity key, event time, label, segment and sensitive fields must name fields of the spec; every
    problem comes in one 422. Without an entity key and an event time, the dataset is a table whose rows
    are identified by their content and dated by their arrival.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (DatasetSpecRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSpec | Error
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetSpecRequest,
) -> Response[DatasetSpec | Error]:
    """Register a dataset's spec as its next version

     The entity key, event time, label, segment and sensitive fields must name fields of the spec; every
    problem comes in one 422. Without an entity key and an event time, the dataset is a table whose rows
    are identified by their content and dated by their arrival.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (DatasetSpecRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetSpec | Error]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DatasetSpecRequest,
) -> DatasetSpec | Error | None:
    """Register a dataset's spec as its next version

     The entity key, event time, label, segment and sensitive fields must name fields of the spec; every
    problem comes in one 422. Without an entity key and an event time, the dataset is a table whose rows
    are identified by their content and dated by their arrival.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (DatasetSpecRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetSpec | Error
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
