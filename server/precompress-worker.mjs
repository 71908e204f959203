// One worker thread of the build's precompression (precompress.mjs): compresses the files it is
// given and posts back how many files and bytes.
import { parentPort, workerData } from 'node:worker_threads';
import { compressFiles } from './precompress.mjs';

parentPort.postMessage(await compressFiles(workerData));
