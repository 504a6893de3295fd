// A small Node client of factcheckd: loads the factcheck.v1 service from the
// repository's protos/ at run time (nothing generated is checked in) and
// wraps each call in a promise.
//
//   const { FactCheck } = require('./factcheck');
//   const fc = new FactCheck('127.0.0.1:50051');
//   await fc.ingest([{ id: 'ap-1', source: 'AP',
//                      published_at: { seconds: 1620727200 },
//                      text: 'The death toll rose to 43.' }]);
//   const { verdicts } = await fc.verify({ text: 'At least 65 were killed.' });
//   fc.close();
//
// The target names one server (HOST:PORT) or replicas to balance over, as the
// CLI's --server does: a list ('10.0.0.1:50051,10.0.0.2:50051', or an array
// of IP:PORT) or a target with a resolver scheme
// ('dns:///factcheck.example:50051'). Replicas get gRPC's round_robin. The
// service config also asks for client-side health checking on
// factcheck.v1.FactCheck, as the CLI's does, but @grpc/grpc-js (1.14) does
// not implement it: a replica saying NOT_SERVING (its store away, or in its
// --shutdown_notice) still gets calls, and one that goes away fails its calls
// UNAVAILABLE until the channel sees it gone. Retry those; ingest is
// idempotent by report id.
//
// Messages use the proto field names (published_at, sentence_span); 64-bit
// integers come back as strings, enums as their names.
'use strict';

const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

// The server's default --max_message_bytes: a long article's verdicts exceed
// gRPC's default 4 MB receive limit.
const MAX_MESSAGE_BYTES = 16 << 20;

// The repository root, which holds protos/ (imports are "protos/...").
const ROOT = path.resolve(__dirname, '..', '..');

// The CLI's retry policy (client/server_targets.h): a call the server refuses
// as busy (RESOURCE_EXHAUSTED with a grpc-retry-pushback-ms trailer, which
// grpc-js honours) is sent again after the pushback, at most 5 attempts in
// all, for the methods that read and for IngestReports (stored by report id:
// a refused call stored nothing, and one sent twice stores the same reports);
// never DeleteReport nor the VerifyDocuments stream, whose documents are
// refused one by one inside it.
const RETRY_METHOD_CONFIG = [{
  name: ['ExtractClaims', 'VerifyDocument', 'GetReport', 'ListReports',
         'SearchClaims', 'IngestReports']
    .map((method) => ({ service: 'factcheck.v1.FactCheck', method })),
  retryPolicy: {
    maxAttempts: 5, initialBackoff: '0.1s', maxBackoff: '1s',
    backoffMultiplier: 2, retryableStatusCodes: ['RESOURCE_EXHAUSTED'],
  },
}];

// The CLI's service configs (client/server_targets.h): for one server, and
// for replicas.
const SERVICE_CONFIG = JSON.stringify({ methodConfig: RETRY_METHOD_CONFIG });
const BALANCED_SERVICE_CONFIG = JSON.stringify({
  methodConfig: RETRY_METHOD_CONFIG,
  loadBalancingConfig: [{ round_robin: {} }],
  healthCheckConfig: { serviceName: 'factcheck.v1.FactCheck' },
});

const SCHEMES = ['dns:', 'ipv4:', 'ipv6:', 'unix:', 'unix-abstract:'];
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}:\d{1,5}$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]:\d{1,5}$/;

