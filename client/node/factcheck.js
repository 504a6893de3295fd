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
    this.client = new Service(
      target,
      options.credentials || grpc.credentials.createInsecure(),
      {
        'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
        'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
      });
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

module.exports = { FactCheck, MAX_MESSAGE_BYTES };
