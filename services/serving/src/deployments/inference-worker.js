// An inference thread: onnxruntime-node runs a session on the calling thread and blocks it, so models
// run here, off the event loop that serves HTTP and keeps the latency budget's timer. Plain JavaScript:
// it needs nothing but onnxruntime-node.
const { parentPort } = require('node:worker_threads');
const { InferenceSession, Tensor } = require('onnxruntime-node');

const sessions = new Map();

parentPort.on('message', async (message) => {
  try {
    if (message.type === 'load') {
      // Loaded already: a replacement thread loading every model met a new deployment's load.
      if (!sessions.has(message.modelId)) sessions.set(message.modelId, await InferenceSession.create(message.bytes));
      parentPort.postMessage({ requestId: message.requestId, ok: true });
    } else if (message.type === 'run') {
      const session = sessions.get(message.modelId);
      if (!session) throw new Error(`model ${message.modelId} is not loaded in this thread`);
      const inputs = {};
      for (const [name, t] of Object.entries(message.feeds)) inputs[name] = new Tensor(t.type, t.data, t.dims);
      const result = await session.run(inputs);
      const scores = Float32Array.from(result[message.output].data);
      parentPort.postMessage({ requestId: message.requestId, ok: true, scores }, [scores.buffer]);
    } else if (message.type === 'release') {
      const session = sessions.get(message.modelId);
      sessions.delete(message.modelId);
      if (session) await session.release();
      parentPort.postMessage({ requestId: message.requestId, ok: true });
    }
  } catch (error) {
    parentPort.postMessage({
      requestId: message.requestId,
      ok: false,
      message: error && error.message ? error.message : String(error),
    });
  }
});
