from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.promotion_outcome_awaiting_approval import (
    PromotionOutcomeAwaitingApproval,
)
from ...models.promotion_outcome_promoted import PromotionOutcomePromoted
from ...models.promotion_request import PromotionRequest
from ...types import Response


def _get_kwargs(
    model_name: str,
    version: int,
    *,
    body: PromotionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/models/{model_name}/versions/{version}/promotions".format(
            model_name=quote(str(model_name), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_promotion_outcome_type_0 = (
                    PromotionOutcomePromoted.from_dict(data)
                )

                return componentsschemas_promotion_outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_promotion_outcome_type_1 = (
                PromotionOutcomeAwaitingApproval.from_dict(data)
            )

            return componentsschemas_promotion_outcome_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:

        def _parse_response_202(
            data: object,
        ) -> PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_promotion_outcome_type_0 = (
                    PromotionOutcomePromoted.from_dict(data)
                )

                return componentsschemas_promotion_outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_promotion_outcome_type_1 = (
                PromotionOutcomeAwaitingApproval.from_dict(data)
            )

            return componentsschemas_promotion_outcome_type_1

        response_202 = _parse_response_202(response.json())

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
) -> Response[Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: PromotionRequest,
) -> Response[Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted]:
    """Promote a version to a stage, through its model's policy gates

     Every gate is evaluated (GateEvaluated). 200 promoted; 202 waiting for an approver (by policy, or an
    override of failed gates).

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model
        body (PromotionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        version=version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: PromotionRequest,
) -> Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted | None:
    """Promote a version to a stage, through its model's policy gates

     Every gate is evaluated (GateEvaluated). 200 promoted; 202 waiting for an approver (by policy, or an
    override of failed gates).

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model
        body (PromotionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted
    """

    return sync_detailed(
        model_name=model_name,
        version=version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: PromotionRequest,
) -> Response[Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted]:
    """Promote a version to a stage, through its model's policy gates

     Every gate is evaluated (GateEvaluated). 200 promoted; 202 waiting for an approver (by policy, or an
    override of failed gates).

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model
        body (PromotionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        version=version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    version: int,
    *,
    client: AuthenticatedClient | Client,
    body: PromotionRequest,
) -> Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted | None:
    """Promote a version to a stage, through its model's policy gates

     Every gate is evaluated (GateEvaluated). 200 promoted; 202 waiting for an approver (by policy, or an
    override of failed gates).

    Args:
        model_name (str):
        version (int): a version number: 1, 2, 3 ... per model
        body (PromotionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | PromotionOutcomeAwaitingApproval | PromotionOutcomePromoted
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            version=version,
            client=client,
            body=body,
        )
    ).parsed
