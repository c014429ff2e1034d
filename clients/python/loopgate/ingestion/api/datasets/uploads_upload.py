from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.upload_receipt import UploadReceipt
from ...models.uploads_upload_format import UploadsUploadFormat
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    dataset_id: str,
    *,
    body: File,
    format_: UploadsUploadFormat | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/datasets/{dataset_id}/uploads".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UploadReceipt | None:
    if response.status_code == 200:
        response_200 = UploadReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = UploadReceipt.from_dict(response.json())

        return response_202

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

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UploadReceipt]:
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
    body: File,
    format_: UploadsUploadFormat | Unset = UNSET,
) -> Response[Error | UploadReceipt]:
    """A file of rows, checked against the dataset's latest spec: all accepted, or none

     The request body is the file: CSV (text/csv, a header row of field names), JSON lines
    (application/x-ndjson) or Parquet (application/vnd.apache.parquet); ?format= reads it as that format
    whatever its content type. Rows that break the spec are refused with 422 ingestion.invalid_records,
    naming every bad row and field; a file that cannot be read with 422 ingestion.unreadable_upload. An
    Idempotency-Key header makes a retry safe.

    Args:
        dataset_id (str): a dataset id Example: flights.
        format_ (UploadsUploadFormat | Unset): the format of the file, when its content type does
            not say
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadReceipt]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    format_: UploadsUploadFormat | Unset = UNSET,
) -> Error | UploadReceipt | None:
    """A file of rows, checked against the dataset's latest spec: all accepted, or none

     The request body is the file: CSV (text/csv, a header row of field names), JSON lines
    (application/x-ndjson) or Parquet (application/vnd.apache.parquet); ?format= reads it as that format
    whatever its content type. Rows that break the spec are refused with 422 ingestion.invalid_records,
    naming every bad row and field; a file that cannot be read with 422 ingestion.unreadable_upload. An
    Idempotency-Key header makes a retry safe.

    Args:
        dataset_id (str): a dataset id Example: flights.
        format_ (UploadsUploadFormat | Unset): the format of the file, when its content type does
            not say
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadReceipt
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    format_: UploadsUploadFormat | Unset = UNSET,
) -> Response[Error | UploadReceipt]:
    """A file of rows, checked against the dataset's latest spec: all accepted, or none

     The request body is the file: CSV (text/csv, a header row of field names), JSON lines
    (application/x-ndjson) or Parquet (application/vnd.apache.parquet); ?format= reads it as that format
    whatever its content type. Rows that break the spec are refused with 422 ingestion.invalid_records,
    naming every bad row and field; a file that cannot be read with 422 ingestion.unreadable_upload. An
    Idempotency-Key header makes a retry safe.

    Args:
        dataset_id (str): a dataset id Example: flights.
        format_ (UploadsUploadFormat | Unset): the format of the file, when its content type does
            not say
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UploadReceipt]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    format_: UploadsUploadFormat | Unset = UNSET,
) -> Error | UploadReceipt | None:
    """A file of rows, checked against the dataset's latest spec: all accepted, or none

     The request body is the file: CSV (text/csv, a header row of field names), JSON lines
    (application/x-ndjson) or Parquet (application/vnd.apache.parquet); ?format= reads it as that format
    whatever its content type. Rows that break the spec are refused with 422 ingestion.invalid_records,
    naming every bad row and field; a file that cannot be read with 422 ingestion.unreadable_upload. An
    Idempotency-Key header makes a retry safe.

    Args:
        dataset_id (str): a dataset id Example: flights.
        format_ (UploadsUploadFormat | Unset): the format of the file, when its content type does
            not say
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | UploadReceipt
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
            format_=format_,
        )
    ).parsed
