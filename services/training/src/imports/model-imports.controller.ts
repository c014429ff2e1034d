import { Body, Controller, Post, Res, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import { type Response } from 'express';
import { Caller, Requires, type CallerAccess } from '@loopgate/auth';
import { Input, InvalidRequestError, Route, type RouteInput } from '@loopgate/service';
import { type RunView } from '../runs/runs.routes';
import { ImportSizeInterceptor } from './import-size.interceptor';
import { ImportsService } from './imports.service';
import { parseImportManifest } from './model-import.request';
import { importModel } from './model-imports.routes';

/** The parts multer hands over; only what the route reads. */
interface UploadedPart {
  readonly buffer: Buffer;
}

/** Models trained elsewhere: an ONNX file and its manifest, evaluated by the platform on an accepted snapshot. */
@Controller('v1/models/:modelName/imports')
export class ModelImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Route(importModel)
  @Requires('write', { kind: 'model', param: 'modelName' })
  @UseInterceptors(
    ImportSizeInterceptor,
    FileFieldsInterceptor([
      { name: 'model', maxCount: 1 },
      { name: 'manifest', maxCount: 1 },
    ]),
  )
  async importModel(
    @Caller() caller: CallerAccess,
    @Input() { params }: RouteInput<typeof importModel>,
    @UploadedFiles() files: { model?: UploadedPart[]; manifest?: UploadedPart[] } | undefined,
    @Body() body: { manifest?: unknown } | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RunView> {
    const model = files?.model?.[0]?.buffer;
    const manifestText =
      files?.manifest?.[0]?.buffer.toString('utf8') ?? (typeof body?.manifest === 'string' ? body.manifest : undefined);
    const request = parseImportManifest(manifestText);
    if (!model || model.length === 0)
      throw new InvalidRequestError([
        { in: 'body', path: 'model', message: 'send the ONNX file as the multipart part "model"' },
      ]);
    const { created, run } = await this.imports.importModel(params.modelName, model, request, caller.name);
    response.status(created ? 201 : 200);
    return run;
  }
}
