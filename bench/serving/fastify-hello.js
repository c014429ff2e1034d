// The baseline: a bare Fastify hello-world on the same machine, to read serving's overhead as a ratio.
const fastify = require('fastify')();

fastify.get('/', async () => ({ hello: 'world' }));
fastify.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error) => {
  console.error(error);
  process.exit(1);
});