// { target, serviceConfig } of `servers` (SERVICE_CONFIG for one server,
// BALANCED_SERVICE_CONFIG for replicas): HOST:PORT alone, a list of IP:PORT (a comma-separated string or
// an array), or a target with a resolver scheme. Throws, saying what is
// accepted, for an empty target, a host name inside a list (give it alone as
// dns:///NAME:PORT) or a list mixing IPv4 and IPv6.
function channelTarget(servers) {
  const items = (Array.isArray(servers) ? servers : String(servers).split(','))
    .map((item) => item.trim());
  const accepted = 'give HOST:PORT, a list of IP:PORT, or a gRPC target such ' +
    'as dns:///NAME:PORT';
  if (!items.some((item) => item)) throw new Error(`no server named: ${accepted}`);
  if (items.length === 1) {
    return SCHEMES.some((scheme) => items[0].startsWith(scheme))
      ? { target: items[0], serviceConfig: BALANCED_SERVICE_CONFIG }
      : { target: items[0], serviceConfig: SERVICE_CONFIG };
  }
  const kinds = new Set();
  for (const item of items) {
    if (IPV4.test(item)) kinds.add('ipv4');
    else if (IPV6.test(item)) kinds.add('ipv6');
    else {
      throw new Error(`'${item}' in a list is not IP:PORT (a name goes alone, ` +
                      `as dns:///NAME:PORT); ${accepted}`);
    }
  }
  if (kinds.size > 1) throw new Error('a list holds IPv4 or IPv6 addresses, not both');
  return { target: `${[...kinds][0]}:${items.join(',')}`,
           serviceConfig: BALANCED_SERVICE_CONFIG };
}

function loadService(root = ROOT) {
  const definition = protoLoader.loadSync('protos/factcheck_service.proto', {
    includeDirs: [root],
    keepCase: true,
    longs: String,
    enums: String,
    defaults: false,
    oneofs: true,
  });
  return grpc.loadPackageDefinition(definition).factcheck.v1.FactCheck;
}

class FactCheck {
  // `options.token`: sent as "authorization: Bearer TOKEN"; `options.timeoutMs`
  // per call (default 30 s); `options.credentials` for TLS (default: none).
  constructor(target, options = {}) {
    const Service = loadService(options.root);
    const { target: channel, serviceConfig } = channelTarget(target);
    const channelOptions = {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      'grpc.service_config': serviceConfig,
    };
    this.client = new Service(
      channel, options.credentials || grpc.credentials.createInsecure(),
      channelOptions);
    this.metadata = new grpc.Metadata();
    if (options.token) this.metadata.set('authorization', `Bearer ${options.token}`);
    this.timeoutMs = options.timeoutMs || 30000;
  }

  call(method, request) {
    return new Promise((resolve, reject) => {
      this.client[method](
        request, this.metadata,
        { deadline: new Date(Date.now() + this.timeoutMs) },
        (error, response) => (error ? reject(error) : resolve(response)));
    });
  }

  // One IngestResult per report, in order.
  async ingest(reports) {
    return (await this.call('IngestReports', { reports })).results;
  }

  extract(text) {
    return this.call('ExtractClaims', { text });
  }

  verify(document, asOf) {
    return this.call('VerifyDocument',
                     asOf ? { document, as_of: asOf } : { document });
  }

  // Verifies documents over one stream; resolves to the answers in order,
  // each { request_id, result } or { request_id, error }.
  verifyStream(documents) {
    return new Promise((resolve, reject) => {
      const answers = [];
      const stream = this.client.VerifyDocuments(this.metadata);
      stream.on('data', (response) => answers.push(response));
      stream.on('error', reject);
      stream.on('end', () => resolve(answers));
      for (const document of documents) {
        stream.write({ request_id: document.id, document });
      }
      stream.end();
    });
  }

  // Every stored claim (Evidence) of a figure ({ measure, place }), a
  // speaker ({ speaker }) or words ({ words }), oldest first.
  async search(query) {
    const request = { page_size: 500 };
    if (query.measure !== undefined) {
      request.figures = { measure: query.measure, place: query.place || '' };
    } else if (query.speaker !== undefined) {
      request.speaker = query.speaker;
    } else {
      request.words = query.words;
    }
    const claims = [];
    for (;;) {
      const page = await this.call('SearchClaims', request);
      claims.push(...page.claims);
      if (!page.next_page_token) return claims;
      request.page_token = page.next_page_token;
    }
  }

  close() {
    this.client.close();
  }
}

module.exports = { FactCheck, MAX_MESSAGE_BYTES, channelTarget };
