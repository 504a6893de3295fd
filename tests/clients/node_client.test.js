// The Node client against a real factcheckd: ingest, verify, stream, search;
// over two replicas, calls balanced between them; against a busy server, a
// call refused as busy sent again.
// Run by tests/clients/run.sh (node --test) after `npm ci` in client/node,
// with FACTCHECKD naming the server binary. One server on 127.0.0.1 with an
// ephemeral port and a temporary store serves every test.
'use strict';

const assert = require('node:assert');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { after, before, test } = require('node:test');

const { FactCheck, channelTarget } = require('../../client/node/factcheck');
// The client's own copies, as an application would require them.
const grpc = require('../../client/node/node_modules/@grpc/grpc-js');
const protoLoader = require('../../client/node/node_modules/@grpc/proto-loader');

function wire(i, toll, day, place = 'Ruritania') {
  return {
    id: `wire-${i}`,
    source: 'Wire',
    url: `https://example.org/wire-${i}`,
    published_at: { seconds: Date.UTC(2024, 2, day, 9) / 1000 },
    text: `At least ${toll} people were killed in the floods in ${place} after ` +
      'the river burst its banks in the night and swept through the low-lying ' +
      'districts of the capital, where thousands of families had lived beside ' +
      'the water for generations without ever seeing it rise so far, and the ' +
      'rescue teams searched the mud until the morning, officials said. ' +
      '"We are doing all we can," Governor Ana Ruiz said.',
  };
}

let server;
let directory;
let fc;

