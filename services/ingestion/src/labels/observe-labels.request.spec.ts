import { InvalidRequestError, parseRouteInput } from '@loopgate/service';
import { observedLabelsOf } from './observe-labels.request';
import { observeLabels } from './labels.routes';

const observe = (body: unknown) => parseRouteInput(observeLabels, { params: { datasetId: 'flights' }, body }).body;

describe('observe labels request', () => {
  it('takes epoch milliseconds or ISO times and booleans as 0/1, observed now unless said', () => {
    expect(observedLabelsOf(observe(observeLabels.example), 5)).toEqual([
      {
        entityId: 'UA-1-2001-01-01',
        eventTime: Date.parse('2001-01-01T08:00:00Z'),
        label: 1,
        observedAt: 5,
        predictionId: null,
      },
    ]);
    expect(
      observedLabelsOf(
        observe({ labels: [{ entityId: 'a', eventTime: 10, label: 0.5, observedAt: 20, predictionId: 'p' }] }),
        5,
      ),
    ).toEqual([{ entityId: 'a', eventTime: 10, label: 0.5, observedAt: 20, predictionId: 'p' }]);
  });

  it('names every bad label in one answer', () => {
    try {
      observe({
        labels: [
          { entityId: '', eventTime: 'yesterday', label: 'yes' },
          { entityId: 'b', eventTime: 1, label: 1, extra: true },
        ],
      });
      throw new Error('accepted');
    } catch (error) {
      expect((error as InvalidRequestError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        expect.stringMatching(/^labels\.0\.entityId: /),
        'labels.0.eventTime: must be epoch milliseconds, or an ISO-8601 date-time with a zone (2001-01-31T08:05:00Z)',
        expect.stringMatching(/^labels\.0\.label: /),
        "labels.1: has unknown key 'extra'",
      ]);
    }
  });
});
