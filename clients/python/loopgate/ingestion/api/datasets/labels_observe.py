from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.labels_accepted import LabelsAccepted
from ...models.observe_labels_request import ObserveLabelsRequest
from ...types import Response


def _get_kwargs(
    dataset_id: str,
    *,
    body: ObserveLabelsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets/{dataset_id}/labels".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LabelsAccepted | None:
    if response.status_code == 202:
        response_202 = LabelsAccepted.from_dict(response.json())

        return response_202

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
) -> Response[Error | LabelsAccepted]:
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
    body: ObserveLabelsRequest,
) -> Response[Error | LabelsAccepted]:
    """Ground truth that arrives after its records, published as LabelObserved

     Each label names its record by entity id and event time, so the dataset needs an entity key, an
    event time and a label field that is not a class name (STRING labels come with their rows). Values
    the label field does not take are refused with 422 ingestion.invalid_labels.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (ObserveLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LabelsAccepted]
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
    body: ObserveLabelsRequest,
) -> Error | LabelsAccepted | None:
    """Ground truth that arrives after its records, published as LabelObserved

     Each label names its record by entity id and event time, so the dataset needs an entity key, an
    event time and a label field that is not a class name (STRING labels come with their rows). Values
    the label field does not take are refused with 422 ingestion.invalid_labels.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (ObserveLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LabelsAccepted
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
    body: ObserveLabelsRequest,
) -> Response[Error | LabelsAccepted]:
    """Ground truth that arrives after its records, published as LabelObserved

     Each label names its record by entity id and event time, so the dataset needs an entity key, an
    event time and a label field that is not a class name (STRING labels come with their rows). Values
    the label field does not take are refused with 422 ingestion.invalid_labels.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (ObserveLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LabelsAccepted]
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
    body: ObserveLabelsRequest,
) -> Error | LabelsAccepted | None:
    """Ground truth that arrives after its records, published as LabelObserved

     Each label names its record by entity id and event time, so the dataset needs an entity key, an
    event time and a label field that is not a class name (STRING labels come with their rows). Values
    the label field does not take are refused with 422 ingestion.invalid_labels.

    Args:
        dataset_id (str): a dataset id Example: flights.
        body (ObserveLabelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LabelsAccepted
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
