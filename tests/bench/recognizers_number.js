// Throughput of Microsoft Recognizers-Text's English number model on a text
// file, paragraph by paragraph (as a pipeline over wire copy would call it).
// Prints one JSON line. Used by compare_recognizers.sh.
'use strict';
const fs = require('fs');
const { NumberRecognizer, Culture } = require('@microsoft/recognizers-text-number');

const text = fs.readFileSync(process.argv[2], 'utf8');
const paragraphs = text.split('\n').filter((p) => p.length > 0);
const model = new NumberRecognizer(Culture.English).getNumberModel();
model.parse(paragraphs[0]);  // warm up: compiles the model's expressions

const start = process.hrtime.bigint();
let mentions = 0;
for (const paragraph of paragraphs) mentions += model.parse(paragraph).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const megabytes = Buffer.byteLength(text) / (1 << 20);
console.log(JSON.stringify({ megabytes, seconds, mentions,
                             mb_per_second: megabytes / seconds }));
