from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.monitoring_policy import MonitoringPolicy
from ...models.monitoring_policy_version import MonitoringPolicyVersion
from ...types import Response


def _get_kwargs(
    model_name: str,
    *,
    body: MonitoringPolicy,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/models/{model_name}/monitoring-policy".format(
            model_name=quote(str(model_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MonitoringPolicyVersion | None:
    if response.status_code == 200:
        response_200 = MonitoringPolicyVersion.from_dict(response.json())

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
) -> Response[Error | MonitoringPolicyVersion]:
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
    body: MonitoringPolicy,
) -> Response[Error | MonitoringPolicyVersion]:
    """Replace a model's monitoring policy

     Every field has a default (no body: the default policy). Segment fields are checked against the
    dataset of the model once a version of it is known; before that they are taken with a warning.

    Args:
        model_name (str):
        body (MonitoringPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MonitoringPolicyVersion]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: MonitoringPolicy,
) -> Error | MonitoringPolicyVersion | None:
    """Replace a model's monitoring policy

     Every field has a default (no body: the default policy). Segment fields are checked against the
    dataset of the model once a version of it is known; before that they are taken with a warning.

    Args:
        model_name (str):
        body (MonitoringPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MonitoringPolicyVersion
    """

    return sync_detailed(
        model_name=model_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: MonitoringPolicy,
) -> Response[Error | MonitoringPolicyVersion]:
    """Replace a model's monitoring policy

     Every field has a default (no body: the default policy). Segment fields are checked against the
    dataset of the model once a version of it is known; before that they are taken with a warning.

    Args:
        model_name (str):
        body (MonitoringPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MonitoringPolicyVersion]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: MonitoringPolicy,
) -> Error | MonitoringPolicyVersion | None:
    """Replace a model's monitoring policy

     Every field has a default (no body: the default policy). Segment fields are checked against the
    dataset of the model once a version of it is known; before that they are taken with a warning.

    Args:
        model_name (str):
        body (MonitoringPolicy):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MonitoringPolicyVersion
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            client=client,
            body=body,
        )
    ).parsed
