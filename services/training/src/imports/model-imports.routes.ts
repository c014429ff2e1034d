import { z } from 'zod';
import { route } from '@loopgate/service';
import { modelNameSchema } from '../models/model-config.request';
import { RunViewSchema } from '../runs/runs.routes';
import { ImportManifestSchema } from './model-import.request';

export const importModel = route({
  summary: 'Register a model trained elsewhere: an ONNX file and its manifest, evaluated by the platform',
  description:
    'multipart/form-data with the parts `model` (the .onnx file) and `manifest` (JSON, as a file or a field). The platform checks the graph against the ' +
    "dataset's spec, evaluates it on the accepted snapshot the manifest names (uploaded metrics are never read), and announces it as a run.",
  params: z.object({ modelName: modelNameSchema() }),
  rawBody: {
    contentType: 'multipart/form-data',
    description: 'the ONNX file and its manifest',
    schema: z.object({
      model: z.string().meta({ format: 'binary', description: 'the .onnx file' }),
      manifest: ImportManifestSchema,
    }),
  },
  response: RunViewSchema,
  status: 201,
  responses: {
    200: 'the same file, manifest and snapshot were imported for this model before: that run',
    409: 'the snapshot is not accepted (quarantined), or its verdict has not reached training yet (training.snapshot_not_accepted_yet: ask again)',
    413: 'a part is over TRAINING_MAX_IMPORT_BYTES',
  },
});
