from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reason import Reason
from ...models.signing_key import SigningKey
from ...types import Response


def _get_kwargs(
    key_id: str,
    *,
    body: Reason,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/signing-keys/{key_id}/revocation".format(
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SigningKey | None:
    if response.status_code == 200:
        response_200 = SigningKey.from_dict(response.json())

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
) -> Response[Error | SigningKey]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Reason,
) -> Response[Error | SigningKey]:
    """Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs
    from SigningKeyRevoked on

     The key that signs now is replaced first, so tokens are issued on; the revocation is certified by
    the root key as keys are. A person or service holding a token of the revoked key exchanges its
    secret again.

    Args:
        key_id (str):
        body (Reason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SigningKey]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Reason,
) -> Error | SigningKey | None:
    """Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs
    from SigningKeyRevoked on

     The key that signs now is replaced first, so tokens are issued on; the revocation is certified by
    the root key as keys are. A person or service holding a token of the revoked key exchanges its
    secret again.

    Args:
        key_id (str):
        body (Reason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SigningKey
    """

    return sync_detailed(
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Reason,
) -> Response[Error | SigningKey]:
    """Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs
    from SigningKeyRevoked on

     The key that signs now is replaced first, so tokens are issued on; the revocation is certified by
    the root key as keys are. A person or service holding a token of the revoked key exchanges its
    secret again.

    Args:
        key_id (str):
        body (Reason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SigningKey]
    """

    kwargs = _get_kwargs(
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: Reason,
) -> Error | SigningKey | None:
    """Revoke a signing key at once (it leaked): every service refuses its tokens and the events it signs
    from SigningKeyRevoked on

     The key that signs now is replaced first, so tokens are issued on; the revocation is certified by
    the root key as keys are. A person or service holding a token of the revoked key exchanges its
    secret again.

    Args:
        key_id (str):
        body (Reason):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | SigningKey
    """

    return (
        await asyncio_detailed(
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