before(async () => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-node-'));
  const portFile = path.join(directory, 'port');
  server = spawn(process.env.FACTCHECKD, [
    `--data_dir=${path.join(directory, 'data')}`,
    '--listen=127.0.0.1:0', `--port_file=${portFile}`,
  ], { stdio: 'ignore' });
  const deadline = Date.now() + 30000;
  while (!(fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').trim())) {
    if (Date.now() > deadline) throw new Error('factcheckd did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fc = new FactCheck(`127.0.0.1:${fs.readFileSync(portFile, 'utf8').trim()}`);
  await fc.ingest([wire(1, 43, 11), wire(2, 53, 12)]);
});

after(() => {
  fc.close();
  server.kill('SIGTERM');
  fs.rmSync(directory, { recursive: true, force: true });
});

test('ingest reports each outcome', async () => {
  const results = await fc.ingest([wire(1, 43, 11), wire(9, 12, 1)]);
  assert.deepStrictEqual(results.map((r) => r.report_id), ['wire-1', 'wire-9']);
  assert.strictEqual(results[0].outcome, 'INGEST_OUTCOME_UNCHANGED');
  assert.strictEqual(results[1].outcome, 'INGEST_OUTCOME_CREATED');
});

test('verify links the evidence to the earlier report', async () => {
  const response = await fc.verify({
    text: 'At least 65 people were killed in the floods in Ruritania.',
    published_at: { seconds: Date.UTC(2024, 2, 13, 9) / 1000 },
  });
  const numeric = response.verdicts.filter((v) => v.claim.numeric);
  assert.strictEqual(numeric.length, 1);
  assert.strictEqual(numeric[0].evidence[0].url, 'https://example.org/wire-2');
});

test('stream answers every document in order, a bad one with its error', async () => {
  const answers = await fc.verifyStream(
    [wire(3, 60, 13), { id: 'empty', text: '' }, wire(4, 61, 14)]);
  assert.deepStrictEqual(answers.map((a) => a.request_id),
                         ['wire-3', 'empty', 'wire-4']);
  assert.strictEqual(answers[1].error.code, 3);  // INVALID_ARGUMENT
  assert.ok(answers[0].result.verdicts.length > 0);
});

test('search gives the toll history oldest first', async () => {
  const history = await fc.search({ measure: 'deaths', place: 'Ruritania' });
  const figures = history
    .filter((e) => e.report_id === 'wire-1' || e.report_id === 'wire-2')
    .map((e) => [e.report_id, e.claim.numeric.quantity.lower]);
  assert.deepStrictEqual(figures, [['wire-1', 43], ['wire-2', 53]]);
  const quotes = await fc.search({ speaker: 'Ana Ruiz' });
  assert.ok(quotes.length >= 2);
});

test('a long article response over four megabytes is received', async () => {
  // Another country's floods, three reports of them: the other tests' store
  // is kept, and each claim comes back with its evidence.
  await fc.ingest([0, 1, 2].map((k) => wire(70 + k, 77, 12, 'Freedonia')));
  const text = Array.from({ length: 1000 }, () => wire(0, 77, 13, 'Freedonia').text)
    .join(' ');
  const response = await fc.verify({
    text, published_at: { seconds: Date.UTC(2024, 2, 13, 9) / 1000 },
  });
  assert.ok(response.verdicts.length > 1000);
  // gRPC's default 4 MB receive limit alone would refuse it.
  const Service = grpc.loadPackageDefinition(protoLoader.loadSync(
    'protos/factcheck_service.proto',
    { includeDirs: [path.resolve(__dirname, '..', '..')], keepCase: true }))
    .factcheck.v1.FactCheck;
  const plain = new Service(fc.client.getChannel().getTarget().replace(/^dns:/, ''),
                            grpc.credentials.createInsecure());
  await assert.rejects(
    new Promise((resolve, reject) => plain.VerifyDocument(
      { document: { text } }, (error, answer) => (error ? reject(error) : resolve(answer)))),
    (error) => error.code === grpc.status.RESOURCE_EXHAUSTED);
  plain.close();
});

test('a bad request names the field', async () => {
  await assert.rejects(fc.verify({ text: '' }), (error) => {
    assert.strictEqual(error.code, 3);
    assert.match(error.details, /text/);
    return true;
  });
});

// A factcheckd with a store of its own and `flags`; resolves to
// { process, address, dir }.
async function startServer(flags = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-node-'));
  const portFile = path.join(dir, 'port');
  const child = spawn(process.env.FACTCHECKD, [
    `--data_dir=${path.join(dir, 'data')}`,
    '--listen=127.0.0.1:0', `--port_file=${portFile}`, ...flags,
  ], { stdio: 'ignore' });
  const deadline = Date.now() + 30000;
  while (!(fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').trim())) {
    if (Date.now() > deadline) throw new Error('factcheckd did not start');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { process: child, dir,
           address: `127.0.0.1:${fs.readFileSync(portFile, 'utf8').trim()}` };
}

test('calls over a list of replicas are balanced between them', async () => {
  // Each replica has a store of its own: where a report is stored says
  // which replica took its call.
  const replicas = [await startServer(), await startServer()];
  const balanced = new FactCheck(replicas.map((r) => r.address));
  try {
    for (let i = 100; i < 110; i++) await balanced.ingest([wire(i, 40 + i, 1 + i % 28)]);
    const counts = [];
    for (const replica of replicas) {
      const one = new FactCheck(replica.address);
      counts.push((await one.call('ListReports', { page_size: 1000 })).reports.length);
      one.close();
    }
    assert.ok(counts[0] > 0 && counts[1] > 0, `counts ${counts}`);
    assert.strictEqual(counts[0] + counts[1], 10);
  } finally {
    balanced.close();
    for (const replica of replicas) {
      replica.process.kill('SIGKILL');
      fs.rmSync(replica.dir, { recursive: true, force: true });
    }
  }
});

// A port nothing listens on now.
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// The value of the line starting `prefix` in the /metrics at `port`; 0 when
// there is none.
function counter(port, prefix) {
  return new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${port}/metrics`, (response) => {
      let body = '';
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => {
        const line = body.split('\n').find((l) => l.startsWith(prefix));
        resolve(line ? Number(line.slice(prefix.length)) : 0);
      });
    }).on('error', reject);
  });
}

test('a call refused as busy succeeds once a turn is free', async () => {
  // Two threads and no room to wait, kept busy by six callers (as
  // tests/testing:busy_server does): nearly every other call is refused.
  const metricsPort = await freePort();
  const busy = await startServer([
    '--threads=2', '--max_queued_calls=0', `--metrics_listen=127.0.0.1:${metricsPort}`,
  ]);
  const Service = grpc.loadPackageDefinition(protoLoader.loadSync(
    'protos/factcheck_service.proto',
    { includeDirs: [path.resolve(__dirname, '..', '..')], keepCase: true }))
    .factcheck.v1.FactCheck;
  const plain = new Service(busy.address, grpc.credentials.createInsecure());
  const fc = new FactCheck(busy.address);
  let text = '';
  while (text.length < 16 << 10) {
    text += `At least ${text.length % 97 + 3} people were killed in Gaza, officials said. `;
  }
  let stopped = false;
  const callers = Array.from({ length: 6 }, async () => {
    while (!stopped) {
      await new Promise((resolve) => plain.ExtractClaims(
        { text }, { deadline: Date.now() + 30000 }, () => resolve()));
    }
  });
  const verifyCalls = (code) => counter(metricsPort,
    `factcheck_calls_total{method="/factcheck.v1.FactCheck/VerifyDocument",code="${code}"} `);
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    let deadline = Date.now() + 30000;
    while (await counter(metricsPort, 'factcheck_calls_refused_total ') === 0 &&
           Date.now() < deadline) await sleep(10);
    assert.ok(await counter(metricsPort, 'factcheck_calls_refused_total ') > 0);

    // A call whose first attempt happens on a free turn says nothing about
    // retries, so calls are made (a bounded number) until one is refused.
    let refused = false;
    for (let call = 0; call < 20 && !refused; ++call) {
      const refusedBefore = await verifyCalls('RESOURCE_EXHAUSTED');
      const finishedBefore = await verifyCalls('OK');
      const verifying = fc.verify({ text: 'At least 12 people were killed.' })
        .then((response) => ({ response }), (error) => ({ error }));
      // Once the first attempt is refused, the load goes away; the attempts
      // after the 100 ms pushback find a turn.
      deadline = Date.now() + 10000;
      while (await verifyCalls('RESOURCE_EXHAUSTED') === refusedBefore &&
             await verifyCalls('OK') === finishedBefore && Date.now() < deadline) {
        await sleep(5);
      }
      refused = await verifyCalls('RESOURCE_EXHAUSTED') > refusedBefore;
      if (refused) {
        stopped = true;
        await Promise.all(callers);
      }
      const outcome = await verifying;
      assert.strictEqual(outcome.error, undefined);
    }
    assert.ok(refused, 'twenty calls all found a turn: nothing was retried');
  } finally {
    stopped = true;
    fc.close();
    plain.close();
    busy.process.kill('SIGKILL');
    fs.rmSync(busy.dir, { recursive: true, force: true });
  }
});

test('targets are read as the CLI reads them', () => {
  const one = channelTarget('localhost:50051');
  assert.strictEqual(one.target, 'localhost:50051');
  assert.match(one.serviceConfig, /RESOURCE_EXHAUSTED/);
  assert.doesNotMatch(one.serviceConfig, /round_robin/);
  const dns = channelTarget('dns:///factcheck.example:50051');
  assert.strictEqual(dns.target, 'dns:///factcheck.example:50051');
  assert.match(dns.serviceConfig, /round_robin/);
  assert.strictEqual(channelTarget('10.0.0.1:1, 10.0.0.2:2').target,
                     'ipv4:10.0.0.1:1,10.0.0.2:2');
  assert.strictEqual(channelTarget(['[::1]:1', '[::1]:2']).target,
                     'ipv6:[::1]:1,[::1]:2');
  assert.throws(() => channelTarget('10.0.0.1:1,factcheck.example:2'), /dns:\/\/\//);
  assert.throws(() => channelTarget('10.0.0.1:1,[::1]:2'), /not both/);
  assert.throws(() => channelTarget(''), /no server named/);
});
