import { z } from 'zod';
import { route } from '@loopgate/service';
import { datasetParams } from '../specs/dataset-id';
import { ObserveLabelsSchema } from './observe-labels.request';

export const observeLabels = route({
  summary: 'Ground truth that arrives after its records, published as LabelObserved',
  description:
    'Each label names its record by entity id and event time, so the dataset needs an entity key, an event time and a label field that is not a class name (STRING labels come with their rows). ' +
    'Values the label field does not take are refused with 422 ingestion.invalid_labels.',
  params: datasetParams,
  body: ObserveLabelsSchema,
  example: { labels: [{ entityId: 'UA-1-2001-01-01', eventTime: '2001-01-01T08:00:00Z', label: true }] },
  response: z.object({ accepted: z.number().int() }).meta({ id: 'LabelsAccepted' }),
  status: 202,
  responses: { 404: 'the dataset has no registered spec' },
});
