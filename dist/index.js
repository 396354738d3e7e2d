import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R6: () => (/* binding */ importResult),
/* harmony export */   S3: () => (/* binding */ isSuccessfulImport),
/* harmony export */   WV: () => (/* binding */ fileResultsOf),
/* harmony export */   tM: () => (/* binding */ countContradiction)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3324);

function importResult(job) {
    if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isFinished */ .$g)(job))
        return 'unfinished';
    const files = job.files ?? [];
    if (job.status === 'failed' || files.some((f) => f.status === 'failed'))
        return 'failed';
    if (job.status === 'partFailed' || files.some((f) => f.status === 'partFailed'))
        return 'partFailed';
    if (fileResultsOf(job) === 'not-reported' || files.some((f) => f.status === 'unknown'))
        return 'unknown';
    if (files.some((f) => countContradiction(f) !== undefined))
        return 'unknown';
    return 'success';
}
/** A successful import, by the rule above. */
function isSuccessfulImport(job) {
    return importResult(job) === 'success';
}
function fileResultsOf(job) {
    // An import whose details name no file at all (`{}`, empty lists) reported nothing, not 0 lines.
    if (job.files !== null && (job.files.length > 0 || !(0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isImport */ .YF)(job)))
        return 'reported';
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isImport */ .YF)(job) ? 'not-reported' : 'not-applicable';
}
/**
 * Why a file's line counts contradict themselves or its status, or undefined. Green needs
 * evidence that agrees: a file GES calls `success` with failed lines, or with more successful
 * and failed lines than lines in all, is not a success.
 */
function countContradiction(file) {
    const { totalLines: total, successfulLines: ok, failedLines: failed } = file;
    if (file.status === 'success' && failed !== null && failed > 0)
        return `"${file.path}" is reported as success with ${failed} failed lines`;
    if (total !== null && (ok ?? 0) + (failed ?? 0) > total)
        return `"${file.path}" has ${ok ?? '?'} successful and ${failed ?? '?'} failed of ${total} lines`;
    return undefined;
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ newer)
/* harmony export */ });
/**
 * Whether `a` is newer than `b`: the later begin time, as `timeOf` reads it (callers differ on
 * where a job without one goes); a tie goes to the larger id, so that the choice never depends
 * on the order GES listed the jobs in, which it does not document.
 */
function newer(a, b, timeOf) {
    const ta = timeOf(a);
    const tb = timeOf(b);
    return ta !== tb ? ta > tb : a.id > b.id;
}


/***/ }),

/***/ 3324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ isFinished),
/* harmony export */   YF: () => (/* binding */ isImport),
/* harmony export */   jb: () => (/* binding */ hasUnreadableBegin),
/* harmony export */   vN: () => (/* binding */ isFinishedStatus)
/* harmony export */ });
/** One internal model for GES jobs, whichever API version (camelCase v1, snake_case v2) sent them. */
const FINISHED = new Set(['success', 'failed', 'partFailed']);
function isFinishedStatus(status) {
    return FINISHED.has(status);
}
/**
 * A job whose entry could not be read, or whose entries in one listing disagree, is never
 * finished: its import details are not known.
 */
function isFinished(job) {
    return isFinishedStatus(job.status) && job.unreadable === undefined && job.listingConflict === undefined;
}
/** GES returns jobDetail "only when jobName is ImportGraph" (docs/ges-api.md#job-fields). */
function isImport(job) {
    return (job.name ?? '').toLowerCase() === 'importgraph';
}
/** GES sent a begin time that cannot be read: its place in time is unknown, not "not begun". */
function hasUnreadableBegin(job) {
    return job.beginTimeRaw !== null && job.beginTime === null;
}


/***/ }),

/***/ 2247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ApiError)
/* harmony export */ });
class ApiError extends Error {
    kind;
    details;
    hint;
    name = 'ApiError';
    constructor(kind, message, details = {}, 
    /** What to do about it, when the layer that failed knows better than the status code. */
    hint) {
        super(message);
        this.kind = kind;
        this.details = details;
        this.hint = hint;
    }
    /** `401 APIG.0301, request id abc` — for warnings and the report. */
    get reference() {
        const { status, code, requestId } = this.details;
        return [status ? `HTTP ${status}` : undefined, code, requestId ? `request id ${requestId}` : undefined]
            .filter(Boolean)
            .join(', ');
    }
}


/***/ }),

/***/ 7425:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ hintForApiError)
/* harmony export */ });
/** Gateway codes: some Huawei docs spell the prefix `APIGW.` (docs/ges-api.md#errors). */
const apig = (number) => new RegExp(`^APIGW?\\.${number}$`, 'i');
/**
 * What to do about an error that stopped the wait: one sentence a person can act on, naming
 * the input to fix. Undefined when there is nothing better to say than the error itself.
 * Codes come before statuses: the gateway and GES reuse 400 and 401 for different mistakes.
 */
function hintForApiError(error) {
    if (error.hint)
        return error.hint;
    const code = error.details.code ?? '';
    const status = error.details.status;
    // docs/ges-api.md#errors: APIG.0307 "the token must be updated", an expired token.
    if (apig('0307').test(code)) {
        return 'The token expired (APIG.0307, "the token must be updated"): get a new one and pass it as "token" (IAM tokens live 24 h). With iam-user/iam-password the action already fetched a new token once and GES still refused it.';
    }
    // docs/ges-api.md#errors: APIG.0301 covers bad or expired tokens, bad signatures, unknown AKs and clock skew.
    if (apig('0301').test(code) || status === 401) {
        return 'Authentication failed: check the token or the access-key/secret-key pair (and security-token for temporary keys), and that they belong to this project. With AK/SK, also check the runner clock: a signature more than 15 minutes off is rejected the same way. A bad AK/SK is not retried: 5 failures lock the key for 5 minutes.';
    }
    // docs/ges-api.md#errors (ges_03_0040): a wrong project id comes as 400 GES.0016 or GES.0001, not 404.
    if (/^GES\.0016$/i.test(code)) {
        return 'GES does not know this project (GES.0016): check "project-id" (the id of the project of your region, in the console under My Credentials > Projects).';
    }
    if (/^GES\.0001$/i.test(code)) {
        return 'GES rejected a request parameter (GES.0001), which is also how it answers a wrong project id: check "project-id", then "region"/"endpoint".';
    }
    if (/^GES\.7000$/i.test(code))
        return 'The graph does not exist: check "graph-name".';
    if (status === 403) {
        return 'The credentials lack permission: grant the IAM user a GES policy (GES ReadOnlyAccess is enough to read jobs) in this project.';
    }
    if (status === 404) {
        return 'Check "project-id", "region"/"endpoint" and "api-version": the job-center URL was not found.';
    }
    return undefined;
}


/***/ }),

/***/ 1517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   bd: () => (/* binding */ ActionsHttpTransport)
/* harmony export */ });
/* unused harmony export socketHost */
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4646);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4942);
/* harmony import */ var _shared_cancellation_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1010);
/* harmony import */ var _shared_timers_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(407);




/** The request got no complete answer: reset, refused, DNS, TLS, timeout. */
class NetworkError extends Error {
    code;
    name = 'NetworkError';
    constructor(message, 
    /** Node's error code (ENOTFOUND, ECONNREFUSED, CERT_HAS_EXPIRED…), when there is one. */
    code) {
        super(message);
        this.code = code;
    }
}
/** A body larger than this is not a job-center answer; stop reading rather than fill memory. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/**
 * All GES and IAM calls go through @actions/http-client, so the runner's proxy settings
 * (https_proxy, no_proxy) apply. Its redirect following and retries are off: it would forward
 * X-Auth-Token to another host and it ignores Retry-After, so callers decide both.
 */
class ActionsHttpTransport {
    signal;
    client;
    /** The signal of the request being prepared: http-client reads it synchronously in request(). */
    pendingSignal;
    constructor(userAgent, signal, socketTimeoutMs) {
        this.signal = signal;
        // The handler is http-client's only hook into each request: it lets cancellation and the
        // request's own deadline tear the socket down instead of waiting for a hung server (one
        // that never answers, or sends headers and then never finishes the body).
        const abortOnCancel = {
            prepareRequest: (options) => {
                options.signal = this.pendingSignal ?? signal;
                // URL.hostname keeps an IPv6 address's brackets (`[::1]`), which a socket cannot resolve
                // (ENOTFOUND); Node's Host header puts them back (RFC 3986 §3.2.2).
                if (typeof options.host === 'string')
                    options.host = socketHost(options.host);
            },
            canHandleAuthentication: () => false,
            handleAuthentication: () => Promise.reject(new Error('not supported'))
        };
        this.client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(userAgent, [abortOnCancel], {
            allowRedirects: false,
            allowRetries: false,
            maxRetries: 0,
            keepAlive: true,
            socketTimeout: (0,_shared_timers_js__WEBPACK_IMPORTED_MODULE_2__/* .clampTimerMs */ .vb)(socketTimeoutMs)
        });
    }
    async send(request) {
        if (this.signal.aborted)
            throw new _shared_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .c();
        const expired = new AbortController();
        let message;
        const timeout = `no complete answer within ${request.timeoutMs} ms`;
        let started;
        this.pendingSignal = AbortSignal.any([this.signal, expired.signal]);
        try {
            started = this.client.request(request.method, request.url, request.body ?? null, request.headers);
        }
        finally {
            this.pendingSignal = undefined;
        }
        return withDeadline((async () => {
            const response = await started;
            message = response.message;
            const status = message.statusCode ?? 0;
            const headers = flatten(message.headers);
            if (request.maxBodyBytes === undefined)
                return { status, headers, body: await readBody(message) };
            const { raw, truncated } = await readBytes(message, request.maxBodyBytes);
            return { status, headers, body: raw.toString('utf8'), raw, truncated };
        })(), request.timeoutMs, this.signal, () => {
            expired.abort();
            message?.destroy();
        }, timeout);
    }
    dispose() {
        this.client.dispose();
    }
}
/** `[::1]` → `::1`: the address a socket connects to; any other host unchanged. */
function socketHost(host) {
    return /^\[[0-9a-fA-F:.]+\]$/.test(host) ? host.slice(1, -1) : host;
}
function flatten(headers) {
    const result = {};
    for (const [name, value] of Object.entries(headers))
        result[name] = Array.isArray(value) ? value.join(', ') : value;
    return result;
}
/** http-client's readBody ignores 'error' and 'aborted', so a reset mid-body would hang it. */
function readBody(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        message.on('data', (chunk) => {
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                message.destroy();
                reject(new NetworkError(`response body larger than ${MAX_BODY_BYTES} bytes`));
                return;
            }
            chunks.push(chunk);
        });
        message.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.on('error', (error) => reject(new NetworkError(`connection lost while reading the answer (${error.message})`)));
        message.on('aborted', () => reject(new NetworkError('connection lost while reading the answer')));
    });
}
/** Up to `limit` bytes of the body; the connection is closed once they are read. */
function readBytes(message, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let done = false;
        message.on('data', (chunk) => {
            if (done)
                return;
            chunks.push(chunk);
            size += chunk.length;
            if (size >= limit) {
                done = true;
                message.destroy();
                resolve({ raw: Buffer.concat(chunks).subarray(0, limit), truncated: size > limit });
            }
        });
        message.on('end', () => {
            if (!done)
                resolve({ raw: Buffer.concat(chunks), truncated: false });
        });
        message.on('error', (error) => {
            if (!done)
                reject(new NetworkError(`connection lost while reading the answer (${error.message})`));
        });
        message.on('aborted', () => {
            if (!done)
                reject(new NetworkError('connection lost while reading the answer'));
        });
    });
}
/** Settles with `work`, or rejects at the deadline or on cancellation, then calls `cleanUp`. */
function withDeadline(work, timeoutMs, signal, cleanUp, timeoutMessage) {
    return new Promise((resolve, reject) => {
        const finish = (settle) => {
            stopTimer();
            signal.removeEventListener('abort', onAbort);
            settle();
        };
        const onAbort = () => {
            cleanUp();
            finish(() => reject(new _shared_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .c()));
        };
        // request-timeout may be days: a timer Node cannot hold would fire at once.
        const stopTimer = (0,_shared_timers_js__WEBPACK_IMPORTED_MODULE_2__/* .startTimer */ .Ip)(() => {
            cleanUp();
            finish(() => reject(new NetworkError(`request timed out: ${timeoutMessage}`)));
        }, timeoutMs, { ref: true });
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => finish(() => resolve(value)), (error) => finish(() => reject(signal.aborted
            ? new _shared_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .CancelledError */ .c()
            : error instanceof NetworkError
                ? error
                : new NetworkError((0,_shared_text_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(error), errorCode(error)))));
    });
}
/** `code` of a Node system or TLS error (`ENOTFOUND`, `ECONNREFUSED`, `CERT_HAS_EXPIRED`…). */
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}


/***/ }),

/***/ 1260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch),
/* harmony export */   loadUndici: () => (/* binding */ loadUndici)
/* harmony export */ });
let real;
async function loadUndici() {
    real ??= (await __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19)));
}
function loaded() {
    if (!real)
        throw new Error('undici was used before loadUndici() loaded it');
    return real;
}
class ProxyAgent {
    constructor(...args) {
        // A constructor may return another object: callers get the real ProxyAgent.
        return new (loaded().ProxyAgent)(...args);
    }
}
const fetch = (...args) => loaded().fetch(...args);


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4112);

// A keep-alive socket or a hung request must not hold the runner after the verdict is out.
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
setTimeout(() => process.exit(), 500).unref();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/http/query.ts
/** Query strings as the wire carries them and as the AK/SK signer signs them: one encoder for both. */
/** RFC 3986 percent-encoding: only A-Z a-z 0-9 - _ . ~ stay; hex is uppercase. */
function encodeRfc3986(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * The query string as sent on the wire and as signed: sorted by raw name, then raw value,
 * and only then encoded — the official SDK signers sort before encoding, and the order
 * differs for names such as `é` or `^`.
 */
function canonicalQuery(query) {
    return [...query]
        .sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)))
        .map(([k, v]) => `${encodeRfc3986(k)}=${encodeRfc3986(v)}`)
        .join('&');
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/auth/aksk-signer.ts


const ALGORITHM = 'SDK-HMAC-SHA256';
/** `20261128T120000Z` */
function sdkDate(time) {
    return time
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
}
/**
 * The canonical URI: each path segment percent-encoded, with a trailing `/` appended. The
 * signer wants the `/` even though the request on the wire has none (docs/ges-api.md#aksk-signing, step 4).
 */
function canonicalUri(pathname) {
    const path = pathname
        .split('/')
        .map((segment) => encodeRfc3986(decodeURIComponent(segment)))
        .join('/');
    return path.endsWith('/') ? path : `${path}/`;
}
const sha256Hex = (data) => (0,external_node_crypto_.createHash)('sha256').update(data, 'utf8').digest('hex');
/**
 * Returns the headers to send: the given ones plus `Host`, `X-Sdk-Date` and `Authorization`.
 * Headers that must be signed (X-Project-Id, X-Security-Token) must already be in `request.headers`.
 */
function signRequest(request, keys, time) {
    const url = new URL(request.url);
    const headers = { ...request.headers, Host: url.host, 'X-Sdk-Date': sdkDate(time) };
    const canonical = new Map();
    for (const [name, value] of Object.entries(headers))
        canonical.set(name.toLowerCase(), value.trim());
    const signedNames = [...canonical.keys()].sort();
    const canonicalRequest = [
        request.method.toUpperCase(),
        canonicalUri(url.pathname),
        canonicalQuery(url.searchParams),
        signedNames.map((name) => `${name}:${canonical.get(name)}\n`).join(''),
        signedNames.join(';'),
        sha256Hex(request.body ?? '')
    ].join('\n');
    const stringToSign = `${ALGORITHM}\n${headers['X-Sdk-Date']}\n${sha256Hex(canonicalRequest)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha256', keys.secretKey).update(stringToSign, 'utf8').digest('hex');
    headers.Authorization = `${ALGORITHM} Access=${keys.accessKey}, SignedHeaders=${signedNames.join(';')}, Signature=${signature}`;
    return headers;
}

;// CONCATENATED MODULE: ./src/auth/aksk-authorizer.ts

/**
 * AK/SK signing. X-Project-Id and X-Security-Token are added before signing because they
 * must be among the signed headers (docs/ges-api.md#aksk-signing, step 1).
 */
class AkSkAuthorizer {
    keys;
    projectId;
    now;
    constructor(keys, projectId, now = () => new Date()) {
        this.keys = keys;
        this.projectId = projectId;
        this.now = now;
    }
    async authorize(request) {
        const headers = { ...request.headers };
        if (this.projectId)
            headers['X-Project-Id'] = this.projectId;
        if (this.keys.securityToken)
            headers['X-Security-Token'] = this.keys.securityToken;
        return signRequest({ ...request, headers }, this.keys, this.now());
    }
    async renew() {
        return false;
    }
}

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/http/api-error.ts
var api_error = __nccwpck_require__(2247);
;// CONCATENATED MODULE: ./src/auth/iam-client.ts


/** The two IAM calls the action makes. */
class IamClient {
    iamEndpoint;
    caller;
    constructor(iamEndpoint, caller) {
        this.iamEndpoint = iamEndpoint;
        this.caller = caller;
    }
    /** `POST /v3/auth/tokens`: the token comes back in the X-Subject-Token header. */
    async issueToken(identity, scope) {
        const body = JSON.stringify({
            auth: {
                identity: {
                    methods: ['password'],
                    password: { user: { name: identity.user, password: identity.password, domain: { name: identity.domain } } }
                },
                scope: { project: scope }
            }
        });
        let answer;
        try {
            answer = await this.caller.call({
                what: 'Getting an IAM token',
                method: 'POST',
                url: `${this.iamEndpoint}/v3/auth/tokens`,
                headers: { 'Content-Type': 'application/json;charset=utf8' },
                body
            });
        }
        catch (error) {
            if (error instanceof api_error/* ApiError */.h && error.kind === 'auth') {
                throw new api_error/* ApiError */.h('permanent', `${error.message}. IAM rejected "iam-user"/"iam-password"/"iam-domain": check them (the domain is the account name).`, error.details);
            }
            throw error;
        }
        const token = answer.headers['x-subject-token'];
        if (!token)
            throw new api_error/* ApiError */.h('transient', 'Getting an IAM token failed: IAM answered without an X-Subject-Token header');
        core_setSecret(token);
        const project = answer.json?.token?.project;
        return { token, projectId: typeof project?.id === 'string' ? project.id : undefined };
    }
    /** `GET /v3/projects?name=REGION`, AK/SK-signed: what the SDKs do when only a region is known. */
    async findProjectId(region) {
        let json;
        try {
            ;
            ({ json } = await this.caller.call({
                what: `Finding the project of region ${region}`,
                method: 'GET',
                url: `${this.iamEndpoint}/v3/projects`,
                query: { name: region }
            }));
        }
        catch (error) {
            // iam_06_0001 (docs/ges-api.md#project-discovery): listing projects needs iam:projects:list, which keys made
            // for GES alone lack. The fix is here, not in the GES policies.
            if (error instanceof api_error/* ApiError */.h && error.details.status === 403) {
                const fix = 'set "project-id" or grant iam:projects:list';
                throw new api_error/* ApiError */.h('permanent', `Finding the project of region ${region} failed: access denied (403): finding a project lists IAM projects, which needs the permission iam:projects:list; ${fix}`, error.details, `The keys may not list IAM projects: ${fix} to the IAM user (GES permissions do not cover this call).`);
            }
            throw error;
        }
        const projects = json?.projects;
        const matches = (Array.isArray(projects) ? projects : []).filter((p) => typeof p?.id === 'string' && p.name === region);
        if (matches.length !== 1) {
            throw new api_error/* ApiError */.h('permanent', `Finding the project of region ${region} failed: IAM lists ${matches.length} projects named "${region}" (exactly one is needed). Set "project-id".`);
        }
        return matches[0].id;
    }
}

;// CONCATENATED MODULE: ./src/auth/password-authorizer.ts
/**
 * IAM password auth: one project-scoped token per run, fetched on first use and kept in
 * memory; renewed once if GES answers 401 mid-wait (tokens live 24 h, a wait may outlast one).
 */
class PasswordAuthorizer {
    iam;
    identity;
    scope;
    token;
    renewals = 0;
    constructor(iam, identity, scope) {
        this.iam = iam;
        this.identity = identity;
        this.scope = scope;
    }
    /** The project id, asking IAM for a token when only the region is known. */
    async projectId() {
        if ('id' in this.scope)
            return this.scope.id;
        const issued = await this.iam.issueToken(this.identity, this.scope);
        this.token = Promise.resolve(issued.token);
        if (issued.projectId)
            this.scope = { id: issued.projectId };
        return issued.projectId;
    }
    async authorize(request) {
        this.token ??= this.iam.issueToken(this.identity, this.scope).then((issued) => issued.token);
        try {
            return { ...request.headers, 'X-Auth-Token': await this.token };
        }
        catch (error) {
            this.token = undefined; // a failed fetch (e.g. a network error) is tried again next time
            throw error;
        }
    }
    async renew() {
        if (this.renewals >= 1)
            return false;
        this.renewals += 1;
        this.token = undefined;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/auth/token-authorizer.ts
/** A ready IAM token, sent as X-Auth-Token. It cannot be renewed. */
class TokenAuthorizer {
    token;
    constructor(token) {
        this.token = token;
    }
    async authorize(request) {
        return { ...request.headers, 'X-Auth-Token': this.token };
    }
    async renew() {
        return false;
    }
}

// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __nccwpck_require__(4646);
;// CONCATENATED MODULE: ./src/http/interpret-response.ts


/** Codes worth retrying whatever the HTTP status (docs/ges-api.md#errors). `APIGW.` is the docs' other spelling. */
const THROTTLED = /^APIGW?\.0308$/i;
/**
 * GES.7005: engine unavailable, retry later (408). GES.7006: internal error, 400 or 500, which
 * the error table (ges_03_0040) documents as "try again later": a 400 that is not the caller's fault.
 */
const TRANSIENT_CODES = /^GES\.700[56]$/i;
/** APIG.0301 authentication failed, APIG.0307 "the token must be updated": 401 whatever the status says. */
const AUTH_CODES = /^APIGW?\.030[17]$/i;
const MAX_TEXT = 300;
/**
 * Turns an HTTP answer into parsed JSON or an ApiError with the right retry kind. A 200 is
 * not trusted blindly: GES v1 can put `errorCode` in a 200 body, and a proxy can answer 200
 * with an HTML page or nothing at all.
 */
function interpretResponse(response, what) {
    const { status, headers, body } = response;
    const requestId = headers['x-request-id'] ?? headers['x-openstack-request-id'] ?? undefined;
    const json = parseJson(body);
    const error = errorFields(json);
    const details = { status, requestId, code: error.code, retryAfterMs: parseRetryAfter(headers['retry-after']) };
    const describe = (problem) => `${what} failed: ${problem}${error.message ? `: ${(0,shared_text/* clip */.$Q)(error.message, MAX_TEXT)}` : ''}`;
    if (error.code && THROTTLED.test(error.code))
        return fail('throttled', describe('throttled by the API gateway'));
    if (status === 429)
        return fail('throttled', describe('throttled (429 Too Many Requests)'));
    if (status >= 300 && status < 400) {
        const location = headers.location ? ` to ${(0,shared_text/* clip */.$Q)(headers.location, MAX_TEXT)}` : '';
        return fail('permanent', `${what} failed: the endpoint answered ${status} redirect${location}; redirects are not followed so that credentials never go to another address. Set "endpoint" to the final URL.`);
    }
    if (status === 401 || (error.code && AUTH_CODES.test(error.code)))
        return fail('auth', describe(`authentication failed (${status})`));
    if (status === 403)
        return fail('permanent', describe('access denied (403): check the IAM permissions for GES'));
    if (status === 408 || status >= 500 || (error.code && TRANSIENT_CODES.test(error.code))) {
        return fail('transient', describe(status >= 500 ? `server error (${status})` : 'service temporarily unavailable'));
    }
    if (status === 404)
        return fail('permanent', describe('not found (404): check "project-id", "endpoint" and "api-version"'));
    if (status >= 400)
        return fail('permanent', describe(`rejected (${status})`));
    if (status < 200)
        return fail('transient', describe(`unexpected HTTP status ${status}`));
    if (json === undefined) {
        const preview = body.trim() ? `: ${(0,shared_text/* clipLine */.DX)(body, 80)}` : ' (empty body)';
        return fail('transient', `${what} failed: the answer (HTTP ${status}) is not JSON${preview}`);
    }
    if (error.code)
        return fail('permanent', describe(`GES returned error ${error.code}`));
    return json;
    function fail(kind, message) {
        throw new api_error/* ApiError */.h(kind, message, details);
    }
}
function parseJson(body) {
    if (!body.trim())
        return undefined;
    try {
        return JSON.parse(body);
    }
    catch {
        return undefined;
    }
}
/** GES v1 `errorCode`/`errorMessage`, v2 and gateway `error_code`/`error_msg`, IAM `error.message`. */
function errorFields(json) {
    if (!json || typeof json !== 'object' || Array.isArray(json))
        return {};
    const body = json;
    const text = (value) => typeof value === 'string' && value.trim() ? value.trim() : undefined;
    const nested = body.error && typeof body.error === 'object' ? body.error : {};
    return {
        code: text(body.errorCode) ?? text(body.error_code),
        message: text(body.errorMessage) ?? text(body.error_msg) ?? text(body.error_message) ?? text(nested.message)
    };
}
/** `Retry-After: 5` or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// EXTERNAL MODULE: ./src/shared/cancellation.ts
var cancellation = __nccwpck_require__(1010);
// EXTERNAL MODULE: ./src/http/transport.ts
var http_transport = __nccwpck_require__(1517);
;// CONCATENATED MODULE: ./src/http/reachability.ts

/** Tries before giving up on a host that never answered (Huawei documents nothing on this: docs/ges-api.md#what-is-not-documented-and-what-the-action-assumes). */
const MAX_TRIES = 3;
/** …or this long after its first failure, whichever comes first. */
const GRACE_MS = 30_000;
/** Failures closer than this are one try: the parallel requests of one poll fail together. */
const SAME_TRY_MS = 250;
/**
 * Why a host cannot be reached, in words, when the error says the address itself is wrong:
 * no such host, nothing listening, or a certificate that does not fit. Undefined for errors
 * that a working host also produces now and then (resets, timeouts).
 */
function unreachableCause(code, message = '') {
    if (!code)
        return undefined;
    // https:// to a port that speaks plain HTTP: OpenSSL's "wrong version number", as EPROTO.
    if (code === 'EPROTO' && /SSL|TLS/i.test(message))
        return 'TLS handshake failed: is it an https:// endpoint?';
    if (code === 'ENOTFOUND')
        return 'no such host';
    // EAI_AGAIN is a DNS failure that may pass: it counts as a try like the others, no sooner.
    if (code === 'EAI_AGAIN')
        return 'DNS lookup failed';
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
        return 'its TLS certificate is for another host name';
    if (/^CERT_/.test(code) ||
        /^ERR_TLS_/.test(code) ||
        /^ERR_SSL_/.test(code) ||
        /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(code)) {
        return `TLS certificate or handshake rejected: ${code}`;
    }
    return undefined;
}
/**
 * The request surely never reached the server: each error unreachableCause names (refused, no
 * such host, TLS rejected) happens before a byte of the request is written. After any other
 * network error (a reset, a timeout) the server may have received and processed it: a write
 * that failed so is ambiguous and is never sent again (a started import is not idempotent).
 */
function failedBeforeSending(error) {
    return unreachableCause(error.code, error.message) !== undefined;
}
/**
 * "Has this host answered once?", per host. Before a host has given any HTTP answer, an error
 * that says the address is wrong (DNS, refused, TLS) ends the wait after a short grace with the
 * input to fix; after it has answered once, the same errors are an outage and are retried until
 * the timeout. GES and IAM are separate hosts with the same rule.
 */
class Reachability {
    advice;
    now;
    hosts = new Map();
    constructor(
    /** What to check when `host` cannot be reached: `check "region" or "endpoint"`. */
    advice, now = Date.now) {
        this.advice = advice;
        this.now = now;
    }
    answered(url) {
        this.state(url).answered = true;
    }
    /** The ApiError for a network error on `url`: permanent once the grace of a never-answered host is over. */
    networkError(url, error, what) {
        const cause = unreachableCause(error.code, error.message);
        const state = this.state(url);
        if (!cause || state.answered)
            return new api_error/* ApiError */.h('transient', `${what} failed: ${error.message}`);
        const now = this.now();
        if (state.lastFailureAt === undefined || now - state.lastFailureAt >= SAME_TRY_MS)
            state.tries += 1;
        state.firstFailureAt ??= now;
        state.lastFailureAt = now;
        const host = hostOf(url);
        if (state.tries >= MAX_TRIES || now - state.firstFailureAt >= GRACE_MS) {
            const advice = this.advice(host);
            return new api_error/* ApiError */.h('permanent', `cannot reach ${host} (${cause}): ${advice}`, { code: error.code }, 
            // The message gives the cause and the advice; the tip adds what that means, not them again.
            `${host} failed ${MAX_TRIES} tries in a row and never answered: no request reached it, so nothing is known about the job.`);
        }
        return new api_error/* ApiError */.h('transient', `${what} failed: cannot reach ${host} (${cause}); try ${state.tries} of ${MAX_TRIES}`, { code: error.code });
    }
    state(url) {
        const host = hostOf(url);
        let state = this.hosts.get(host);
        if (!state)
            this.hosts.set(host, (state = { answered: false, tries: 0 }));
        return state;
    }
}
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./src/http/api-caller.ts






/**
 * One authenticated request: builds the URL (query encoded as the signer encodes it), adds
 * credentials, sends, and interprets the answer. A 401 is retried once, only when the
 * authorizer could renew its credentials. Other retries are the waiter's business.
 */
class ApiCaller {
    transport;
    authorizer;
    requestTimeoutMs;
    log;
    reachability;
    constructor(transport, authorizer, 
    /** The budget of the next request: it shrinks near the end of the wait. */
    requestTimeoutMs, log, 
    /** Shared by every caller of the run: which hosts have answered once. */
    reachability) {
        this.transport = transport;
        this.authorizer = authorizer;
        this.requestTimeoutMs = requestTimeoutMs;
        this.log = log;
        this.reachability = reachability;
    }
    async call(call) {
        const query = canonicalQuery(Object.entries(call.query ?? {}).filter((entry) => entry[1] !== undefined));
        const url = query ? `${call.url}?${query}` : call.url;
        const baseHeaders = { Accept: 'application/json', ...call.headers };
        for (let renewed = false;; renewed = true) {
            const request = { method: call.method, url, headers: baseHeaders, body: call.body };
            const headers = this.authorizer ? await this.authorizer.authorize(request) : baseHeaders;
            // Asked per request: every page and retry fits in the time left (the timeout is absolute).
            const timeoutMs = this.requestTimeoutMs();
            if (timeoutMs <= 0)
                throw new api_error/* ApiError */.h('transient', `${call.what} was not sent: the timeout was reached`, { notSent: true });
            const started = Date.now();
            let response;
            try {
                response = await this.transport.send({ ...request, headers, timeoutMs });
            }
            catch (error) {
                if (error instanceof cancellation/* CancelledError */.c)
                    throw error;
                const network = error instanceof http_transport/* NetworkError */.Dr ? error : new http_transport/* NetworkError */.Dr(String(error));
                this.log.debug(`${call.method} ${url} → network error after ${Date.now() - started} ms: ${network.message}`);
                const failed = this.reachability
                    ? this.reachability.networkError(url, network, call.what)
                    : new api_error/* ApiError */.h('transient', `${call.what} failed: ${network.message}`);
                // Whether the request may have reached the server decides if a write can be sent again.
                throw new api_error/* ApiError */.h(failed.kind, failed.message, { ...failed.details, notSent: failedBeforeSending(network), networkCode: network.code }, failed.hint);
            }
            this.reachability?.answered(url);
            const requestId = response.headers['x-request-id'] ?? '-';
            this.log.debug(`${call.method} ${url} → ${response.status} in ${Date.now() - started} ms (request id ${requestId})`);
            try {
                return { json: interpretResponse(response, call.what), headers: response.headers };
            }
            catch (error) {
                if (error instanceof api_error/* ApiError */.h &&
                    error.kind === 'auth' &&
                    !renewed &&
                    this.authorizer &&
                    (await this.authorizer.renew())) {
                    this.log.info(`${call.what}: the token was rejected (401); retrying once with a new IAM token`);
                    continue;
                }
                throw error;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/ges/import-graph.ts
/**
 * ImportGraph (docs/ges-api.md#starting-an-import-importgraph), the one write the action makes. v1:
 * `POST /v1.0/{project_id}/graphs/{graph_id}/action?action_id=import-graph` → `{"jobId"}`;
 * v2: `POST /v2/{project_id}/graphs/{graph_id}/import-graph` → `{"job_id"}`. Not idempotent:
 * each accepted call starts one more import job.
 */
function importGraphCall(apiVersion, base, graphId, body) {
    const graph = `${base}/graphs/${encodeURIComponent(graphId)}`;
    return {
        what: 'Starting the GES import (ImportGraph)',
        method: 'POST',
        ...(apiVersion === 'v1'
            ? { url: `${graph}/action`, query: { action_id: 'import-graph' } }
            : { url: `${graph}/import-graph` }),
        // The AK/SK signature covers these exact bytes (its payload hash). The Content-Type is
        // exactly what Huawei's SDKs send, with no charset (docs/evidence-rules.md).
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body)
    };
}
/** A job id as GES writes them (hex, or any id the job center lists): no spaces, no separators. */
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/**
 * The started job's id from a 200 answer, `jobId` (v1) or `job_id` (v2) whatever the version;
 * undefined when the answer names none, or names two different ones (which job was started is
 * then not known: the caller must assume an import may have started).
 */
function startedJobId(json) {
    if (json === null || typeof json !== 'object' || Array.isArray(json))
        return undefined;
    const body = json;
    const ids = [body.jobId, body.job_id].filter((id) => id !== undefined && id !== null);
    const read = ids.map((id) => (typeof id === 'string' && JOB_ID.test(id.trim()) ? id.trim() : undefined));
    return read.length > 0 && read.every((id) => id !== undefined && id === read[0]) ? read[0] : undefined;
}

;// CONCATENATED MODULE: ./src/ges/listing-tail.ts
/**
 * A job listed before the anchor that cannot be one that began before it: it began at the same
 * time or later, or it has not begun (pending or running without a begin time, read in full).
 */
function beganAtOrAfter(job, begin) {
    if (job.beginTime !== null)
        return job.beginTime >= begin;
    return (job.beginTimeRaw === null && job.unreadable === undefined && (job.status === 'pending' || job.status === 'running'));
}
/**
 * Where the list that `trace` read (filtered to `graph`) proves that nothing before the anchor
 * began before it: the anchor (the newest-begun of `ids`, all listed with a begin time), its
 * position, and the entries before it. Undefined when an entry before it may have begun earlier
 * (a list not in begin-time order), an id is missing or listed twice.
 */
function anchorIn(trace, graph, ids) {
    const listed = graph === undefined ? trace.jobs : trace.jobs.filter((job) => job.graph === graph);
    if (new Set(listed.map((job) => job.id)).size !== listed.length)
        return undefined;
    const found = ids.map((id) => listed.find((job) => job.id === id));
    if (found.some((job) => job === undefined || job.beginTime === null))
        return undefined;
    const anchor = found.reduce((a, b) => (b.beginTime > a.beginTime ? b : a));
    const position = listed.indexOf(anchor);
    const before = listed.slice(0, position);
    // The order check: a list in begin-time order, newest first, passes it.
    if (!before.every((job) => beganAtOrAfter(job, anchor.beginTime)))
        return undefined;
    return { anchor, position, before, after: listed.slice(position + 1) };
}
/** Whether two id lists are the same, in the same order. */
function sameIds(a, b) {
    return a.length === b.length && a.every((id, i) => id === b[i]);
}
/**
 * Reads a list to its end from `first` (the page at `offset`, whose first `skip` jobs are not
 * wanted), one page at a time, checking that it holds still: jobCount the same on every page, no
 * id twice, the end where jobCount says. `stop` is asked before every page (the deadline).
 * Undefined when the list does not hold still, or was cut: never a listing that passes for complete.
 */
async function readToEnd(read, offset, first, skip, seen, stop) {
    const total = first.total;
    if (total === null)
        return undefined;
    const jobs = [];
    let page = first;
    let at = offset;
    let end = { total, offset, ids: [] };
    for (let wanted = page.jobs.slice(skip);; wanted = page.jobs) {
        if (page.skipped > 0 || page.total !== total)
            return undefined;
        for (const job of wanted) {
            if (seen.has(job.id))
                return undefined;
            seen.add(job.id);
        }
        if (page.jobs.length > 0)
            end = { total, offset: at, ids: page.jobs.map((job) => job.id) };
        jobs.push(...wanted);
        at += page.jobs.length;
        // The end: a short page where jobCount says. A full page past jobCount, or a short one before it: not proven.
        if (page.jobs.length < PAGE_LIMIT)
            return at === total ? { jobs, end } : undefined;
        if (stop())
            return undefined;
        page = await read(at);
    }
}
/** The page size every listing asks for (GesClient.PAGE_SIZE). */
const PAGE_LIMIT = 100;
/**
 * The anchor's page and every page after it, read now, when `trace` (an earlier pass from the
 * top) proves that nothing listed before the anchor began before it: the anchor sits at the same
 * position now, after the same entries on its page. Since jobs that began before the anchor began
 * before that pass too, a list that kept its order still has them after the anchor, with every
 * job that pass saw after it. Anything else (the anchor moved, a job was added on top, the order
 * changed, a job is gone, jobCount changed while reading): undefined.
 */
async function readTail(read, trace, graph, ids, stop) {
    const found = anchorIn(trace, graph, ids);
    if (!found)
        return undefined;
    const { anchor, position, before, after } = found;
    const offset = position - (position % PAGE_LIMIT);
    if (stop())
        return undefined;
    const page = await read(offset);
    const i = position - offset;
    const earlier = before.slice(offset);
    if (page.jobs[i]?.id !== anchor.id ||
        !sameIds(page.jobs.slice(0, i).map((job) => job.id), earlier.map((job) => job.id)))
        return undefined;
    const onPage = page.jobs.slice(0, i);
    if (!onPage.every((job) => beganAtOrAfter(job, anchor.beginTime)))
        return undefined;
    const seen = new Set(onPage.map((job) => job.id));
    const rest = await readToEnd(read, offset, page, i, seen, stop);
    if (!rest)
        return undefined;
    // Every job the pass saw after the anchor is still after it: none moved before it, none is gone.
    const listed = new Set(rest.jobs.map((job) => job.id));
    if (!ids.every((id) => listed.has(id)) || !after.every((job) => listed.has(job.id)))
        return undefined;
    // And nothing listed after it began later: a job that did was moved down, and an older one may
    // have taken its place before the anchor, on a page not read again (jobCount unchanged).
    const begin = anchor.beginTime;
    if (rest.jobs.some((job) => (graph === undefined || job.graph === graph) && (job.beginTime ?? -Infinity) > begin))
        return undefined;
    return { jobs: rest.jobs, before: begin, end: rest.end };
}
/**
 * The jobs a wider listing (an earlier start date, the same graph) holds beyond a narrower one
 * that ended at `end`: it is read from the narrower one's last page on. Every job of the narrower
 * listing is in the wider one; when the wider one has the same ids at the same places on that
 * page, and the rest read to its end holds none of the narrower listing's jobs, the pages before
 * hold jobs of the narrower listing only (there are as many places as it has jobs before its last
 * page). Undefined when they differ (another order, a list that moved): read the whole list instead.
 */
async function readBeyond(read, narrower, stop) {
    const { end } = narrower;
    if (stop())
        return undefined;
    const page = await read(end.offset);
    if (page.total === null || page.total < end.total)
        return undefined;
    const last = page.jobs.slice(0, end.ids.length);
    if (!sameIds(last.map((job) => job.id), end.ids))
        return undefined;
    // A job of the narrower listing read again here was moved down, and a job of the wider window
    // may have taken its place on a page not read: an earlier import missed, a wrong one compared.
    const known = new Set([...narrower.jobs.map((job) => job.id), ...end.ids]);
    const rest = await readToEnd(read, end.offset, page, end.ids.length, known, stop);
    if (!rest)
        return undefined;
    // The same for a job the narrower listing held but does not name (a listing read from an anchor
    // on does not keep the jobs before it): what the wider window adds began before every job of
    // the narrower one (an earlier start date), so before the oldest of its last page. A job read
    // here that did not, or whose begin time cannot be read, may be such a moved job.
    const begins = last.flatMap((job) => (job.beginTime === null ? [] : [job.beginTime]));
    if (begins.length === 0)
        return undefined;
    const oldest = Math.min(...begins);
    if (rest.jobs.some((job) => job.beginTime === null || job.beginTime >= oldest))
        return undefined;
    return rest;
}

// EXTERNAL MODULE: ./src/shared/time.ts
var time = __nccwpck_require__(168);
;// CONCATENATED MODULE: ./src/ges/job-status.ts
/**
 * Job statuses as GES sends them. A status is read through ASCII letter case and ASCII spacing
 * only: `Success` from one endpoint must meet `success` from the other as a named disagreement,
 * not as an unknown status waited on until the deadline. Anything else that merely looks like a
 * status (`succ\u200bess`, a Cyrillic `с`, U+00A0 around it) is not it: see lookAlikeStatus.
 */
/** `partiallyFailed`, the longest documented status, has 15 characters: a longer answer is not a status. */
const MAX_STATUS_CHARS = 64;
/** Only ASCII spacing: String.prototype.trim also drops U+00A0, U+3000 and U+FEFF, which GES would not send. */
const ASCII_SPACING = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g;
/** The list filter's `waiting` is the job's `pending` (docs/ges-api.md#the-job-list). */
function jobStatus(raw) {
    if (raw.length > MAX_STATUS_CHARS)
        return 'unknown';
    switch (raw.replace(ASCII_SPACING, '').replace(/[A-Z]/g, (c) => c.toLowerCase())) {
        case 'pending':
        case 'waiting':
            return 'pending';
        case 'running':
            return 'running';
        case 'success':
            return 'success';
        case 'failed':
            return 'failed';
        case 'partiallyfailed':
        case 'partfailed':
            return 'partFailed';
        default:
            return 'unknown';
    }
}
/** Why a status cannot be read at all (too long to be one), else undefined. */
function unreadableStatus(raw) {
    if (raw.length <= MAX_STATUS_CHARS)
        return undefined;
    return `its status is ${raw.length} characters long, longer than any GES status (at most ${MAX_STATUS_CHARS} are read)`;
}
/** What is kept of a status for messages and the report: an unreadable one is cut. */
function keptStatus(raw) {
    return raw.length > MAX_STATUS_CHARS ? `${raw.slice(0, MAX_STATUS_CHARS)}...` : raw;
}
/**
 * The job statuses as docs/ges-api.md#job-statuses spells them, each with the status it means: the job's
 * `pending` is the list filter's `waiting`; `partiallyFailed` (newer docs) is the file status's
 * `partFailed`, our name for it. Two documented spellings of one status are synonyms, not a
 * spelling conflict.
 */
const DOCUMENTED_JOB_STATUS = new Map([
    ['pending', 'pending'],
    ['waiting', 'pending'],
    ['running', 'running'],
    ['success', 'success'],
    ['failed', 'failed'],
    ['partiallyFailed', 'partFailed'],
    ['partFailed', 'partFailed']
]);
/** Whether GES spelled a job status exactly as documented. */
function isDocumentedSpelling(raw) {
    return DOCUMENTED_JOB_STATUS.has(raw);
}
/** Two raw statuses that are documented spellings of the same status (`partiallyFailed`, `partFailed`). */
function areSynonyms(a, b) {
    const status = DOCUMENTED_JOB_STATUS.get(a);
    return status !== undefined && status === DOCUMENTED_JOB_STATUS.get(b);
}
/** Letters of other scripts drawn like Latin ones, with the letter they pass for: Cyrillic, Greek, Armenian, dotless i. */
const CONFUSABLE = new Map(('аa сc еe ԁd һh іi јj ӏl оo рp ԛq ѕs тt уy ԝw хx Аa Вb Сc Еe Нh Іi Јj Кk Мm Оo Рp Ѕs Тt Хx Уy ' +
    'αa εe ιi κk νv οo ρp τt υu Αa Βb Εe Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx սu ոn ıi')
    .split(' ')
    .map((pair) => [pair[0], pair[1]]));
/** Invisible and spacing characters, controls (NUL too) and combining marks: none belongs in a status. */
const NOT_IN_A_STATUS = /[\p{Cc}\p{Cf}\p{Mn}\p{Z}\s]/gu;
/**
 * The status `raw` only looks like, or undefined when it reads as one (jobStatus) or looks like
 * none: zero-width characters, controls or NUL inside it, spacing other than ASCII, Cyrillic or
 * Greek letters that look Latin, full-width forms. Such an answer is never read as its
 * look-alike, but it is what that endpoint meant to say or hides: the other endpoint's answer
 * must be compared with it at once.
 */
function lookAlikeStatus(raw) {
    if (raw.length > MAX_STATUS_CHARS || jobStatus(raw) !== 'unknown')
        return undefined;
    const skeleton = [...raw.normalize('NFKD').replace(NOT_IN_A_STATUS, '')].map((c) => CONFUSABLE.get(c) ?? c).join('');
    const status = jobStatus(skeleton);
    return status === 'unknown' ? undefined : status;
}
/** The final status a raw status gives, or only looks like (lookAlikeStatus); undefined for any other. */
function finalReading(status, raw) {
    const reading = status === 'unknown' ? lookAlikeStatus(raw) : status;
    return reading === 'success' || reading === 'failed' || reading === 'partFailed' ? reading : undefined;
}
/**
 * A status as messages show it: quoted, every character outside printable ASCII as a `\u`
 * escape, so that `succ\u200bess` or a Cyrillic `\u0441` can be seen in a log, summary or
 * comment instead of passing for `success`.
 */
function quoteStatus(raw) {
    return JSON.stringify(raw).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The same without the quotes: a status GES does not document, as the report shows it. */
function showStatus(raw) {
    return quoteStatus(raw).slice(1, -1);
}

;// CONCATENATED MODULE: ./src/ges/normalize.ts




function malformed(what, problem) {
    throw new api_error/* ApiError */.h('transient', `${what} failed: unexpected answer: ${problem}`);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Reads `camelName` or its snake_case twin. */
function field(body, camelName) {
    return camelName in body ? body[camelName] : body[camelName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
}
function normalize_text(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return null;
}
/**
 * A job or graph id: text that a URL can hold. An id with a lone surrogate names no job the
 * status endpoint can be asked about (encodeURIComponent throws): it is no id, like a missing one.
 */
function id(value) {
    const raw = normalize_text(value);
    return raw !== null && (0,shared_text/* isWellFormed */.UC)(raw) ? raw : null;
}
/** Line counts: -1 means "not returned by this version" (docs/ges-api.md#import-details-and-line-counts), so it becomes null. */
function lineCount(value) {
    const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
    return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}
/** File statuses: the docs print both `failed` and `Failed`, so compare without case. */
function fileStatus(raw) {
    switch (raw.toLowerCase()) {
        case 'success':
            return 'success';
        case 'failed':
            return 'failed';
        case 'partfailed':
        case 'partiallyfailed':
            return 'partFailed';
        default:
            return 'unknown';
    }
}
const FILE_LISTS = [
    ['schemaPath', 'schema'],
    ['edgesetPath', 'edgeset'],
    ['vertexsetPath', 'vertexset']
];
function normalizeFiles(detail, what) {
    if (typeof detail === 'string' && detail.trim().startsWith('{')) {
        try {
            detail = JSON.parse(detail);
        }
        catch {
            malformed(what, 'jobDetail is a string that is not JSON');
        }
    }
    if (detail === null || detail === undefined)
        return null;
    if (!isObject(detail))
        malformed(what, `jobDetail is ${describe(detail)}, not an object`);
    const files = [];
    for (const [name, kind] of FILE_LISTS) {
        const entries = field(detail, name);
        if (entries === null || entries === undefined)
            continue;
        if (!Array.isArray(entries))
            malformed(what, `jobDetail.${name} is ${describe(entries)}, not a list`);
        for (const entry of entries) {
            if (!isObject(entry))
                malformed(what, `jobDetail.${name} holds ${describe(entry)}, not an object`);
            const rawStatus = normalize_text(field(entry, 'status')) ?? '';
            files.push({
                kind,
                path: normalize_text(field(entry, 'path')) ?? '',
                status: fileStatus(rawStatus),
                rawStatus,
                totalLines: lineCount(field(entry, 'totalLines')),
                successfulLines: lineCount(field(entry, 'successfulLines')),
                failedLines: lineCount(field(entry, 'failedLines')),
                cause: normalize_text(field(entry, 'cause')),
                log: normalize_text(field(entry, 'log'))
            });
        }
    }
    return files;
}
/**
 * A job time as text, or null when GES sent none. An empty string and 0 say "no time" (a
 * pending job), not a time of 1970: they are absent, not unreadable.
 */
function rawTime(value) {
    const raw = normalize_text(value) ?? (value === null || value === undefined ? null : JSON.stringify(value));
    if (raw === null || raw.trim() === '' || /^0+$/.test(raw.trim()))
        return null;
    // No time is longer than this; the rest of a huge value says nothing more in a report.
    return raw.length > RAW_TIME_MAX ? `${raw.slice(0, RAW_TIME_MAX)}…` : raw;
}
const RAW_TIME_MAX = 200;
/** Epoch ms of a job time in any format the API family writes (shared/time.ts), else null. */
function normalize_time(raw) {
    return raw === null ? null : ((0,time/* parseJobTime */.w2)(raw) ?? null);
}
/** One job from the list or from the single-job status endpoint (`knownId` when the body omits it). */
function normalizeJob(raw, what, knownId) {
    if (!isObject(raw))
        malformed(what, `a job is ${describe(raw)}, not an object`);
    const sentId = normalize_text(field(raw, 'jobId'));
    const jobId = sentId === null ? knownId : (id(sentId) ?? undefined);
    if (!jobId)
        malformed(what, sentId === null ? 'a job has no jobId' : 'a jobId is not well-formed Unicode');
    // The status of another job (a cache or gateway mix-up) must never stand in for this one's.
    if (knownId !== undefined && jobId !== knownId)
        malformed(what, `the answer is about job ${JSON.stringify(jobId.slice(0, 80))}, not ${knownId}`);
    // A missing status reads as unknown: not finished, so the wait goes on rather than guess.
    const sentStatus = normalize_text(field(raw, 'status')) ?? '';
    const statusUnreadable = unreadableStatus(sentStatus);
    const beginTimeRaw = rawTime(field(raw, 'beginTime'));
    return {
        id: jobId,
        name: normalize_text(field(raw, 'jobName')),
        type: normalize_text(field(raw, 'jobType')),
        graph: normalize_text(field(raw, 'relatedGraph')),
        status: jobStatus(sentStatus),
        rawStatus: keptStatus(sentStatus),
        ...(statusUnreadable !== undefined && { statusUnreadable }),
        beginTime: normalize_time(beginTimeRaw),
        beginTimeRaw,
        endTime: normalize_time(rawTime(field(raw, 'endTime'))),
        failReason: normalize_text(field(raw, 'failReason')),
        files: normalizeFiles(field(raw, 'jobDetail'), what)
    };
}
/** `{jobCount, jobList}` (v1) or `{job_count, job_list}` (v2). */
function normalizeJobPage(body, what) {
    if (!isObject(body))
        malformed(what, `the body is ${describe(body)}, not an object`);
    const list = field(body, 'jobList');
    if (list === null || list === undefined) {
        // An empty job center may omit the list; a count above zero without it is not an answer.
        if ((lineCount(field(body, 'jobCount')) ?? 0) > 0)
            malformed(what, 'jobCount is above 0 but jobList is missing');
        return { total: 0, jobs: [], skipped: 0 };
    }
    if (!Array.isArray(list))
        malformed(what, `jobList is ${describe(list)}, not a list`);
    const countField = field(body, 'jobCount');
    const total = lineCount(countField);
    if (countField !== undefined && countField !== null && total === null) {
        malformed(what, `jobCount is ${describe(countField)}, not a count`);
    }
    // No id, no wait: skipped, not fatal. What can be read is kept: a possible target is said.
    const jobs = [];
    const idless = [];
    for (const entry of list) {
        if (!isObject(entry))
            continue;
        if (id(field(entry, 'jobId')))
            jobs.push(normalizeListedJob(entry, what));
        else
            idless.push({ ...normalizeListedJob({ ...entry, jobId: '-' }, what), id: '' });
    }
    return { total, jobs, skipped: list.length - jobs.length, ...(idless.length > 0 && { idless }) };
}
/**
 * One broken entry (a jobDetail of another shape, on some old job) must not hide every other
 * job of the page. It stays listed with what could be read, marked unreadable (never finished),
 * so that if it is a target it is waited on, never taken for a success.
 */
function normalizeListedJob(entry, what) {
    try {
        return normalizeJob(entry, what);
    }
    catch (error) {
        if (!(error instanceof api_error/* ApiError */.h))
            throw error;
        const readable = Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'jobDetail' && key !== 'job_detail'));
        const problem = error.message.replace(/^.*?unexpected answer: /, '');
        return { ...normalizeJob(readable, what), unreadable: problem, files: null };
    }
}
/** `{graphCount, graphs:[{id, name}]}`; v2 `{graph_count, graphs}`; `skipped`: entries that are no graph. */
function normalizeGraphs(body, what) {
    if (!isObject(body))
        malformed(what, `the body is ${describe(body)}, not an object`);
    const list = field(body, 'graphs') ?? [];
    if (!Array.isArray(list))
        malformed(what, `graphs is ${describe(list)}, not a list`);
    const graphs = [];
    for (const graph of list) {
        if (!isObject(graph))
            malformed(what, `a graph is ${describe(graph)}, not an object`);
        const graphId = id(graph.id);
        const name = normalize_text(graph.name);
        if (graphId && name)
            graphs.push({ id: graphId, name });
    }
    // A graph without id or name is skipped: the list then does not tell which graphs exist.
    return { total: lineCount(field(body, 'graphCount')), graphs, skipped: list.length - graphs.length };
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
    return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value) ?? ''}`;
}

;// CONCATENATED MODULE: ./src/ges/file-agreement.ts
/**
 * Whether two answers about one import say the same of its files: the rule for two endpoints
 * (waiter/tracked-job.ts) and for two entries of one listing (twin-entries.ts) alike.
 */
/** A file both report in different statuses, or that only one of them reports (its result would be lost). */
function conflictingFile(a, b) {
    if (!a || !b)
        return undefined;
    const key = (f) => `${f.kind}\n${f.path}`;
    const statusOf = new Map(b.map((f) => [key(f), f]));
    for (const file of a) {
        const other = statusOf.get(key(file));
        if (!other)
            return [file, file.rawStatus, 'absent'];
        if (other.status !== file.status)
            return [file, file.rawStatus, other.rawStatus];
    }
    const inA = new Set(a.map(key));
    const onlyInB = b.find((f) => !inA.has(key(f)));
    return onlyInB ? [onlyInB, 'absent', onlyInB.rawStatus] : undefined;
}
/** Both report no files, or every file with the same line counts (unknown is not a count). */
function sameLineCounts(a, b) {
    if (a === null || b === null)
        return a === b;
    const counts = (f) => `${f.kind}\n${f.path}\n${f.totalLines}/${f.successfulLines}/${f.failedLines}`;
    const inA = new Set(a.map(counts));
    return a.length === b.length && b.every((f) => inA.has(counts(f)));
}

;// CONCATENATED MODULE: ./src/ges/twin-entries.ts


/**
 * One listing can name a job twice: a server repeats an entry, or the list shifts between
 * pages and a stale twin stays behind. The entries are then two answers about one job, judged
 * like two endpoints (docs/evidence-rules.md):
 * - a final status beside `pending` or `running` is progress: a job never leaves a final
 *   status, so the final entry is the newer one and is kept (it still needs the confirmation
 *   any finish needs); a status GES does not document cannot be ordered, so its entry is kept
 *   and the job is not finished;
 * - two final entries must say the same thing: the same status in the same spelling (or two
 *   documented spellings of it), the same files with the same statuses and line counts, and
 *   both their details or neither. Otherwise the result is not known: the merged job carries
 *   `listingConflict`, naming both answers, and is never finished;
 * - a final entry whose details cannot be read hides what it says: the merged job is that
 *   unreadable entry (never finished), so a readable twin cannot pass for the whole answer;
 * - two entries that name another graph or job name, whatever their status, disagree.
 */
function mergeTwin(known, entry) {
    if (known === undefined)
        return entry;
    const kept = progress(entry) >= progress(known) ? entry : known;
    const conflict = known.listingConflict ?? entry.listingConflict ?? twinConflict(known, entry);
    if (conflict !== undefined)
        return { ...kept, listingConflict: conflict };
    if (finalReading(known.status, known.rawStatus) && finalReading(entry.status, entry.rawStatus))
        return known.unreadable !== undefined ? known : entry;
    return kept;
}
/**
 * How far a status says the job got: a final status (or one that looks like it) is further than
 * running, running further than pending. A status GES does not document cannot be placed: it
 * is kept over any other, so the job stays not finished, as with that entry alone.
 */
function progress(job) {
    if (finalReading(job.status, job.rawStatus) !== undefined)
        return 2;
    if (job.status === 'unknown')
        return 3;
    return job.status === 'running' ? 1 : 0;
}
/**
 * Why two entries of one job disagree, naming both; undefined when they agree. A job's graph and
 * name never change, whatever its status; the rest is compared only between final entries.
 */
function twinConflict(a, b) {
    for (const [field, what] of [
        ['graph', 'of graph'],
        ['name', 'as a job named']
    ]) {
        const [x, y] = [a[field], b[field]];
        if (x !== null && y !== null && x !== y)
            return `The job list names job ${a.id} twice, once ${what} ${JSON.stringify(x.slice(0, 100))}, once ${what} ${JSON.stringify(y.slice(0, 100))}`;
    }
    const readingA = finalReading(a.status, a.rawStatus);
    const readingB = finalReading(b.status, b.rawStatus);
    if (readingA === undefined || readingB === undefined)
        return undefined;
    const twice = `The job list names job ${a.id} twice`;
    if (readingA !== readingB || (a.rawStatus !== b.rawStatus && !areSynonyms(a.rawStatus, b.rawStatus)))
        return `${twice}, once as ${quoteStatus(a.rawStatus)}, once as ${quoteStatus(b.rawStatus)}`;
    // An entry whose details could not be read says nothing of its files: nothing to compare.
    if (a.unreadable !== undefined || b.unreadable !== undefined)
        return undefined;
    if ((a.files === null) !== (b.files === null))
        return `${twice} as ${quoteStatus(a.rawStatus)}: one entry reports its files, the other none`;
    const file = conflictingFile(a.files, b.files);
    if (file) {
        const [{ kind, path }, inA, inB] = file;
        return `${twice} as ${quoteStatus(a.rawStatus)}: one entry reports ${kind} file "${path}" as ${inA}, the other as ${inB}`;
    }
    if (!sameLineCounts(a.files, b.files))
        return `${twice} as ${quoteStatus(a.rawStatus)}, with different line counts for its files`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/ges/ges-client.ts





/** The documented maximum page size is not stated (the default is 10); 100 is what the SDK docs use. */
const PAGE_SIZE = PAGE_LIMIT;
/** A job center larger than this many pages is not one listing; stop rather than loop forever. */
const MAX_PAGES = 1000;
/**
 * Pages of one listing in flight at once. GES rate limits are not documented (throttling is the
 * gateway's APIG.0308), so a few. With 150 ms round trips, 4 list 5,001 jobs (51 pages) in about
 * 3 s instead of 8 (`npm run bench`, figure 9).
 */
const READ_AHEAD = 4;
/** The GES job-center calls, v1 or v2, answered in the one internal model. */
class GesClient {
    apiVersion;
    caller;
    base;
    /** The last pass from the top over each query's pages, as they came: what later shortcuts rest on. */
    traces = new Map();
    /** Passes whose pages, read again, did not agree: not asked again (the same page twice). */
    disproved = new WeakSet();
    constructor(endpoint, apiVersion, projectId, caller) {
        this.apiVersion = apiVersion;
        this.caller = caller;
        this.base = `${endpoint}/${apiVersion === 'v1' ? 'v1.0' : 'v2'}/${encodeURIComponent(projectId)}`;
    }
    async listJobsPage(query, offset) {
        const what = listingWhat(query);
        const { json } = await this.caller.call({
            what,
            method: 'GET',
            url: `${this.base}/graphs/jobs`,
            query: {
                offset: String(offset),
                limit: String(PAGE_SIZE),
                graph_name: query.graphName,
                // Never endTime: it filters on the job's end date, which a running job does not have.
                [this.apiVersion === 'v1' ? 'startTime' : 'start_time']: query.startDate
            }
        });
        return normalizeJobPage(json, what);
    }
    /**
     * Every job that matches, paging by offset until `jobCount` is covered, or until `enough`
     * says the jobs seen so far answer the question. The order is not documented and the list
     * can shift while we page, so jobs are de-duplicated by id; and since a job added or removed
     * mid-listing can push another across a page boundary unseen, a listing during which
     * `jobCount` changed is made once more, keeping the union.
     *
     * A listing meant to reach its end (no `enough`, or `readAhead` when `enough` is only a
     * deadline) fetches up to READ_AHEAD pages at once once `jobCount` is known; one that may stop
     * early reads a page at a time, so that no page is fetched in vain.
     */
    async listJobs(query, enough, readAhead = enough === undefined) {
        const jobs = new Map();
        // Not told apart between passes: the last pass's.
        const idless = [];
        for (let pass = 0; pass < 2; pass += 1) {
            idless.length = 0;
            if (await this.listOnce(query, jobs, enough, readAhead, idless))
                break;
        }
        return idless.length > 0 ? Object.assign([...jobs.values()], { idless }) : [...jobs.values()];
    }
    /** One pass over the pages into `jobs`; true when the list held still (or `enough` said stop). */
    async listOnce(query, jobs, enough, readAhead, idless) {
        const totals = new Set();
        const pages = new RepeatedPages(listingWhat(query));
        const trace = { jobs: [] };
        this.traces.set(traceKey(query), trace);
        let offset = 0;
        let read = 0;
        let ahead = 1;
        let oneByOne = !readAhead;
        while (read < MAX_PAGES) {
            // Offsets predicted from full pages: if one comes back short, those after it are dropped.
            const planned = Array.from({ length: Math.min(ahead, MAX_PAGES - read) }, (_, i) => offset + i * PAGE_SIZE);
            const answers = await Promise.allSettled(planned.map((at) => this.listJobsPage(query, at)));
            for (const [i, at] of planned.entries()) {
                if (at !== offset)
                    break;
                const answer = answers[i];
                if (answer.status === 'rejected') {
                    // A gateway may throttle pages sent at once that it serves one by one: ask this one
                    // again alone and read on a page at a time (a second 429 goes to the caller's backoff).
                    if (planned.length > 1 && answer.reason instanceof api_error/* ApiError */.h && answer.reason.kind === 'throttled') {
                        oneByOne = true;
                        ahead = 1;
                        break;
                    }
                    throw answer.reason;
                }
                const { jobs: pageJobs, total, skipped } = answer.value;
                read += 1;
                pages.check(offset, pageJobs.map((job) => job.id));
                totals.add(total);
                idless.push(...(answer.value.idless ?? []));
                // The same id twice in one listing is two answers about one job: twin-entries.ts.
                for (const job of pageJobs)
                    jobs.set(job.id, mergeTwin(jobs.get(job.id), job));
                // An entry that is no job leaves the places of those after it unknown, and a jobCount that
                // changed shows a list that moved between the pages: nothing to rest on.
                if (skipped > 0 || totals.size > 1) {
                    if (this.traces.get(traceKey(query)) === trace)
                        this.traces.delete(traceKey(query));
                }
                else
                    trace.jobs.push(...pageJobs);
                // Advance by what came back, not by the limit: the server may cap the page size.
                const received = pageJobs.length + skipped;
                offset += received;
                // A full page up to or beyond jobCount shows the count may be wrong (too low, e.g. the
                // page size): page on to a short page. Costs one empty page when jobCount is a multiple of 100.
                const covered = total !== null && offset >= total && received < PAGE_SIZE;
                if (received === 0 || covered || (total === null && received < PAGE_SIZE)) {
                    // Jobs not seen yet in pages read ahead past this end: the list is not what this page
                    // says (it shifted, or a page came back empty). Keep them and list once more.
                    const later = answers.slice(i + 1).flatMap((a) => (a.status === 'fulfilled' ? a.value.jobs : []));
                    const beyond = later.filter((job) => !jobs.has(job.id));
                    for (const job of later)
                        jobs.set(job.id, mergeTwin(jobs.get(job.id), job));
                    return totals.size === 1 && beyond.length === 0;
                }
                if (enough?.(jobs))
                    return true;
                // The pages left to the end of jobCount, plus the one that shows it is the end.
                ahead =
                    !oneByOne && received === PAGE_SIZE && total !== null
                        ? Math.min(READ_AHEAD, Math.floor(Math.max(0, total - offset) / PAGE_SIZE) + 1)
                        : 1;
            }
        }
        // Cut short, the listing would pass for complete: a target, or a newer previous import, in the
        // pages not read would be missed unseen (a server that caps `limit` at 10 reaches this at 10,000 jobs).
        throw new api_error/* ApiError */.h('permanent', `${listingWhat(query)} failed: ${offset} jobs in ${MAX_PAGES} pages and the list had not ended${totals.size === 1 && [...totals][0] !== null ? ` (jobCount ${[...totals][0]})` : ''}. Narrow the listing: set "graph-name", or "since" so that GES is asked from a start date.`);
    }
    /**
     * The jobs of `graph` that began before the newest-begun of `ids`: its page and the pages after
     * it, read now, when the last pass from the top over a listing of this graph, or of all graphs
     * (from any start date), proves that nothing before it began earlier (listing-tail.ts). The
     * answer says which start date it was read from. Undefined when no pass proves it, or the pages
     * read now do not agree: list the whole graph instead.
     */
    async listTail(graph, ids, stop) {
        // A pass over all graphs holds this graph's jobs in the same order, among others: the pages read
        // now check that. The graph's own passes first.
        const passes = [...this.traces]
            .map(([key, trace]) => ({ key: JSON.parse(key), trace }))
            .filter(({ key }) => key[0] === graph || key[0] === '')
            .sort((a, b) => (a.key[0] === b.key[0] ? 0 : a.key[0] === graph ? -1 : 1));
        const usable = passes.find(({ key, trace }) => !this.disproved.has(trace) && anchorIn(trace, key[0] === '' ? graph : undefined, ids));
        if (!usable)
            return undefined;
        const [own, date] = usable.key;
        const query = { graphName: graph, ...(date !== '' && { startDate: date }) };
        const tail = await readTail((offset) => this.listJobsPage(query, offset), usable.trace, own === '' ? graph : undefined, ids, stop);
        if (!tail)
            this.disproved.add(usable.trace);
        return tail && { ...tail, ...(date !== '' && { startDate: date }) };
    }
    /**
     * The jobs a listing of `query` holds beyond those of a narrower one (same graph, later start
     * date), read from that listing's last page on (listing-tail.ts). Undefined when the pages do
     * not prove it: list the whole graph instead.
     */
    async listBeyond(query, narrower, stop) {
        return readBeyond((offset) => this.listJobsPage(query, offset), narrower, stop);
    }
    /** The single-job status endpoint: one request whatever the size of the job center. */
    async getJob(graphId, jobId) {
        const what = `Getting the status of GES job ${jobId}`;
        const { json } = await this.caller.call({
            what,
            method: 'GET',
            url: `${this.base}/graphs/${encodeURIComponent(graphId)}/jobs/${encodeURIComponent(jobId)}/status`
        });
        return normalizeJob(json, what, jobId);
    }
    /**
     * ImportGraph: one POST, never retried here (a 401 only when a new token was obtained: it was
     * surely not processed). `jobId` is undefined when a 200 answer names no job.
     */
    async startImport(graphId, body) {
        const { json, headers } = await this.caller.call(importGraphCall(this.apiVersion, this.base, graphId, body));
        return { jobId: startedJobId(json), requestId: headers['x-request-id'], json };
    }
    /**
     * Graph name → id: there is no lookup by name, so page through the graph list. It is complete
     * only when it reached `graphCount` exactly (or, without a count, a short page), `graphCount`
     * held still and every entry was a graph: a graph not in a complete list is absent.
     */
    async listGraphs() {
        const graphs = [];
        const pages = new RepeatedPages('Listing GES graphs');
        const totals = new Set();
        let offset = 0;
        let skippedAny = false;
        for (let page = 0; page < MAX_PAGES; page += 1) {
            const { json } = await this.caller.call({
                what: 'Listing GES graphs',
                method: 'GET',
                url: `${this.base}/graphs`,
                query: { offset: String(offset), limit: String(PAGE_SIZE) }
            });
            const { total, graphs: pageGraphs, skipped } = normalizeGraphs(json, 'Listing GES graphs');
            pages.check(offset, pageGraphs.map((graph) => graph.id));
            graphs.push(...pageGraphs);
            totals.add(total);
            skippedAny ||= skipped > 0;
            const received = pageGraphs.length + skipped;
            offset += received;
            if (received === 0 || (total !== null ? offset >= total : received < PAGE_SIZE)) {
                const counted = total === null || offset === total;
                return { graphs, complete: counted && totals.size === 1 && !skippedAny };
            }
        }
        // Cut short, a graph in the pages not read would be reported as missing: say what happened.
        throw new api_error/* ApiError */.h('permanent', `Listing GES graphs failed: ${graphs.length} graphs in ${MAX_PAGES} pages and the list had not ended. Check "endpoint" and "project-id".`);
    }
}
/** Where a pass over `query` is remembered: by graph ('' for all) and start date ('' for none). */
function traceKey(query) {
    return JSON.stringify([query.graphName ?? '', query.startDate ?? '']);
}
function listingWhat(query) {
    return `Listing GES jobs${query.graphName ? ` of graph "${query.graphName}"` : ''}`;
}
/**
 * A gateway that ignores `offset` answers page 1 forever: without this check a listing would
 * spend the whole timeout (or MAX_PAGES requests) reading the same page. A page with exactly
 * the ids of a page already read at another offset is that. One exception: a list that shifts
 * mid-listing by exactly one page can repeat a page once, which only one-entry pages (a server
 * capping `limit` at 1) make plausible; those get a second chance.
 */
class RepeatedPages {
    what;
    seen = new Map();
    repeats = 0;
    constructor(what) {
        this.what = what;
    }
    check(offset, ids) {
        if (ids.length === 0)
            return;
        const key = JSON.stringify([...ids].sort());
        const earlier = this.seen.get(key);
        if (earlier === undefined || earlier === offset) {
            this.seen.set(key, offset);
            return;
        }
        this.repeats += 1;
        if (ids.length === 1 && this.repeats < 2)
            return;
        throw new api_error/* ApiError */.h('permanent', `${this.what} failed: the gateway ignores paging: the page at offset=${offset} (limit=${PAGE_SIZE}) holds the same ${ids.length === 1 ? 'entry' : `${ids.length} entries`} as the page at offset=${earlier}. A proxy or gateway between the runner and GES seems to drop the offset/limit query parameters; check "endpoint".`);
    }
}

;// CONCATENATED MODULE: ./src/ges/connect.ts








/**
 * Credentials → authorizer → GES client. Built on first use, inside the first poll, so that
 * a transient failure of IAM (token, project discovery) is retried like any other poll. Every
 * request gets the budget the run's deadline leaves it. `advice` says which inputs to check
 * when a host never answered (the settings know the input names, not this module).
 */
function connectToGes(settings, context, advice) {
    const { transport, log, deadline } = context;
    // One for GES and IAM alike: each host gets its own "has it answered once?".
    const reachability = new Reachability(advice);
    const callerWith = (authorizer) => new ApiCaller(transport, authorizer, () => deadline.requestMs(), log, reachability);
    const gesClient = (projectId, authorizer) => new GesClient(settings.endpoint, settings.apiVersion, projectId, callerWith(authorizer));
    async function build() {
        const { credentials, projectId, region } = settings;
        switch (credentials.kind) {
            case 'token':
                return gesClient(projectId, new TokenAuthorizer(credentials.token));
            case 'aksk': {
                const keys = {
                    accessKey: credentials.accessKey,
                    secretKey: credentials.secretKey,
                    securityToken: credentials.securityToken
                };
                let id = projectId;
                if (!id) {
                    id = await new IamClient(settings.iamEndpoint, callerWith(new AkSkAuthorizer(keys, undefined))).findProjectId(region);
                    log.info(`Project of region ${region}: ${id}`);
                }
                return gesClient(id, new AkSkAuthorizer(keys, id));
            }
            case 'password': {
                const authorizer = new PasswordAuthorizer(new IamClient(settings.iamEndpoint, callerWith()), credentials, projectId ? { id: projectId } : { name: region });
                const id = await authorizer.projectId();
                if (!id)
                    throw new api_error/* ApiError */.h('permanent', `IAM issued a token without a project for region ${region}: set "project-id"`);
                if (!projectId)
                    log.info(`Project of region ${region}: ${id}`);
                return gesClient(id, authorizer);
            }
        }
    }
    let client;
    const ready = () => (client ??= build().catch((error) => {
        client = undefined; // try again on the next poll
        throw error;
    }));
    // The graph list answers name → id for the import and for the status polls alike: read once.
    // `fresh` reads it again (a graph created since may be missing from the list read before).
    let graphs;
    const listGraphs = (fresh = false) => {
        if (graphs && !fresh)
            return graphs;
        const read = ready()
            .then((c) => c.listGraphs())
            .catch((error) => {
            if (graphs === read)
                graphs = undefined; // a failed listing is tried again
            throw error;
        });
        graphs = read;
        return read;
    };
    // Forward every argument as it is: a dropped one (the listing's stop condition) once went unnoticed.
    return {
        listJobs: async (...args) => (await ready()).listJobs(...args),
        listTail: async (...args) => (await ready()).listTail(...args),
        listBeyond: async (...args) => (await ready()).listBeyond(...args),
        getJob: async (...args) => (await ready()).getJob(...args),
        listGraphs,
        startImport: async (...args) => (await ready()).startImport(...args)
    };
}

// EXTERNAL MODULE: ./src/ges/model.ts
var model = __nccwpck_require__(3324);
// EXTERNAL MODULE: ./src/shared/deadline.ts
var shared_deadline = __nccwpck_require__(8013);
// EXTERNAL MODULE: ./src/obs/log-targets.ts
var log_targets = __nccwpck_require__(2551);
;// CONCATENATED MODULE: ./src/obs/import-logs.ts



/** However much of `timeout` is left, reading logs adds at most this after the wait. */
const MAX_AFTER_WAIT_MS = 20_000;
/**
 * The first rejected lines of the failed files' logs, by logKey (docs/advanced-usage.md#rejected-lines-from-the-import-log). Nothing is read with
 * `import-log-lines: 0`, nor without AK/SK (OBS takes no IAM token: each file says so); the
 * OBS code is loaded only when there is something to read. A read never changes the verdict.
 */
async function readImportLogs(settings, jobs, context) {
    if (settings.importLogLines === 0)
        return new Map();
    const { targets, skipped } = (0,log_targets/* logTargets */.Xv)(jobs.filter(model/* isFinished */.$g));
    if (targets.length === 0)
        return skipped;
    const { credentials } = settings;
    if (credentials.kind !== 'aksk') {
        context.log.info(`Import logs of ${targets.length} failed files not read: ${log_targets/* NEEDS_AKSK */.zF.replace(/^not read: /, '')}`);
        return new Map([...skipped, ...targets.map((t) => [t.id, { ok: false, reason: log_targets/* NEEDS_AKSK */.zF }])]);
    }
    const { readLogs } = await __nccwpck_require__.e(/* import() */ 750).then(__nccwpck_require__.bind(__nccwpck_require__, 4750));
    // The timeout is absolute: no last-poll grace here. Whichever limit ends first names the skip.
    const now = context.clock.now();
    const byTimeout = (0,shared_deadline/* timeLeft */.f$)(context.deadline, now) <= MAX_AFTER_WAIT_MS;
    const reads = await readLogs(targets, {
        credentials,
        endpoint: settings.obsEndpoint,
        region: settings.region,
        transport: context.transport,
        lines: settings.importLogLines,
        deadline: Math.min(context.deadline, now + MAX_AFTER_WAIT_MS),
        outOfTime: byTimeout
            ? 'not read: no time left of timeout'
            : `not read: the ${MAX_AFTER_WAIT_MS / 1000} s budget for log reads was spent`,
        requestTimeoutMs: settings.requestTimeoutMs,
        clock: context.clock
    });
    for (const target of targets) {
        const read = reads.get(target.id);
        if (!read?.ok)
            context.log.info(`Import log ${target.log}: ${read?.reason ?? 'not read'}`);
        else
            context.log.info([`First rejected lines of ${target.log}:`, ...read.lines.map((l) => `  ${l}`)].join('\n'));
    }
    return new Map([...skipped, ...reads]);
}

;// CONCATENATED MODULE: ./src/shared/run-context.ts

/** The retry context of a run. */
function retryContext(context) {
    const { clock, signal, log, retryMinMs, retryMaxMs } = context;
    return { deadline: context.deadline.at, clock, signal, log, retryMinMs, retryMaxMs };
}
/** The context of a run whose timeout starts now; dispose() releases the transport. */
function openRunContext(settings, parts) {
    const deadline = new shared_deadline/* Deadline */.B2(parts.clock, settings.timeoutMs, settings.requestTimeoutMs);
    return {
        ...parts,
        deadline,
        retryMinMs: settings.pollIntervalMs,
        retryMaxMs: settings.maxPollIntervalMs,
        dispose: () => parts.transport.dispose()
    };
}

;// CONCATENATED MODULE: ./src/evidence/gather-evidence.ts




/**
 * The wait's outcome and what is read after it: each finished import compared with the
 * previous one, and the first rejected lines of failed files from OBS. Both are optional: one
 * that throws degrades with a warning and never takes the verdict of the wait with it — but a
 * comparison that could not be made is `unavailable` (max-line-drop then cannot pass), never absent.
 */
async function gatherEvidence(settings, waited, start, source, context) {
    const { outcome } = waited;
    const jobs = outcome.jobs.map((o) => o.job);
    const comparisons = outcome.end === 'finished' ? await gather_evidence_compare(waited, source, context) : new Map();
    const logReads = context.signal.aborted
        ? new Map()
        : await readImportLogs(settings, jobs, {
            transport: context.transport,
            deadline: context.deadline.at,
            clock: context.clock,
            log: context.log
        }).catch((error) => {
            context.log.warning(`The import logs could not be read (${(0,shared_text/* errorMessage */.gJ)(error)}): the report goes on without them`);
            return new Map();
        });
    return {
        ...outcome,
        comparisons,
        logReads,
        ...(waited.histories && { histories: waited.histories }),
        ...(start.startedImport && { startedImport: start.startedImport }),
        elapsedMs: outcome.elapsedMs + start.elapsedMs
    };
}
/** Loaded on demand, like everything the first request does not need. */
async function gather_evidence_compare(waited, source, context) {
    const jobs = waited.outcome.jobs.map((o) => o.job);
    const { compareWithPrevious, unavailable } = await __nccwpck_require__.e(/* import() */ 686).then(__nccwpck_require__.bind(__nccwpck_require__, 2686));
    try {
        return await compareWithPrevious(jobs, { ...retryContext(context), source, listings: waited.listings });
    }
    catch (error) {
        const reason = `the comparison with the previous import failed: ${(0,shared_text/* errorMessage */.gJ)(error)}`;
        context.log.warning(`The comparison with the previous import failed (${(0,shared_text/* errorMessage */.gJ)(error)}): it is reported as unavailable`);
        return new Map(jobs.filter((j) => (0,model/* isImport */.YF)(j) && (0,model/* isFinished */.$g)(j)).map((j) => [j.id, unavailable(j, reason)]));
    }
}

;// CONCATENATED MODULE: ./src/report/ended-early.ts


/**
 * The evidence of a run that ended before (or without) a wait that saw a job: `since: run`
 * could not be read, the import was not started, or the run was cancelled. It is judged and
 * published like any other, so every ending leaves the same report.
 */
function endedEarly(end, error, elapsedMs, startedImport) {
    return {
        end,
        jobs: [],
        missing: [],
        skipped: [],
        ...(error && { error }),
        elapsedMs,
        ...(startedImport && { startedImport })
    };
}
/**
 * An exception no stage expected (a defect, or a surprise of the platform): an `error` report
 * that names it, instead of a step that ends without outputs or summary. A cancellation that
 * surfaced as an exception is still a cancellation.
 */
function crashEvidence(thrown, cancelled, elapsedMs) {
    if (cancelled || thrown instanceof cancellation/* CancelledError */.c)
        return endedEarly('cancelled', undefined, elapsedMs);
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return endedEarly('error', new api_error/* ApiError */.h('permanent', `The action stopped on an unexpected error: ${message}`, {}, 'This is a defect of ges-job-waiter: please report it with this message and the step log.'), elapsedMs);
}

// EXTERNAL MODULE: ./src/http/error-hints.ts
var error_hints = __nccwpck_require__(7425);
// EXTERNAL MODULE: ./src/shared/invisible.ts
var invisible = __nccwpck_require__(7970);
;// CONCATENATED MODULE: ./src/report/explain.ts





/** What to do next, when the step fails: one sentence a person can act on. */
function hintFor(report, timeoutMs, error) {
    if (report.passed)
        return undefined;
    if (error && report.status === 'error' && (error.kind === 'permanent' || error.kind === 'auth'))
        return (0,error_hints/* hintForApiError */.x)(error);
    if (report.jobs.some((job) => job.disagreement)) {
        return 'GES gave answers that disagree (named above): check the job in the GES console before trusting this import.';
    }
    const unconfirmed = report.jobs.filter((job) => job.unconfirmed);
    if (unconfirmed.length > 0 && report.status === 'unknown')
        return unconfirmedHint(unconfirmed);
    switch (report.status) {
        case 'failed':
        case 'partFailed': {
            const read = report.jobs.some((job) => job.files.some((f) => f.rejectedLines?.length))
                ? "Read the rejected lines shown (the whole log is at each failed file's log location)"
                : 'Open the log location of each failed file to see the rejected lines';
            // Only a partial failure can be let through by fail-on; a failed import never should.
            const letPass = report.status === 'partFailed' ? ' To let partially failed imports pass, set fail-on: failed,unknown.' : '';
            return `${read}, fix the data and import again.${letPass}`;
        }
        case 'rejected':
            return 'GES reports the import as a success, but a rule this workflow set rejects it (named above): check the data against the previous import, or change max-line-drop / max-failed-lines if the change is expected.';
        case 'unknown':
            if (report.jobs.every((job) => job.outcome === 'success'))
                return 'Check the newer job named above, or set "job-id".';
            return 'GES did not report the file results: check the import in the GES console, or leave "unknown" out of fail-on if this GES version never reports them.';
        case 'timeout':
            return `The job did not finish within ${(0,time/* formatDuration */.a3)(timeoutMs)}: raise "timeout", or check the job in the GES console.`;
        case 'not-found':
            if (report.notFound?.reason === 'other-graph')
                return 'Check "job-id" and "graph-name": they name different graphs.';
            if (report.notFound?.reason === 'unknown-graph')
                return 'Fix "graph-name" to a graph of this project (graph names are case-sensitive), or check "project-id" and "region" if the graph is in another project.';
            if (report.notFound?.reason === 'started-unseen')
                return 'The import may still run: check the graph\'s jobs in the GES console before running the step again (running it again starts another import); raise "appear-timeout" if GES is slow to show new jobs.';
            if (report.notFound?.reason === 'appear-timeout')
                return 'Check "graph-name", "job-name", "job-id" and "since"/"until" (times are UTC) against the jobs seen instead; raise "appear-timeout" if the import starts later.';
            return 'Check "graph-name", "job-name", "job-id" and "since"/"until" (times are UTC); set wait-for-job: true to wait for a job that starts later.';
        case 'cancelled':
            return 'The run was cancelled; the job itself goes on in GES.';
        default:
            return undefined;
    }
}
/**
 * A success only one answer gave is not a missing detail that fail-on could accept: say what
 * was missing (a confirming answer, or a documented spelling) and where to look instead.
 */
function unconfirmedHint(jobs) {
    const ids = jobs.map((job) => job.jobId).join(', ');
    const undocumented = jobs
        .flatMap((job) => [job.answers.statusEndpoint ?? '', job.answers.jobList ?? ''])
        .find((raw) => jobStatus(raw) === 'success' && !isDocumentedSpelling(raw));
    if (undocumented !== undefined)
        return `GES gave the final status of ${ids} as ${quoteStatus(undocumented)}, a spelling it does not document, and no second endpoint said the same, so it does not count as success (fail-on cannot change that): check the job in the GES console before trusting this import.`;
    return `GES said ${ids} succeeded in one answer only, the status endpoint's: no listing showed the finish and no second status answer came before the wait ended, so it does not count as success (fail-on cannot change that). Check the job in the GES console before trusting this import; if GES is only slow to list finished jobs, a longer "timeout" gives it the time to confirm.`;
}
const MAX_FILES_NAMED = 5;
/**
 * The runner cuts an annotation at 4,096 characters (`_maxIssueMessageLength` in actions/runner)
 * without saying so: the message names the jobs that fit and how many it left out.
 */
const ANNOTATION_MAX_CHARS = 4096;
/** The error annotation: why the step fails, then the bad jobs, files and causes, within ANNOTATION_MAX_CHARS. */
function failureMessage(report) {
    // An annotation is a log line too: the same cleaning (shared/invisible.ts).
    const lines = failureLines(report).map((line) => (0,invisible/* withoutInvisibleInLines */.S)(line));
    // Room for the line that says how many jobs were left out.
    const room = ANNOTATION_MAX_CHARS - 120;
    let used = -1;
    let shown = 0;
    while (shown < lines.length && used + lines[shown].length + 1 <= room)
        used += lines[shown++].length + 1;
    if (shown === 0)
        return `${lines[0].slice(0, room - 1)}…`;
    const left = lines.length - shown;
    const cut = left > 0 ? [`and ${left} more ${left === 1 ? 'job' : 'jobs'}: see the step summary or the report`] : [];
    return [...lines.slice(0, shown), ...cut].join('\n');
}
/** The reasons, then a line per bad job. */
function failureLines(report) {
    const parts = [`GES job wait: ${report.reasons.join('; ')}`];
    for (const job of report.jobs) {
        const bad = job.files.filter((f) => f.status !== 'success');
        if (job.outcome === 'success' && bad.length === 0)
            continue;
        let text = `${job.jobName ?? 'job'} ${job.jobId}${job.graph ? ` (graph ${job.graph})` : ''}: ${job.status}`;
        if (job.failReason)
            text += ` — ${(0,shared_text/* clipLine */.DX)(job.failReason, 200)}`;
        const named = bad.slice(0, MAX_FILES_NAMED).map((f) => {
            const lines = f.failedLines !== null ? `, ${f.failedLines} failed lines` : '';
            return `${f.kind} ${f.path}: ${f.status}${lines}${f.cause ? ` — ${(0,shared_text/* clipLine */.DX)(f.cause, 200)}` : ''}`;
        });
        if (bad.length > MAX_FILES_NAMED)
            named.push(`and ${bad.length - MAX_FILES_NAMED} more`);
        if (named.length > 0)
            text += `; ${named.join('; ')}`;
        parts.push(text);
    }
    return parts;
}

// EXTERNAL MODULE: ./src/report/not-found.ts
var not_found = __nccwpck_require__(454);
;// CONCATENATED MODULE: ./src/report/report.ts
/**
 * The report format's version (`schemaVersion`), described by docs/report.schema.json. It goes
 * up when a field is removed or changes meaning, so that a consumer can tell formats apart; a
 * new field is added to the schema in the same change.
 */
const REPORT_SCHEMA_VERSION = 1;

// EXTERNAL MODULE: ./src/ges/import-result.ts
var import_result = __nccwpck_require__(616);
;// CONCATENATED MODULE: ./src/report/report-entries.ts




/**
 * A job's result, its files included: answers that disagree first, then what the job and its
 * files say (ges/import-result.ts), where a success the waiter could not confirm is unknown.
 */
function jobOutcome(observed) {
    if (observed.disagreement)
        return 'disagreeing';
    const result = (0,import_result/* importResult */.R6)(observed.job);
    return result === 'success' && observed.unconfirmed !== undefined ? 'unknown' : result;
}
function fileReport(file, logRead) {
    return {
        kind: file.kind,
        path: file.path,
        // Our normalised name for known statuses; what GES said for the others.
        status: file.status === 'unknown' ? showStatus(file.rawStatus) || 'unknown' : file.status,
        totalLines: file.totalLines,
        successfulLines: file.successfulLines,
        failedLines: file.failedLines,
        cause: file.cause,
        log: file.log,
        rejectedLines: logRead?.ok ? logRead.lines : null,
        logRead: logRead === undefined ? null : logRead.ok ? 'ok' : logRead.reason,
        logNote: (logRead?.ok && logRead.note) || null
    };
}
function jobReport(observed, comparison = null, logReads = new Map()) {
    const { job } = observed;
    const duration = job.beginTime !== null && job.endTime !== null
        ? Math.max(0, Math.round((job.endTime - job.beginTime) / 1000))
        : null;
    return {
        jobId: job.id,
        jobName: job.name,
        jobType: job.type,
        graph: job.graph,
        // Escaped: the summary drops zero-width characters, and `succ\u200bess` must not read as success.
        status: job.status === 'unknown' ? showStatus(job.rawStatus) || 'unknown' : job.status,
        outcome: jobOutcome(observed),
        fileResults: (0,import_result/* fileResultsOf */.WV)(job),
        answers: observed.answers,
        disagreement: observed.disagreement ?? null,
        unconfirmed: observed.unconfirmed ?? null,
        vanished: observed.vanished,
        unreadable: job.unreadable ?? null,
        beginTime: (0,shared_text/* isoTime */.Ly)(job.beginTime),
        endTime: (0,shared_text/* isoTime */.Ly)(job.endTime),
        durationSeconds: duration,
        failReason: job.failReason,
        files: (job.files ?? []).map((file) => fileReport(file, logReads.get((0,log_targets/* logKey */.Up)(job.id, file)))),
        comparison
    };
}
/**
 * Line totals. A count GES did not report is unknown, so is any sum over it: edge and vertex
 * files always carry counts (-1 when "not returned by this version"); schema files only in
 * v2, so a schema file without counts is left out rather than made unknown.
 */
function totalsOf(jobs) {
    // No job, no counts: nothing is known of the lines (unknown is not zero).
    const unreported = jobs.length === 0 || jobs.some((job) => (0,import_result/* fileResultsOf */.WV)(job) === 'not-reported');
    const files = jobs.flatMap((job) => job.files ?? []);
    const sum = (pick) => {
        if (unreported)
            return null;
        let total = 0;
        for (const file of files) {
            const value = pick(file);
            if (value !== null)
                total += value;
            else if (file.kind !== 'schema')
                return null;
        }
        return total;
    };
    return {
        totalLines: sum((f) => f.totalLines),
        successfulLines: sum((f) => f.successfulLines),
        failedLines: sum((f) => f.failedLines),
        failedFiles: unreported ? null : files.filter((f) => f.status === 'failed' || f.status === 'partFailed').length
    };
}
/** The totals of what the wait saw: counts read from answers that disagree are one side's word, not the result: unknown. */
function evidenceTotals(observed) {
    return observed.some((o) => o.disagreement)
        ? { totalLines: null, successfulLines: null, failedLines: null, failedFiles: null }
        : totalsOf(observed.map((o) => o.job));
}

;// CONCATENATED MODULE: ./src/report/stale.ts



/** A job chosen without `since` that finished this long ago may be yesterday's import. */
const STALE_AFTER_MS = time/* DAY_MS */.sO;
/**
 * Jobs picked by name and graph with no `since` window that finished more than a day ago: a
 * gate that passes on an old import is worse than none, so the log and the summary say so.
 * A job named by `job-id` was chosen on purpose and is never stale.
 */
function staleJobs(jobs, criteria, now) {
    if (criteria.since !== undefined || criteria.jobIds.length > 0)
        return [];
    const stale = [];
    for (const job of jobs) {
        const finishedAt = job.endTime ?? ((0,model/* isFinished */.$g)(job) ? job.beginTime : null);
        if (finishedAt === null || now - finishedAt <= STALE_AFTER_MS)
            continue;
        const what = `${job.name ?? ''} job`.trim();
        const graph = job.graph ? ` of graph ${job.graph}` : '';
        const subject = criteria.select === 'latest' ? `the newest ${what}${graph}` : `${what} ${job.id}${graph}`;
        stale.push({
            jobId: job.id,
            graph: job.graph,
            endTime: (0,shared_text/* isoTime */.Ly)(finishedAt),
            hoursAgo: Math.floor((now - finishedAt) / 3_600_000),
            message: `${subject} finished ${ago(now - finishedAt)}; set since to ignore older imports`
        });
    }
    return stale;
}
/** `26 hours ago` up to two days, then `3 days ago`. */
function ago(ms) {
    const hours = Math.floor(ms / 3_600_000);
    return hours < 48 ? `${hours} hours ago` : `${Math.floor(hours / 24)} days ago`;
}

;// CONCATENATED MODULE: ./src/history/report-history.ts
const NONE = { history: null, expectedDurationSeconds: null, runningSeconds: null };
/**
 * The report with each job's history fields (null throughout without a history: `trend: 0`).
 * Added once the verdict is decided, so that the history cannot change it. Pure.
 */
function withHistory(report, histories) {
    return { ...report, jobs: report.jobs.map((job) => ({ ...job, ...(histories?.get(job.jobId) ?? NONE) })) };
}

// EXTERNAL MODULE: ./src/report/line-drop-rule.ts
var line_drop_rule = __nccwpck_require__(2877);
;// CONCATENATED MODULE: ./src/report/failed-lines-percent.ts

/**
 * `max-failed-lines` as a percentage of all lines of edge and vertex files (schema files have
 * no counts: docs/ges-api.md#import-details-and-line-counts). A share of an unknown total cannot be checked, so the step
 * fails and names the files whose counts GES did not report.
 */
function failedLinesPercentRejections(report, percent) {
    const rule = `max-failed-lines (${percent}%)`;
    const rejection = (measured, reason) => ({
        rule: 'max-failed-lines',
        limit: percent,
        unit: 'percent',
        measured,
        jobId: null,
        reason
    });
    const files = report.jobs.flatMap((job) => job.files).filter((file) => file.kind !== 'schema');
    const unknown = files.filter((file) => file.totalLines === null || file.failedLines === null);
    if (unknown.length > 0) {
        const named = unknown
            .slice(0, 3)
            .map((file) => file.path)
            .join(', ');
        return [
            rejection(null, `${rule} could not be checked: GES did not report the line counts of ${unknown.length} ${unknown.length === 1 ? 'file' : 'files'} (${named}${unknown.length > 3 ? ', …' : ''})`)
        ];
    }
    const total = files.reduce((sum, file) => sum + file.totalLines, 0);
    const failed = files.reduce((sum, file) => sum + file.failedLines, 0);
    if (failed * 100 <= percent * total)
        return [];
    // Failed lines out of no lines at all: counts that contradict, every line of it failed.
    const share = total > 0 ? (failed * 100) / total : 100;
    return [
        rejection(share, `${failed.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} lines failed (${total > 0 ? (0,line_drop_rule/* formatPercent */.l9)(share) : 'all'}), more than ${rule}`)
    ];
}
/**
 * `max-failed-lines` as a count over all files. Unknown is not zero: a total GES did not
 * report cannot be checked, and the step fails saying so.
 */
function failedLinesRejection(failedLines, max) {
    const rejection = (reason) => ({
        rule: 'max-failed-lines',
        limit: max,
        unit: 'lines',
        measured: failedLines,
        jobId: null,
        reason
    });
    if (failedLines === null)
        return rejection(`max-failed-lines (${max}) cannot be checked: GES did not report the failed lines of every file`);
    if (failedLines > max)
        return rejection(`${failedLines} lines failed, more than max-failed-lines (${max})`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/report/verdict.ts



/**
 * What the wait means: the status, whether the step passes and why not. Pure. A success that
 * a rule of the workflow rejects is `rejected`, never `success`: `success` always passes.
 */
function verdict(evidence, jobs, totals, rules, stoppingError) {
    const seen = overallStatus(evidence, jobs);
    const rejectedBy = ruleRejections(jobs, totals, rules);
    const reasons = [...failReasons(evidence, seen, jobs, rules, stoppingError), ...rejectedBy.map((r) => r.reason)];
    const passed = reasons.length === 0;
    return {
        status: seen === 'success' && !passed ? 'rejected' : seen,
        passed,
        reasons,
        rejectedBy,
        warnings: [...warningsOf(jobs, totals), ...idlessWarnings(evidence.idless ?? [])]
    };
}
/** As GES sent them. */
const idless = (job) => `graph ${JSON.stringify(job.graph?.slice(0, 100) ?? '')}, begin time ${JSON.stringify(job.beginTimeRaw?.slice(0, 60) ?? '')}`;
/** Id-less entries that could have been targets (docs/evidence-rules.md). */
function idlessWarnings(entries) {
    const named = entries.slice(0, 5).map(idless).join('; ') + (entries.length > 5 ? '; …' : '');
    return entries.length === 0
        ? []
        : [
            `${entries.length} listed job(s) without a readable job id match (${named}): none can be waited for; the job chosen may not be the newest or the only one`
        ];
}
/**
 * Seen failure first: a failed import is `failed` however the wait ended. Otherwise how the
 * wait ended, answers that disagree (`error`), then the imports' own results.
 */
function overallStatus(evidence, jobs) {
    const { end } = evidence;
    const outcomes = new Set(jobs.map((j) => j.outcome));
    if (outcomes.has('failed'))
        return 'failed';
    switch (end) {
        case 'timeout':
            // Every job finished, but a finish was never confirmed: that is what is unknown, not the time.
            if (unconfirmedAtDeadline(evidence, jobs))
                return outcomes.has('partFailed') ? 'partFailed' : 'unknown';
            return outcomes.has('disagreeing') ? 'error' : end;
        case 'cancelled':
        case 'not-found':
            return outcomes.has('disagreeing') ? 'error' : end;
        case 'error':
            return 'error';
        case 'finished':
            if (jobs.length === 0 || outcomes.has('disagreeing') || outcomes.has('unfinished'))
                return 'error'; // the monitor never ends so
            if (outcomes.has('partFailed'))
                return 'partFailed';
            return outcomes.has('unknown') || evidence.idlessNewer?.length ? 'unknown' : 'success';
    }
}
/**
 * At a timeout (both callers ask only then): the wait ran out only because a finish the waiter
 * saw was never confirmed, every target found and finished.
 */
function unconfirmedAtDeadline(evidence, jobs) {
    return (evidence.missing.length === 0 &&
        evidence.jobs.some((o) => o.unconfirmed !== undefined) &&
        jobs.every((j) => j.outcome !== 'unfinished' && j.outcome !== 'disagreeing'));
}
const NOT_FOUND = 'no matching job was found';
/** Why the import or the wait fails the step, before the workflow's own rules. */
function failReasons(evidence, status, jobs, rules, stoppingError) {
    const { end } = evidence;
    const reasons = [];
    // Whatever its text (even none), an error that stopped the wait fails the step.
    if (stoppingError) {
        const text = stoppingError.message || 'the wait was stopped by an error';
        reasons.push(stoppingError.reference ? `${text} (${stoppingError.reference})` : text);
    }
    for (const job of jobs)
        if (job.disagreement)
            reasons.push(job.disagreement);
    const has = (outcome) => jobs.some((j) => j.outcome === outcome);
    if (has('failed') && rules.failOn.includes('failed'))
        reasons.push('the import failed');
    if (has('partFailed') && rules.failOn.includes('partFailed'))
        reasons.push('the import partially failed');
    // A success not confirmed fails whatever fail-on says: fail-on is about the import's details.
    reasons.push(...jobs.filter((j) => j.unconfirmed !== null).map((j) => j.unconfirmed));
    if (rules.failOn.includes('unknown'))
        reasons.push(...jobs.filter((j) => j.outcome === 'unknown' && j.unconfirmed === null).map(unknownReason));
    // How the wait ended fails the step even when a failed import gave the status.
    // whatever fail-on says
    for (const job of evidence.idlessNewer ?? [])
        reasons.push(`a newer job without a readable job id (${idless(job)}): the newest import's result is unknown`);
    if (end === 'timeout' && !unconfirmedAtDeadline(evidence, jobs))
        reasons.push('the wait timed out before the job finished');
    if (end === 'not-found')
        reasons.push(NOT_FOUND);
    if (end === 'cancelled')
        reasons.push('the run was cancelled before the job finished');
    if ((end === 'error' || status === 'error') && reasons.length === 0)
        reasons.push('the wait could not establish the result');
    return reasons;
}
/** The workflow's own rules (max-failed-lines, max-line-drop) that reject what the wait saw. */
function ruleRejections(jobs, totals, rules) {
    const rejections = [];
    // No job, no file: the share of failed lines has nothing to reject (the count below would be unknown).
    if (rules.maxFailedLinesPercent !== undefined)
        rejections.push(...failedLinesPercentRejections({ jobs }, rules.maxFailedLinesPercent));
    if (rules.maxLineDrop)
        rejections.push(...(0,line_drop_rule/* lineDropRejections */.iL)({ jobs }, rules.maxLineDrop));
    if (rules.maxFailedLines !== undefined && jobs.length > 0) {
        const rejection = failedLinesRejection(totals.failedLines, rules.maxFailedLines);
        if (rejection)
            rejections.push(rejection);
    }
    return rejections;
}
function unknownReason(job) {
    if (job.fileResults === 'not-reported')
        return `GES did not report the file results of job ${job.jobId} (set fail-on without "unknown" to accept that)`;
    // A job whose outcome is unknown has no failed or partFailed file (it would be failed or
    // partFailed): a file not `success` is in a status GES does not document, shown as GES spelled it.
    const odd = job.files.filter((f) => f.status !== 'success').map((f) => `"${f.status}"`);
    if (odd.length === 0) {
        const contradictions = job.files.map(import_result/* countContradiction */.tM).filter((c) => c !== undefined);
        return `job ${job.jobId} reports line counts that contradict: ${contradictions.join('; ')}`;
    }
    return `job ${job.jobId} reports files in a status that is not documented (${[...new Set(odd)].join(', ')})`;
}
/** Things to know even when the step passes: details GES did not report, counts that contradict. */
function warningsOf(jobs, totals) {
    const warnings = [];
    for (const job of jobs) {
        if (job.fileResults === 'not-reported' && job.outcome !== 'unfinished' && job.outcome !== 'disagreeing')
            warnings.push(`file results not reported by GES for job ${job.jobId}: its line counts are unknown`);
        // Reported: a job with no file results is either not-reported (above) or not an import, which is never unknown.
        else if (job.outcome === 'unknown' && job.unconfirmed === null)
            warnings.push(unknownReason(job));
    }
    const unknownCounts = totals.totalLines === null || totals.successfulLines === null || totals.failedLines === null;
    const agreeing = jobs.every((j) => j.outcome !== 'disagreeing');
    if (unknownCounts && agreeing && warnings.length === 0 && jobs.some((j) => j.fileResults === 'reported'))
        warnings.push('GES did not report the line counts of every file: the totals are unknown');
    return warnings;
}

;// CONCATENATED MODULE: ./src/report/judge.ts







/**
 * What the wait means, as the report every sink renders. Pure. The report entries (each job,
 * file and the totals: report-entries.ts) are built first; the verdict (verdict.ts) decides
 * the status, whether the step passes and why not from them; the hint reads the result. It
 * never calls success what it did not see: a job must say exactly `success`, every answer
 * about it must agree, and an import's file results must have been reported (or `fail-on`
 * must leave out `unknown`).
 */
function judge(evidence, rules) {
    const jobs = evidence.jobs.map((o) => jobReport(o, evidence.comparisons?.get(o.job.id) ?? null, evidence.logReads ?? new Map()));
    const totals = evidenceTotals(evidence.jobs);
    const error = evidence.error
        ? {
            message: evidence.error.message,
            reference: evidence.error.reference,
            httpStatus: evidence.error.details.status ?? null,
            code: evidence.error.details.code ?? null,
            requestId: evidence.error.details.requestId ?? null,
            stoppedWait: evidence.end === 'error'
        }
        : null;
    const notFound = evidence.end === 'not-found' && evidence.notFound ? (0,not_found/* notFoundReport */.CW)(evidence.notFound) : null;
    const decided = verdict(evidence, jobs, totals, rules, error?.stoppedWait ? error : null);
    const stale = rules.now === undefined
        ? []
        : staleJobs(evidence.jobs.map((o) => o.job), 
        // The job this step started was chosen by GES's answer, like a job-id: never stale.
        {
            since: rules.since,
            jobIds: [...(rules.jobIds ?? []), ...(evidence.startedImport?.jobId ? [evidence.startedImport.jobId] : [])],
            select: rules.select ?? 'latest'
        }, rules.now);
    const report = {
        schemaVersion: REPORT_SCHEMA_VERSION,
        status: decided.status,
        passed: decided.passed,
        // Not found says what was searched when the waiter told why (appear-timeout, another graph…).
        reasons: decided.reasons.map((reason) => (reason === NOT_FOUND && notFound ? notFound.message : reason)),
        rejectedBy: decided.rejectedBy,
        hint: null,
        warnings: [...evidence.jobs.flatMap((o) => (o.warning ? [o.warning] : [])), ...decided.warnings],
        jobs,
        totals,
        // "Not found" needs a search that answered: a listing that failed saw nothing missing.
        missing: evidence.searched === false ? [] : evidence.missing.map((m) => m.description),
        notFound,
        stale,
        skipped: evidence.skipped.map((s) => ({ jobId: s.id, graph: s.graph, beginTime: s.beginTimeRaw })),
        // A retried error the wait got past is not part of a success: a green report carries none.
        error: decided.status === 'success' ? null : error,
        waitedSeconds: Math.round(evidence.elapsedMs / 1000),
        ...(evidence.startedImport && { startedImport: evidence.startedImport })
    };
    report.hint = hintFor(report, rules.timeoutMs, evidence.error) ?? null;
    return withHistory(report, evidence.histories);
}

// EXTERNAL MODULE: ./src/settings/input-error.ts
var input_error = __nccwpck_require__(5794);
;// CONCATENATED MODULE: ./src/settings/credential-inputs.ts


/** Inputs and variables that hold secrets (the access key too: it names the account). */
/** Secrets: masked before anything is checked, and checked by their own rules (a password may hold anything). */
const SECRET_INPUTS = ['token', 'secret-key', 'security-token', 'iam-password', 'access-key', 'github-token'];
const SECRET_ENV = [
    'HUAWEI_CLOUD_SECRET_ACCESS_KEY',
    'HUAWEICLOUD_SDK_SK',
    'HUAWEICLOUD_SDK_SECURITY_TOKEN',
    'HUAWEI_CLOUD_SECURITY_TOKEN',
    'HUAWEI_CLOUD_ACCESS_KEY_ID',
    'HUAWEICLOUD_SDK_AK'
];
/** Registers every secret with the runner before anything, including an error, can print it. */
function maskSecrets(input, envValue) {
    for (const value of [...SECRET_INPUTS.map(input), ...SECRET_ENV.map((n) => envValue(n))]) {
        if (value)
            core_setSecret(value);
    }
}
/** Exactly one kind of credentials: inputs first, then the environment's AK/SK. */
function getCredentials(input, envValue) {
    // Which kinds were given is checked before any kind is validated: with two kinds, "set exactly
    // one" is the useful message, not what the second kind lacks.
    const kinds = [];
    const token = input('token');
    if (token) {
        kinds.push({
            name: 'token',
            build: () => {
                checkHeaderSafe('token', token);
                return { kind: 'token', token };
            }
        });
    }
    if (input('access-key') || input('secret-key') || input('security-token')) {
        kinds.push({
            name: 'access-key',
            build: () => akskCredentials(input('access-key'), input('secret-key'), input('security-token'), AKSK_INPUTS)
        });
    }
    if (input('iam-user') || input('iam-password') || input('iam-domain')) {
        kinds.push({
            name: 'iam-user',
            build: () => passwordCredentials(input('iam-user'), input('iam-password'), input('iam-domain'))
        });
    }
    if (kinds.length > 1) {
        throw new input_error/* InputError */.d(kinds[0].name, `cannot be combined with ${kinds
            .slice(1)
            .map((k) => `"${k.name}"`)
            .join(' and ')}: set exactly one kind of credentials (token, access-key/secret-key, or iam-user/iam-password/iam-domain)`, 'access-key: ${{ secrets.HUAWEI_AK }} and secret-key: ${{ secrets.HUAWEI_SK }}, with no token or iam-* input');
    }
    if (kinds.length === 1)
        return kinds[0].build();
    // A key and a secret are taken from the same family of variables, never one from each.
    for (const family of AKSK_ENV) {
        const ak = envValue(family.ak);
        const sk = envValue(family.sk);
        if (ak || sk) {
            const token = envValue(family.token) ?? envValue(AKSK_ENV[1].token);
            return akskCredentials(ak ?? '', sk ?? '', token ?? '', family);
        }
    }
    throw new input_error/* InputError */.d('token', 'is not set, and neither are "access-key"/"secret-key", "iam-user"/"iam-password"/"iam-domain", nor HUAWEI_CLOUD_ACCESS_KEY_ID/HUAWEI_CLOUD_SECRET_ACCESS_KEY in the environment: give one kind of credentials', 'access-key: ${{ secrets.HUAWEI_AK }} and secret-key: ${{ secrets.HUAWEI_SK }}');
}
const AKSK_INPUTS = { ak: 'access-key', sk: 'secret-key', token: 'security-token' };
/** What huaweicloud/auth-action exports, then what the official SDKs read. */
const AKSK_ENV = [
    { ak: 'HUAWEI_CLOUD_ACCESS_KEY_ID', sk: 'HUAWEI_CLOUD_SECRET_ACCESS_KEY', token: 'HUAWEI_CLOUD_SECURITY_TOKEN' },
    { ak: 'HUAWEICLOUD_SDK_AK', sk: 'HUAWEICLOUD_SDK_SK', token: 'HUAWEICLOUD_SDK_SECURITY_TOKEN' }
];
function akskCredentials(accessKey, secretKey, securityToken, names) {
    const { ak: akName, sk: skName } = names;
    if (!accessKey)
        throw new input_error/* InputError */.d(akName, `is required with "${skName}"`, '${{ secrets.HUAWEI_AK }}');
    if (!secretKey)
        throw new input_error/* InputError */.d(skName, `is required with "${akName}"`, '${{ secrets.HUAWEI_SK }}');
    if (!/^[A-Za-z0-9]+$/.test(accessKey)) {
        throw new input_error/* InputError */.d(akName, 'must contain only letters and digits (the value is not shown: it is masked)', '${{ secrets.HUAWEI_AK }}');
    }
    checkHeaderSafe(skName, secretKey);
    if (securityToken)
        checkHeaderSafe(names.token, securityToken);
    return { kind: 'aksk', accessKey, secretKey, ...(securityToken ? { securityToken } : {}) };
}
function passwordCredentials(user, password, domain) {
    if (!user)
        throw new input_error/* InputError */.d('iam-user', 'is required with "iam-password"', 'deploy-bot');
    if (!password)
        throw new input_error/* InputError */.d('iam-password', 'is required with "iam-user"', '${{ secrets.HUAWEI_IAM_PASSWORD }}');
    if (!domain) {
        throw new input_error/* InputError */.d('iam-domain', 'is required with "iam-user": it is the account (domain) name the IAM user belongs to', 'my-company');
    }
    return { kind: 'password', user, password, domain };
}
/** A secret with a line break or control character would corrupt a header; never echo it. */
function checkHeaderSafe(name, value) {
    // eslint-disable-next-line no-control-regex
    if (/[\x00-\x1f\x7f]/.test(value)) {
        throw new input_error/* InputError */.d(name, 'contains a line break or control character (the value is not shown: it is masked)', 'a single-line secret such as ${{ secrets.HUAWEI_SK }}');
    }
}

;// CONCATENATED MODULE: ./src/shared/closest-names.ts
/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The names closest to a mistyped one (`moviez` → `movies`), nearest first, at most `max`: those
 * a few edits away (case ignored), or that contain it or are contained in it (`movie` → `movies_v2`).
 */
function closestNames(name, names, max = 3) {
    // A long typed name, or a hostile list's megabyte-long one, costs no more than a plausible one.
    const wanted = name.slice(0, 200).toLowerCase();
    const limit = Math.max(2, Math.floor(wanted.length / 3));
    return [...new Set(names)]
        .map((candidate) => {
        const lower = candidate.slice(0, 200).toLowerCase();
        const related = wanted.length >= 3 && (lower.includes(wanted) || wanted.includes(lower)) && lower.length >= 3;
        // Cheap answers first, so a list of thousands of graphs stays fast: a name that contains the
        // other is exactly their length difference apart (deletions); names whose lengths differ by
        // more than the limit are at least that many edits apart, too far to suggest.
        const gap = Math.abs(wanted.length - lower.length);
        const distance = related ? gap : gap > limit ? Number.POSITIVE_INFINITY : editDistance(wanted, lower);
        return { candidate, distance, close: distance <= limit || related };
    })
        .filter((c) => c.close)
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, max)
        .map((c) => c.candidate);
}

;// CONCATENATED MODULE: ./src/settings/endpoints.ts


/** Regions the Huawei SDKs list for GES (docs/ges-api.md#endpoints-and-regions); others still work, with a warning. */
const KNOWN_GES_REGIONS = [
    'eu-west-101',
    'cn-north-1',
    'cn-north-2',
    'cn-north-4',
    'cn-east-3',
    'cn-south-1',
    'ap-southeast-1',
    'ap-southeast-3',
    'ru-moscow-1'
];
/** eu-west-101 is served from the European domain; every other region from the main one. */
function domainOf(region) {
    return region === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com';
}
function gesEndpointFor(region) {
    return `https://ges.${region}.${domainOf(region)}`;
}
function iamEndpointFor(region) {
    return region ? `https://iam.${region}.${domainOf(region)}` : 'https://iam.myhuaweicloud.com';
}
function isLoopbackHost(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * Validates a base URL given as an input: https, or http only on loopback (credentials must not
 * cross a network in clear text), no user info, query or fragment. Returns it without a trailing `/`.
 */
function parseBaseUrl(input, value, example = 'https://ges.cn-north-4.myhuaweicloud.com') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new input_error/* InputError */.d(input, `is not a URL ("${value}")`, example);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new input_error/* InputError */.d(input, `must use https:// (got "${url.protocol}")`, example);
    }
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
        throw new input_error/* InputError */.d(input, `uses plain http:// to "${url.hostname}": credentials would travel unencrypted; use https:// (http is allowed only for loopback hosts such as 127.0.0.1)`, example);
    }
    if (url.username || url.password) {
        throw new input_error/* InputError */.d(input, 'must not contain a user name or password', example);
    }
    if (url.search || url.hash) {
        throw new input_error/* InputError */.d(input, 'must not contain a query string or fragment', example);
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
/**
 * The GES base URL. A path is kept as a prefix (a gateway or proxy that serves GES under
 * `/ges`), except one that holds an API version: the client adds `/v1.0/{project_id}/…` (or
 * `/v2/…`) itself, so `…/v1.0` would become `…/v1.0/v1.0/…` and fail with a bare 404.
 */
function parseGesEndpoint(value) {
    const base = parseBaseUrl('endpoint', value);
    const url = new URL(base);
    const segments = url.pathname.split('/');
    const at = segments.findIndex((segment) => /^v\d+(?:\.\d+)?$/i.test(segment));
    if (at < 0)
        return base;
    const fixed = `${url.origin}${segments.slice(0, at).join('/')}`;
    throw new input_error/* InputError */.d('endpoint', `("${value}") holds the API version "/${segments[at]}" in its path: the action adds /v1.0/{project_id}/… (or /v2/…, as api-version says) itself; give the base URL without it, "${fixed}"`, `"${fixed}"`);
}
/** The known region closest to a mistyped one (`cn-nort-4` → `cn-north-4`), if one is close. */
function suggestRegion(region) {
    if (KNOWN_GES_REGIONS.includes(region))
        return undefined;
    let best;
    for (const known of KNOWN_GES_REGIONS) {
        const distance = editDistance(region, known);
        if (!best || distance < best.distance)
            best = { region: known, distance };
    }
    // More than a few edits apart is another region name, not a typo of this one.
    return best && best.distance <= Math.max(2, Math.floor(region.length / 4)) ? best.region : undefined;
}
/** `region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?`, or undefined for a known one. */
function unknownRegionNote(region) {
    if (KNOWN_GES_REGIONS.includes(region))
        return undefined;
    const suggestion = suggestRegion(region);
    return `region "${region}" is not a known GES region${suggestion ? `; did you mean "${suggestion}"?` : ''}`;
}

;// CONCATENATED MODULE: ./src/settings/duration.ts
// Durations as people write them in a workflow file: `30s`, `5m`, `30min`, `2 hours`, `1h30m`.
// A bare number is refused: GitHub's own `timeout-minutes` counts minutes, so `30` is read as
// 30 minutes by some and 30 seconds by others (docs/durations.md).
const MS_PER = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Every spelling accepted, by the unit it means. Case does not matter. */
const UNIT_SPELLINGS = {
    ms: ['ms', 'msec', 'msecs', 'millisecond', 'milliseconds'],
    s: ['s', 'sec', 'secs', 'second', 'seconds'],
    m: ['m', 'min', 'mins', 'minute', 'minutes'],
    h: ['h', 'hr', 'hrs', 'hour', 'hours'],
    d: ['d', 'day', 'days']
};
const UNIT_OF = new Map(Object.entries(UNIT_SPELLINGS).flatMap(([unit, names]) => names.map((n) => [n, unit])));
/** A number followed by a word (the unit); spaces allowed between and around the parts. */
const PART = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/gy;
/** The unit a clock-style compound's last number means after each unit: `1h30` is 1h30m, `5m30` 5m30s. */
const NEXT_UNIT = { d: 'h', h: 'm', m: 's', s: 'ms' };
/**
 * Reads `500ms`, `30s`, `5m`, `30min`, `2 hours`, `1d`, or compounds such as `1h30m` and
 * `1h 30min`. Units are the spellings of UNIT_SPELLINGS; a bare number has none.
 */
function readDuration(text) {
    const value = text.trim().toLowerCase();
    if (/^\d+(?:\.\d+)?$/.test(value))
        return { problem: 'bare' };
    if (value === '')
        return { problem: 'syntax' };
    let total = 0;
    let at = 0;
    let last = '';
    PART.lastIndex = 0;
    for (let match = PART.exec(value); match !== null; match = PART.exec(value)) {
        const unit = UNIT_OF.get(match[2]);
        if (unit === undefined)
            return { problem: 'unit', word: match[2] };
        total += Number(match[1]) * MS_PER[unit];
        at = PART.lastIndex;
        last = unit;
    }
    const rest = value.slice(at);
    if (at > 0 && NEXT_UNIT[last] && /^\d+(?:\.\d+)?$/.test(rest)) {
        return { problem: 'tail', word: rest, fix: `${text.trim()}${NEXT_UNIT[last]}` };
    }
    if (at !== value.length)
        return { problem: 'syntax' };
    return { ms: Math.round(total) };
}
/** The duration in ms, or undefined when the text is not one (a bare number included). */
function parseDuration(text) {
    const reading = readDuration(text);
    return 'ms' in reading ? reading.ms : undefined;
}
/** `ms, s, m (min, minutes), …`: what a refused unit is told. */
function unitList() {
    return Object.values(UNIT_SPELLINGS)
        .map(([short, ...others]) => `${short} (${others.filter((o) => o.length > 1).join(', ')})`)
        .join('; ');
}

;// CONCATENATED MODULE: ./src/settings/input-parsers.ts



/** '' (an unset input) as undefined. */
function optional(value) {
    return value === '' ? undefined : value;
}
/**
 * No workflow job runs longer than 35 days (a self-hosted runner's limit; hosted ones stop at 6 h),
 * and a longer duration would also overflow Node's timers (2^31-1 ms, 24.8 days) into firing at once.
 */
const LONGEST_DURATION_MS = 35 * 86_400_000;
/** A duration input in ms: a number with a unit, longer than zero, at most 35 days. */
function getDuration(input, name, fallback) {
    const text = input(name) || fallback;
    const reading = readDuration(text);
    if ('problem' in reading)
        throw new input_error/* InputError */.d(name, durationProblem(text, reading), `"${fallback}" or "1h30m"`);
    if (reading.ms <= 0)
        throw new input_error/* InputError */.d(name, `("${text}") must be longer than zero`, `"${fallback}"`);
    if (reading.ms > LONGEST_DURATION_MS) {
        throw new input_error/* InputError */.d(name, `("${text}") is longer than a workflow can run (at most 35d, the limit of a self-hosted runner's job)`, `"${fallback}" or "6h"`);
    }
    return reading.ms;
}
/** Why a text is not a duration, in words that show the fix. */
function durationProblem(text, reading) {
    const value = text.trim();
    switch (reading.problem) {
        case 'bare':
            return `("${value}") has no unit: ${value}s or ${value}m? Write the unit, e.g. ${value}s for seconds or ${value}m for minutes`;
        case 'unit':
            return `("${value}") has an unknown unit "${reading.word ?? ''}": use ${unitList()}`;
        case 'tail':
            return `("${value}") ends in a number without a unit, "${reading.word ?? ''}": write its unit, e.g. "${reading.fix ?? ''}"`;
        case 'syntax':
            return `("${value}") is not a duration: use a number with a unit, ${unitList()}`;
    }
}
/** An ISO-8601 timestamp, a date (midnight UTC), or a duration ago such as `2h`. */
function getTimePoint(input, name, now) {
    const text = input(name);
    if (!text)
        return undefined;
    const absolute = (0,time/* parseUtcTime */.jm)(text);
    if (absolute !== undefined)
        return absolute;
    const ago = parseDuration(text);
    if (ago !== undefined && /[a-z]$/i.test(text))
        return now - ago;
    throw new input_error/* InputError */.d(name, `("${text}") is not a time: use an ISO-8601 timestamp, a date yyyy-MM-dd, or a duration ago such as 30m, 2h or 1d`, '"2026-11-28T09:30:00Z", "2026-11-28" or "2h"');
}
function getApiVersion(value) {
    const normalised = value.toLowerCase();
    if (normalised === '' || normalised === 'v1' || normalised === 'v1.0')
        return 'v1';
    if (normalised === 'v2')
        return 'v2';
    throw new input_error/* InputError */.d('api-version', `("${value}") must be "v1" or "v2"`, 'v1');
}
function getChoice(input, name, choices, fallback) {
    const value = input(name).toLowerCase() || fallback;
    const choice = choices.find((c) => c === value);
    if (!choice)
        throw new input_error/* InputError */.d(name, `("${input(name)}") must be one of ${choices.join(', ')}`, fallback);
    return choice;
}
function getBoolean(input, name, fallback) {
    const value = input(name).toLowerCase();
    if (value === '')
        return fallback;
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new input_error/* InputError */.d(name, `("${input(name)}") must be true or false`, String(fallback));
}
/** Comma- or newline-separated items, blanks dropped. */
function splitList(text) {
    return text
        .split(/[,\r\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** A list input: items checked against `pattern`, duplicates removed, order kept. */
function getList(input, name, pattern, example) {
    const items = splitList(input(name));
    for (const item of items) {
        if (!pattern.test(item))
            throw new input_error/* InputError */.d(name, `has an invalid entry "${item}"`, example);
    }
    return [...new Set(items)];
}
/** The default: a gate fails on what it did not see, as on what failed. */
const DEFAULT_FAIL_ON = 'failed,partFailed,unknown';
function getFailOn(value) {
    const items = (value || DEFAULT_FAIL_ON)
        .split(/[,\s]+/)
        .map((item) => item.trim().toLowerCase())
        .filter(Boolean);
    if (items.length === 1 && items[0] === 'none')
        return [];
    const result = new Set();
    for (const item of items) {
        if (item === 'failed')
            result.add('failed');
        else if (item === 'partfailed' || item === 'partiallyfailed')
            result.add('partFailed');
        else if (item === 'unknown')
            result.add('unknown');
        else {
            throw new input_error/* InputError */.d('fail-on', `("${value}") must be a comma-separated list of "failed", "partFailed" and "unknown", or "none"`, DEFAULT_FAIL_ON);
        }
    }
    return [...result];
}

;// CONCATENATED MODULE: ./src/settings/import-inputs.ts



/** The path inputs and the ImportGraph body fields they set, v1 (camelCase) and v2 (snake_case), docs/ges-api.md#starting-an-import-importgraph. */
const PATH_INPUTS = [
    { input: 'import-edges', v1: 'edgesetPath', v2: 'edgeset_path' },
    { input: 'import-vertices', v1: 'vertexsetPath', v2: 'vertexset_path' },
    { input: 'import-schema', v1: 'schemaPath', v2: 'schema_path' },
    { input: 'import-log-dir', v1: 'logDir', v2: 'log_dir' }
];
/** The documented ImportGraph body fields besides the paths, in both namings (docs/ges-api.md#starting-an-import-importgraph). */
const OPTION_FIELDS = [
    { v1: 'edgesetFormat', v2: 'edgeset_format' },
    { v1: 'vertexsetFormat', v2: 'vertexset_format' },
    { v1: 'parallelEdge', v2: 'parallel_edge' },
    { v1: 'delimiter', v2: 'delimiter' },
    { v1: 'trimQuote', v2: 'trim_quote' },
    { v1: 'offline', v2: 'offline' }
];
const PARALLEL_EDGE_FIELDS = [
    { v1: 'action', v2: 'action' },
    { v1: 'ignoreLabel', v2: 'ignore_label' },
    { v1: 'sortKeyColumn', v2: 'sort_key_column' }
];
const OPTIONS_EXAMPLE = '{"delimiter": ",", "parallelEdge": {"action": "override"}} (v1 names; v2: parallel_edge)';
/** `bucket/dir/` or `bucket/dir/file.csv`: a bucket name, a slash, then a key (docs/ges-api.md#starting-an-import-importgraph). */
const OBS_PATH = /^[a-z0-9][a-z0-9.-]{2,62}\/(?:\S.*)?$/;
/** What decides whether the action starts an import, read before anything else is validated. */
function wantsImport(input) {
    return PATH_INPUTS.slice(0, 3).some(({ input: name }) => input(name) !== '');
}
/**
 * `import-edges`, `import-vertices`, `import-schema`, `import-log-dir` and `import-options`:
 * the ImportGraph body, in the naming of `api-version`, and the one graph it goes to. Undefined
 * when no import is to be started. Inputs that only make sense for finding a job someone else
 * started (job-id, since, until, job-name, select) are errors next to it, before any request:
 * the step waits for exactly the job id GES returns.
 */
function getStartImport(input, apiVersion, warn) {
    if (!wantsImport(input)) {
        const stray = ['import-log-dir', 'import-options'].find((name) => input(name) !== '');
        if (stray) {
            throw new input_error/* InputError */.d(stray, 'is set, but none of "import-edges", "import-vertices" or "import-schema" is: it only goes with an import that this step starts. Give the data to import, or remove it', 'import-edges: my-bucket/movies/edges/');
        }
        return undefined;
    }
    const starting = PATH_INPUTS.slice(0, 3).find(({ input: name }) => input(name) !== '')?.input ?? 'import-edges';
    checkConflicts(input, starting);
    const graphs = splitList(input('graph-name'));
    if (graphs.length !== 1) {
        throw new input_error/* InputError */.d('graph-name', graphs.length === 0
            ? `is required with "${starting}": the import is started on exactly one graph`
            : `lists ${graphs.length} graphs, but "${starting}" starts an import on exactly one graph: use one step per graph (a matrix)`, 'movies');
    }
    const paths = {};
    for (const field of PATH_INPUTS) {
        const value = input(field.input);
        if (!value)
            continue;
        paths[field[apiVersion]] = checkObsPath(field.input, value);
    }
    const body = { ...paths, ...getOptions(input('import-options'), apiVersion, warn) };
    return { graphName: graphs[0], body, paths };
}
/** job-id, since, until, job-name and select choose a job someone else started: not ours. */
function checkConflicts(input, starting) {
    const conflict = (name, why, example) => {
        throw new input_error/* InputError */.d(name, `cannot be combined with "${starting}": ${why}`, example);
    };
    if (input('job-id'))
        conflict('job-id', 'the step starts the import and waits for the job id GES returns; remove job-id', `${starting} only`);
    for (const name of ['since', 'until']) {
        if (input(name))
            conflict(name, 'the step waits for the job it starts, not for jobs in a time window; remove it', `${starting} only`);
    }
    const jobName = input('job-name');
    if (jobName && jobName.toLowerCase() !== 'importgraph')
        conflict('job-name', `the step starts an ImportGraph job, not "${jobName}"; remove job-name`, 'job-name: ImportGraph');
    const select = input('select');
    if (select && select.toLowerCase() !== 'latest')
        conflict('select', 'the step waits for exactly the one job it starts; remove select', 'select: latest');
}
/** An OBS path as GES takes it: no `obs://` scheme, no line breaks or control characters. */
function checkObsPath(name, value) {
    const example = 'my-bucket/movies/edges/ or my-bucket/movies/edges/rate.csv';
    if (/^obs:\/\//i.test(value)) {
        throw new input_error/* InputError */.d(name, `("${value}") starts with obs://: GES takes bucket/path without the scheme`, example);
    }
    if (/^(?:https?:|s3:)/i.test(value)) {
        throw new input_error/* InputError */.d(name, `("${value}") is a URL: GES takes an OBS path, bucket/path`, example);
    }
    // graph-name and job-id take lists; these do not. A comma is legal in an OBS key, so only a
    // value whose every part is a bucket path reads as a list.
    const parts = value.split(/\s*[,\n]\s*/).filter((part) => part !== '');
    if (parts.length > 1 && parts.every((part) => OBS_PATH.test(part))) {
        throw new input_error/* InputError */.d(name, `lists ${parts.length} paths: GES imports one file or one directory per input; put the files in one directory and give that`, 'my-bucket/movies/edges/');
    }
    // eslint-disable-next-line no-control-regex -- a control character in a path is a pasting mistake
    if (/[\x00-\x1f\x7f]/.test(value) || !OBS_PATH.test(value)) {
        throw new input_error/* InputError */.d(name, `("${value.replace(/[\r\n]+/g, ' ')}") is not an OBS path: a bucket name (lower case), a slash, then a directory or file`, example);
    }
    return value;
}
/**
 * `import-options`: a JSON object merged into the body. Keys the path inputs set, in either
 * naming, and keys of the other api-version's naming are errors (GES would ignore or reject
 * them, and the import would run without the option); keys not documented are sent with a warning.
 */
function getOptions(text, apiVersion, warn) {
    if (!text)
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        const space = (0,invisible/* otherSpaceIn */.ah)(text);
        const why = space ? `; it holds a space JSON does not take (${space}), as text pasted from a page may` : '';
        throw new input_error/* InputError */.d('import-options', `is not JSON (${error.message}${why})`, OPTIONS_EXAMPLE);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new input_error/* InputError */.d('import-options', `must be a JSON object, not ${describeJson(parsed)}`, OPTIONS_EXAMPLE);
    }
    const options = parsed;
    const other = apiVersion === 'v1' ? 'v2' : 'v1';
    for (const key of Object.keys(options)) {
        const path = PATH_INPUTS.find((field) => field.v1 === key || field.v2 === key);
        if (path) {
            throw new input_error/* InputError */.d('import-options', `sets "${key}", which the input "${path.input}" sets: give the path as ${path.input} only`, `${path.input}: my-bucket/movies/ and import-options without "${key}"`);
        }
        checkNaming(key, OPTION_FIELDS, apiVersion, other, '');
        if (!OPTION_FIELDS.some((field) => field[apiVersion] === key)) {
            warn(`import-options: "${key}" is not an ImportGraph field documented for api-version ${apiVersion}; it is sent as given`);
        }
    }
    const parallel = options[apiVersion === 'v1' ? 'parallelEdge' : 'parallel_edge'];
    if (parallel !== null && typeof parallel === 'object' && !Array.isArray(parallel)) {
        for (const key of Object.keys(parallel))
            checkNaming(key, PARALLEL_EDGE_FIELDS, apiVersion, other, 'parallel edge ');
    }
    return options;
}
/** A key spelled in the other api-version's naming: name the right spelling. */
function checkNaming(key, fields, apiVersion, other, what) {
    const field = fields.find((f) => f[other] === key && f[apiVersion] !== key);
    if (!field)
        return;
    throw new input_error/* InputError */.d('import-options', `has the ${what}field "${key}", the ${other} spelling, but "api-version" is ${apiVersion}: write "${field[apiVersion]}", or set api-version: ${other}`, `{"${field[apiVersion]}": …}`);
}
function describeJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/settings/line-limit.ts
var line_limit = __nccwpck_require__(8829);
;// CONCATENATED MODULE: ./src/settings/settings.ts
const COMMENT_MODES = ['update', 'recreate', 'skip-unchanged'];

;// CONCATENATED MODULE: ./src/settings/pr-comment-inputs.ts





/** A tag goes into an HTML comment: keep it to characters that cannot close one. */
const TAG = /^[A-Za-z0-9._:,/+=@-]{1,100}$/;
/**
 * `pr-comment` and what it needs; undefined when no comment is wanted. `pr-number` and
 * `comment-mode` are checked even then: a typo is reported, not silently ignored.
 */
function getPrComment(input) {
    const prNumber = getPrNumber(input('pr-number'));
    const mode = getCommentMode(input('comment-mode'));
    if (!getBoolean(input, 'pr-comment', false)) {
        if (prNumber !== undefined)
            warning(`pr-number (${prNumber}) is set but pr-comment is false, so no comment is posted: set pr-comment: true`);
        return undefined;
    }
    const githubToken = input('github-token');
    if (!githubToken) {
        throw new input_error/* InputError */.d('github-token', 'is empty but pr-comment is true: GitHub needs a token to comment', '${{ github.token }}');
    }
    checkHeaderSafe('github-token', githubToken);
    const given = input('comment-tag');
    if (given && !TAG.test(given)) {
        throw new input_error/* InputError */.d('comment-tag', `("${given}") must be 1 to 100 letters, digits or . _ : , / + = @ -`, 'movies-${{ matrix.env }}');
    }
    return { githubToken, tag: given || defaultTag(input), mode, ...(prNumber === undefined ? {} : { prNumber }) };
}
/** '' (the default, or an expression that found no number) means "from the event". */
function getPrNumber(value) {
    if (value === '')
        return undefined;
    const digits = value.replace(/^#/, '');
    const number = Number(digits);
    if (!/^\d+$/.test(digits) || !Number.isSafeInteger(number) || number < 1) {
        throw new input_error/* InputError */.d('pr-number', `("${value}") must be a pull request number, a whole number from 1 up; leave it empty to take the pull request from the event`, '${{ github.event.pull_request.number }} or 42');
    }
    return number;
}
function getCommentMode(value) {
    const normalised = value.toLowerCase().replace(/_/g, '-');
    if (normalised === '')
        return 'update';
    const mode = COMMENT_MODES.find((m) => m === normalised);
    if (mode)
        return mode;
    const closest = [...COMMENT_MODES].sort((a, b) => distance(a, normalised) - distance(b, normalised))[0];
    throw new input_error/* InputError */.d('comment-mode', `("${value}") must be one of ${COMMENT_MODES.join(', ')}${distance(closest, normalised) <= 4 ? `; did you mean "${closest}"?` : ''}`, 'update');
}
/** Levenshtein distance, for "did you mean". */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** One comment per set of graphs (or job ids) unless the workflow names its own tag. */
function defaultTag(input) {
    const items = (name) => splitList(input(name)).sort();
    const graphs = items('graph-name');
    const ids = items('job-id');
    const tag = ids.length > 0 ? `job:${ids.join(',')}` : graphs.length > 0 ? `graph:${graphs.join(',')}` : 'default';
    const safe = tag.replace(/[^A-Za-z0-9._:,/+=@-]/g, '-');
    return safe.length <= 100 ? safe : `${safe.slice(0, 91)}~${hash(safe)}`;
}
function hash(text) {
    let h = 0;
    for (const c of text)
        h = (Math.imul(h, 31) + c.codePointAt(0)) >>> 0;
    return h.toString(36).padStart(8, '0').slice(0, 8);
}

;// CONCATENATED MODULE: ./src/settings/run-start-inputs.ts


/**
 * `since: run` and what reading the run's start needs: the runner's GITHUB_* variables and a
 * token that may read the run (`actions: read`). Undefined when `since` is something else.
 */
function getRunStartSource(input, envValue) {
    if (input('since').toLowerCase() !== 'run')
        return undefined;
    const runId = envValue('GITHUB_RUN_ID');
    const repository = envValue('GITHUB_REPOSITORY');
    if (!runId || !/^\d+$/.test(runId) || !repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
        throw new input_error/* InputError */.d('since', '("run") needs GITHUB_RUN_ID and GITHUB_REPOSITORY, which only a GitHub Actions run sets: outside a workflow run, give a time instead', '"2h" or "2026-11-28T09:30:00Z"');
    }
    const githubToken = input('github-token');
    if (!githubToken) {
        throw new input_error/* InputError */.d('github-token', 'is empty but since is "run": the start of the run is read from the GitHub API with this token (permission actions: read)', '${{ github.token }}');
    }
    checkHeaderSafe('github-token', githubToken);
    const attempt = envValue('GITHUB_RUN_ATTEMPT');
    return {
        apiUrl: (envValue('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, ''),
        repository,
        runId,
        ...(attempt && /^\d+$/.test(attempt) && { runAttempt: attempt }),
        githubToken
    };
}

;// CONCATENATED MODULE: ./src/settings/trend-input.ts

/** The most imports one chart shows: beyond that the x-axis labels no longer fit GitHub's width. */
const MAX_TREND = 50;
/** `trend`: a whole number from 0 (off) to MAX_TREND; empty means 10. */
function getTrend(value) {
    if (value === '')
        return 10;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number > MAX_TREND) {
        throw new input_error/* InputError */.d('trend', `("${value}") must be a whole number from 0 (off) to ${MAX_TREND}`, '10');
    }
    return number;
}

;// CONCATENATED MODULE: ./src/settings/input-helper.ts












const readCoreInput = (name) => getInput(name);
/** The only place that reads inputs: turns them into validated settings, or throws InputError. */
function getSettings(read = readCoreInput, env = process.env, now = Date.now()) {
    const input = (name) => {
        const value = read(name).trim();
        const hidden = SECRET_INPUTS.includes(name) ? undefined : (0,invisible/* hiddenCharacterIn */.Zb)(value);
        if (hidden) {
            throw new input_error/* InputError */.d(name, `holds a hidden character (${hidden}), as text pasted from a page may`, (0,invisible/* withoutHidden */.P)(value));
        }
        return value;
    };
    const envValue = (...names) => names.map((n) => env[n]?.trim()).find((v) => v);
    maskSecrets(input, envValue);
    const region = optional(input('region')) ?? envValue('HUAWEI_CLOUD_REGION');
    const endpoint = optional(input('endpoint'));
    if (region !== undefined)
        checkRegion(region, endpoint !== undefined);
    if (!endpoint && !region) {
        throw new input_error/* InputError */.d('region', 'is required when "endpoint" is not set', 'cn-north-4');
    }
    const credentials = getCredentials(input, envValue);
    const projectId = getProjectId(input('project-id') || envValue('HUAWEI_CLOUD_PROJECT_ID', 'HUAWEICLOUD_SDK_PROJECT_ID'));
    if (!projectId && (credentials.kind === 'token' || !region)) {
        throw new input_error/* InputError */.d('project-id', credentials.kind === 'token'
            ? 'is required with token authentication (or set HUAWEI_CLOUD_PROJECT_ID)'
            : 'is required when "region" is not set: the project is found from the region name', '0123456789abcdef0123456789abcdef');
    }
    const apiVersion = getApiVersion(input('api-version'));
    // Before since/job-id are read: with an import to start, they are conflicts, not filters.
    const startImport = getStartImport(input, apiVersion, (message) => warning(message));
    const timeoutMs = getDuration(input, 'timeout', '30m');
    const pollIntervalMs = getDuration(input, 'poll-interval', '5s');
    const maxPollIntervalMs = getDuration(input, 'max-poll-interval', '60s');
    if (maxPollIntervalMs < pollIntervalMs) {
        throw new input_error/* InputError */.d('max-poll-interval', `(${input('max-poll-interval')}) must not be shorter than "poll-interval" (${input('poll-interval') || '5s'})`, '60s');
    }
    const waitForJob = getBoolean(input, 'wait-for-job', true);
    const appearTimeoutMs = getAppearTimeout(input, timeoutMs, waitForJob);
    const sinceRun = getRunStartSource(input, envValue);
    const since = sinceRun ? undefined : getTimePoint(input, 'since', now);
    const until = getTimePoint(input, 'until', now);
    if (since !== undefined && until !== undefined && until < since) {
        throw new input_error/* InputError */.d('until', `("${input('until')}") is before "since" ("${input('since')}")`, '2026-11-28T18:00:00Z');
    }
    const jobName = input('job-name') || 'ImportGraph';
    // Frozen: stages read the settings and hand on what they learn as their output.
    return Object.freeze({
        projectId,
        region,
        endpoint: endpoint ? parseGesEndpoint(endpoint) : gesEndpointFor(region),
        iamEndpoint: parseBaseUrl('iam-endpoint', optional(input('iam-endpoint')) ?? iamEndpointFor(region)),
        apiVersion,
        credentials,
        jobIds: Object.freeze(getList(input, 'job-id', /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ff80808167bb90340167bc3c7b5b026a')),
        graphNames: Object.freeze(getList(input, 'graph-name', /^[^\s,][^,\r\n]*$/, 'movies')),
        jobName: jobName === '*' ? undefined : jobName,
        since,
        until,
        ...(sinceRun && { sinceRun }),
        select: getChoice(input, 'select', ['latest', 'all'], 'latest'),
        waitForJob,
        timeoutMs,
        appearTimeoutMs,
        pollIntervalMs,
        maxPollIntervalMs,
        requestTimeoutMs: getDuration(input, 'request-timeout', '30s'),
        failOn: Object.freeze(getFailOn(input('fail-on'))),
        ...(0,line_limit/* getFailedLinesLimit */.sH)(input('max-failed-lines')),
        maxLineDrop: (0,line_limit/* getMaxLineDrop */.sN)(input('max-line-drop')),
        summary: getBoolean(input, 'summary', true),
        reportFile: optional(input('report-file')),
        importLogLines: getLogLines(input('import-log-lines')),
        trend: getTrend(input('trend')),
        ...(input('obs-endpoint') && {
            obsEndpoint: parseBaseUrl('obs-endpoint', input('obs-endpoint'), 'https://obs.cn-north-4.myhuaweicloud.com')
        }),
        prComment: getPrComment(input),
        ...(startImport && { startImport })
    });
}
/**
 * `appear-timeout`: its 5m default quietly shrinks to a shorter `timeout`; a value the workflow
 * sets longer than `timeout` is a mistake worth naming (it could never take effect), unless
 * `wait-for-job: false`, where it does not apply (a shared env block may set it for other steps).
 */
function getAppearTimeout(input, timeoutMs, waitForJob) {
    const appear = getDuration(input, 'appear-timeout', '5m');
    if (!input('appear-timeout') || !waitForJob)
        return Math.min(appear, timeoutMs);
    if (appear > timeoutMs) {
        throw new input_error/* InputError */.d('appear-timeout', `(${input('appear-timeout')}) is longer than "timeout" (${input('timeout') || '30m'}): shorten it, or raise timeout`, (0,time/* formatDuration */.a3)(Math.min(timeoutMs, 300_000)));
    }
    return appear;
}
/** `import-log-lines`: a whole number from 0 (off) to 50; empty means 5. */
function getLogLines(value) {
    if (value === '')
        return 5;
    const number = Number(value);
    if (!/^\d+$/.test(value) || number > 50) {
        throw new input_error/* InputError */.d('import-log-lines', `("${value}") must be a whole number from 0 (off) to 50`, '5');
    }
    return number;
}
/** A region the SDKs do not list still works (new regions appear), but a typo is named at once. */
function checkRegion(region, hasEndpoint) {
    if (!/^[a-z]{2,}(?:-[a-z0-9]+)+$/.test(region)) {
        throw new input_error/* InputError */.d('region', `("${region}") is not a region name`, 'cn-north-4');
    }
    const suggestion = suggestRegion(region);
    if (!hasEndpoint && !KNOWN_GES_REGIONS.includes(region)) {
        warning(`Region "${region}" is not one the Huawei Cloud SDKs list for GES (${KNOWN_GES_REGIONS.join(', ')})${suggestion ? `; did you mean "${suggestion}"?` : ''} Set "endpoint" if ges.${region} does not resolve.`);
    }
}
function getProjectId(value) {
    if (!value)
        return undefined;
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
        throw new input_error/* InputError */.d('project-id', `("${value}") must be letters, digits, "-" or "_"`, '0123456789abcdef0123456789abcdef');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/settings/reachability-advice.ts

/**
 * What to check when a host never answered, naming the inputs it came from:
 * `check "region" or "endpoint" (region "cn-nort-4" is not a known GES region; did you mean "cn-north-4"?)`.
 */
function unreachableAdvice(settings) {
    const hostOf = (url) => new URL(url).host;
    const { region } = settings;
    const note = region ? unknownRegionNote(region) : undefined;
    const fromRegion = (url, derived) => derived !== undefined && url === derived;
    return (host) => {
        const isIam = host === hostOf(settings.iamEndpoint) && host !== hostOf(settings.endpoint);
        const [url, input, derived] = isIam
            ? [settings.iamEndpoint, 'iam-endpoint', iamEndpointFor(region)]
            : [settings.endpoint, 'endpoint', region ? gesEndpointFor(region) : undefined];
        const advice = fromRegion(url, derived) ? `check "region" or "${input}"` : `check "${input}"`;
        return note && fromRegion(url, derived) ? `${advice} (${note})` : advice;
    };
}

// EXTERNAL MODULE: ./src/shared/timers.ts
var timers = __nccwpck_require__(407);
;// CONCATENATED MODULE: ./src/shared/clock.ts


const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(new cancellation/* CancelledError */.c());
        const onAbort = () => {
            stopTimer();
            reject(new cancellation/* CancelledError */.c());
        };
        // A poll-interval of days must not overflow into a 1 ms sleep.
        const stopTimer = (0,timers/* startTimer */.Ip)(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms, { ref: true });
        signal.addEventListener('abort', onAbort, { once: true });
    })
};

;// CONCATENATED MODULE: ./src/shared/log.ts


/** U+200B: not whitespace to .NET's TrimStart nor to JavaScript's trim, and invisible in the log. */
const ZERO_WIDTH_SPACE = '\u200b';
/**
 * A line the runner would read as a workflow command: `::name::` once leading whitespace is
 * trimmed (`ActionCommand.TryParseV2` trims with .NET's TrimStart, which also drops U+0085;
 * control characters are included here to be safe).
 */
const COMMAND_AT_START = /^([\p{White_Space}\p{Cc}]*):(?=:)/u;
/** The old `##[name]` form is found ANYWHERE in a line (`ActionCommand.TryParse` uses IndexOf). */
const OLD_STYLE_COMMAND = /##\[/g;
/**
 * Makes text safe to print as plain log lines: no line of it can be parsed by the runner as a
 * workflow command (`::error::`, `::add-mask::`, `::stop-commands::`, `##[error]`, …). Server
 * text (job and graph names, statuses, reasons, error messages) reaches the log, and a command
 * in it would forge annotations, mask or stop the log. The runner splits output into lines at
 * \r\n, \n and \r, so every such line is checked; a zero-width space inside the command marker
 * breaks the marker and leaves the text readable. Lines that are not commands are unchanged.
 */
function neutraliseCommands(message) {
    return message
        .split(/(\r\n|\n|\r)/)
        .map((part) => part.replace(COMMAND_AT_START, `$1:${ZERO_WIDTH_SPACE}`).replace(OLD_STYLE_COMMAND, `#${ZERO_WIDTH_SPACE}#[`))
        .join('');
}
/**
 * The one way text reaches stdout (eslint forbids core.info elsewhere). warning and debug go
 * through @actions/core's issueCommand, whose escapeData (lib/command.js, @actions/core 3.0.1)
 * turns % \r \n into %25 %0D %0A: the message stays on the one line that starts with our own
 * `::warning::`, where the runner reads it as that command's data. core.info writes the
 * message raw (`process.stdout.write(message + os.EOL)`, lib/core.js), hence neutraliseCommands.
 */
const runnerLog = {
    // Neutralised too, though escaped: the text stays readable and no runner version can differ.
    debug: (message) => core_debug(logText(message)),
    info: (message) => info(logText(message)),
    warning: (message) => warning(logText(message))
};
/**
 * A message as log lines: no control, format or separator character (shared/invisible.ts) can hide
 * or reorder what a reader sees; then no line can be a workflow command. In that order: the
 * zero-width space that breaks a command marker is the one invisible character left, on purpose.
 */
function logText(message) {
    return neutraliseCommands((0,invisible/* withoutInvisibleInLines */.S)(message));
}

;// CONCATENATED MODULE: ./src/since-run/since-run.ts




const SINCE_RUN_HINT = 'No GES job was read: fix what is named above (github-token, its "actions: read" permission, GITHUB_API_URL), or give "since" a time such as 2h instead of run.';
/**
 * `since: run`: the start of this run attempt, read from the GitHub API — the one network call
 * before the wait. It spends the run's deadline like every other stage (at most 10 s of it),
 * stops at once on cancellation, and a failure ends the run with a report that names `since`.
 */
async function resolveSinceRun(settings, context, userAgent) {
    if (!settings.sinceRun)
        return { since: settings.since };
    const began = context.clock.now();
    const elapsed = () => context.clock.now() - began;
    let since;
    try {
        // Loaded only for `since: run` (an on-demand chunk); the time it takes is spent from the deadline.
        const { readRunStart, RUN_START_TIMEOUT_MS } = await __nccwpck_require__.e(/* import() */ 281).then(__nccwpck_require__.bind(__nccwpck_require__, 9281));
        const timeoutMs = Math.max(0, Math.min(RUN_START_TIMEOUT_MS, context.deadline.leftMs()));
        since = await readRunStart(settings.sinceRun, userAgent, timeoutMs, context.signal);
    }
    catch (error) {
        if (context.signal.aborted)
            return { ended: endedEarly('cancelled', undefined, elapsed()) };
        const message = (0,shared_text/* errorMessage */.gJ)(error);
        return { ended: endedEarly('error', new api_error/* ApiError */.h('permanent', message, {}, SINCE_RUN_HINT), elapsed()) };
    }
    context.log.info(`since: run → jobs that began at or after ${(0,time/* formatUtcTime */.fz)(since)} UTC (the start of this run attempt)`);
    if (settings.until !== undefined && settings.until < since) {
        const message = `Input "until" is before the start of this run (since: run, ${(0,time/* formatUtcTime */.fz)(since)} UTC): leave until empty or give a later time`;
        return { ended: endedEarly('error', new api_error/* ApiError */.h('permanent', message), elapsed()) };
    }
    return { since };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(4031);
;// CONCATENATED MODULE: ./src/sinks/written.ts
/** Which sinks have reached the runner, so that a forced exit only fills the gaps. */
const written = { status: false, summary: false };
/** The status output or the step summary is out: a forced exit leaves it as it is. */
function noteWritten(sink) {
    written[sink] = true;
}
/** Whether the status output or the step summary is out. */
function isWritten(sink) {
    return written[sink];
}

;// CONCATENATED MODULE: ./src/sinks/step-summary.ts



/** GitHub refuses step summaries over 1 MiB; stay well under it. */
const STEP_SUMMARY_MAX_BYTES = 1024 * 1024 - 16 * 1024;
/** Appends to the step summary; outside a runner (no GITHUB_STEP_SUMMARY) it says so and moves on. */
async function writeStepSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        runnerLog.info('GITHUB_STEP_SUMMARY is not set: no step summary written');
        return;
    }
    await summary.addRaw(markdown).write();
    noteWritten('summary');
}

;// CONCATENATED MODULE: ./src/sinks/no-report.ts







/**
 * The ending with no report to judge: invalid inputs (no request was made), or an error in
 * judging or publishing the report itself (a forced exit: leaveForcedExitReport below). The outputs still tell the verdict, the step fails,
 * and the summary says why in one line.
 */
async function reportWithoutJudging(error) {
    const message = (0,shared_text/* errorMessage */.gJ)(error);
    setOutput('status', 'error');
    setOutput('passed', 'false');
    noteWritten('status');
    setFailed(`ges-job-waiter: ${message}`);
    const heading = error instanceof input_error/* InputError */.d
        ? 'GES job wait did not start: invalid input'
        : 'GES job wait stopped on an unexpected error';
    await writeStepSummary(`### ❌ ${heading}\n\n${(0,report_escape/* escapeMarkdown */.F)(message, 2000)}\n`).catch(() => undefined);
}
/**
 * A second SIGINT/SIGTERM ends the step at once, which may fall while the report is still being
 * written (the summary renders in an on-demand chunk). Whatever is not out yet is written here,
 * synchronously since the process exits right after: `status: cancelled`, `passed: false` and a
 * one-line summary, so that a gate never reads a missing output and the run page says why.
 */
function leaveForcedExitReport() {
    if (!isWritten('status')) {
        setOutput('status', 'cancelled');
        setOutput('passed', 'false');
    }
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (!isWritten('summary') && summaryFile) {
        (0,external_node_fs_namespaceObject.appendFileSync)(summaryFile, '### 🛑 GES job wait cancelled\n\nA second signal ended the step before its report was written · the step fails\n');
    }
    process.exitCode = 1;
}

;// CONCATENATED MODULE: ./src/sinks/outputs.ts


/**
 * GitHub caps a job's outputs at 1 MB in total (and an expression reading more fails): the
 * report gets half, `job-id` and `previous-job-id` (every id of thousands of jobs) what is left.
 */
const MAX_REPORT_OUTPUT = 512 * 1024;
const MAX_IDS_OUTPUT = 192 * 1024;
/** Counts GES did not report are empty, never 0: unknown is not zero. */
const countOutput = (n) => (n === null ? '' : String(n));
/** Sets every output; true when the `report` output is the whole report (not shortened). */
function setOutputs(report, reportFile) {
    const shown = idsShown(report);
    setOutput('job-id', report.jobs
        .slice(0, shown)
        .map((job) => job.jobId)
        .join(','));
    setOutput('status', report.status);
    // The output to gate on: `status` says what happened, `passed` whether the step passes.
    setOutput('passed', report.passed ? 'true' : 'false');
    noteWritten('status');
    setOutput('total-lines', countOutput(report.totals.totalLines));
    setOutput('successful-lines', countOutput(report.totals.successfulLines));
    setOutput('failed-lines', countOutput(report.totals.failedLines));
    setOutput('failed-files', countOutput(report.totals.failedFiles));
    const output = reportOutput(report);
    setOutput('report', output.json);
    setOutput('report-file', reportFile ?? '');
    setOutput('duration-seconds', report.waitedSeconds);
    setComparisonOutputs(report, shown);
    if (shown < report.jobs.length)
        warning(`job-id and previous-job-id list the first ${shown} of ${report.jobs.length} jobs: GitHub caps a job's outputs at 1 MB. The report file (report-file) has every job.`);
    return output.complete;
}
/** How many jobs `job-id` and `previous-job-id` can name within MAX_IDS_OUTPUT each (whole ids, the same jobs). */
function idsShown(report) {
    let jobIds = -1;
    let previousIds = -1;
    for (const [i, job] of report.jobs.entries()) {
        jobIds += Buffer.byteLength(job.jobId, 'utf8') + 1;
        previousIds += Buffer.byteLength(job.comparison?.previousJobId ?? '', 'utf8') + 1;
        if (jobIds > MAX_IDS_OUTPUT || previousIds > MAX_IDS_OUTPUT)
            return i;
    }
    return report.jobs.length;
}
/** `comment-url`: the pull request comment written, '' when none was. */
function setCommentUrlOutput(url) {
    setOutput('comment-url', url ?? '');
}
/**
 * `previous-job-id`: one entry per job of `job-id`, empty where there is none ('' when no job
 * has one). `line-delta`: the signed change of successful lines over the compared jobs; ''
 * when none was compared or a change is unknown (unknown is not zero).
 */
function setComparisonOutputs(report, shown) {
    const previous = report.jobs.slice(0, shown).map((job) => job.comparison?.previousJobId ?? '');
    setOutput('previous-job-id', previous.some(Boolean) ? previous.join(',') : '');
    const compared = report.jobs.flatMap((job) => (job.comparison?.result === 'compared' ? [job.comparison] : []));
    const unknown = report.jobs.some((job) => job.comparison?.result === 'unavailable');
    const known = compared.every((c) => c.lineDelta !== null);
    const delta = compared.reduce((sum, c) => sum + (c.lineDelta ?? 0), 0);
    setOutput('line-delta', compared.length > 0 && known && !unknown ? String(delta) : '');
}
/** The top-level lists that grow with the jobs: a shortened output keeps a prefix of each. */
const LISTS = ['jobs', 'reasons', 'rejectedBy', 'warnings', 'missing', 'stale', 'skipped'];
const bytes = (json) => Buffer.byteLength(json, 'utf8');
/**
 * The report as an output, at most MAX_REPORT_OUTPUT bytes of UTF-8 (GitHub counts bytes, and
 * server text is often multi-byte). When too large, successful files go first, then all file
 * lists, each job saying how many files it left out; then each list is cut to its first entries
 * and `omitted` says how many each left out; the report file is always complete.
 */
function reportOutput(report) {
    const json = JSON.stringify(report);
    if (bytes(json) <= MAX_REPORT_OUTPUT)
        return { json, complete: true };
    return { json: shortened(report), complete: false };
}
function shortened(report) {
    const note = 'file lists shortened to fit the outputs limit: see report-file for the complete report';
    const keepFailed = report.jobs.map((job) => {
        const files = job.files.filter((file) => file.status !== 'success');
        return { ...job, files, filesOmitted: job.files.length - files.length };
    });
    const shorter = JSON.stringify({ ...report, jobs: keepFailed, truncated: note });
    if (bytes(shorter) <= MAX_REPORT_OUTPUT)
        return shorter;
    const jobs = report.jobs.map((job) => ({
        ...job,
        files: [],
        filesOmitted: job.files.length,
        comparison: job.comparison && { ...job.comparison, files: [], filesOmitted: job.comparison.files.length }
    }));
    const fileless = JSON.stringify({ ...report, jobs, truncated: note });
    if (bytes(fileless) <= MAX_REPORT_OUTPUT)
        return fileless;
    return cutLists({ ...report, jobs });
}
/**
 * Thousands of jobs with long server text: the first `keep` entries of every list, `keep`
 * halved until it fits, with `omitted` counting what each list left out. With none kept,
 * what is left is the verdict, the totals and our own text.
 */
function cutLists(report) {
    const note = 'lists shortened to fit the outputs limit (omitted says how many entries each left out): see report-file for the complete report';
    const longest = Math.max(...LISTS.map((name) => report[name].length));
    for (let keep = longest;; keep = Math.floor(keep / 2)) {
        const cut = cutTo(report, keep);
        const json = JSON.stringify({ ...cut, truncated: note });
        if (bytes(json) <= MAX_REPORT_OUTPUT || keep === 0) {
            if (bytes(json) <= MAX_REPORT_OUTPUT)
                return json;
            // Even with no list entry the rest holds server text too large (an error, why not found).
            return JSON.stringify({ ...cut, notFound: null, error: null, startedImport: undefined, truncated: note });
        }
    }
}
function cutTo(report, keep) {
    const omitted = Object.fromEntries(LISTS.map((name) => [name, Math.max(0, report[name].length - keep)]));
    const lists = Object.fromEntries(LISTS.map((name) => [name, report[name].slice(0, keep)]));
    return { ...report, ...lists, omitted };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/sinks/report-file.ts


/** Writes the JSON report; returns the absolute path (relative paths start at the workspace). */
async function writeReportFile(path, report) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(process.env.GITHUB_WORKSPACE ?? process.cwd(), path);
    await (0,promises_.mkdir)((0,external_node_path_namespaceObject.dirname)(absolute), { recursive: true });
    await (0,promises_.writeFile)(absolute, `${JSON.stringify(report, null, 2)}\n`); // a string is written as UTF-8
    return absolute;
}

;// CONCATENATED MODULE: ./src/sinks/publish.ts




/**
 * Writes the judged report to every sink: report file, outputs, step summary and the pull
 * request comment. Each sink fails alone, with a warning: none of them changes the verdict.
 */
async function publish(report, settings, context) {
    let reportFile;
    if (settings.reportFile) {
        try {
            reportFile = await writeReportFile(settings.reportFile, report);
        }
        catch (error) {
            warning(`Could not write report-file "${settings.reportFile}": ${error.message}`);
        }
    }
    const outputComplete = setOutputs(report, reportFile);
    if (settings.summary) {
        const fullListAt = whereComplete(reportFile !== undefined, outputComplete);
        try {
            const { renderMarkdown } = await __nccwpck_require__.e(/* import() */ 89).then(__nccwpck_require__.bind(__nccwpck_require__, 7089));
            await writeStepSummary(renderMarkdown(report, { maxBytes: STEP_SUMMARY_MAX_BYTES, fullListAt }));
        }
        catch (error) {
            warning(`Could not write the step summary: ${error.message}`);
        }
    }
    setCommentUrlOutput(await comment(report, settings, context));
}
/**
 * Where a summary cut to size says the complete lists are: only what holds them (a report file
 * not written, or an output shortened to GitHub's limit, holds them not).
 */
function whereComplete(fileWritten, outputComplete) {
    if (fileWritten)
        return outputComplete ? 'the report file and the `report` output' : 'the report file';
    if (outputComplete)
        return 'the `report` output';
    return 'no output of this step (the `report` output is shortened too: set report-file to keep every job)';
}
/** The report on the pull request, when pr-comment asks for it; its URL, if one was written. */
async function comment(report, settings, context) {
    if (!settings.prComment)
        return undefined;
    if (context.signal.aborted) {
        // The runner gives a cancelled step seconds, not the time of a round of GitHub calls; the
        // run may also be cancelled after the wait, while the previous import is read.
        context.log.info('pr-comment: the run was cancelled; the pull request comment is left as it was');
        return undefined;
    }
    const { githubToken, tag, mode, prNumber } = settings.prComment;
    try {
        const [{ renderComment, sameCommentContent }, { commentBudgetMs, postReportComment }] = await Promise.all([
            __nccwpck_require__.e(/* import() */ 89).then(__nccwpck_require__.bind(__nccwpck_require__, 7089)),
            __nccwpck_require__.e(/* import() */ 678).then(__nccwpck_require__.bind(__nccwpck_require__, 4678))
        ]);
        return await postReportComment({
            token: githubToken,
            tag,
            mode,
            prNumber,
            render: (runUrl) => renderComment(report, runUrl, Date.now()),
            sameContent: sameCommentContent,
            timeoutMs: commentBudgetMs(context.deadline.leftMs()),
            cancel: context.signal
        }, context.log);
    }
    catch (error) {
        context.log.warning(`Could not post the report on the pull request: ${error.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/sinks/verdict.ts



/** The last step: the report's warnings and status in the log, and a failed step when it did not pass. */
function giveVerdict(report, log) {
    for (const warning of [...report.warnings, ...report.stale.map((s) => s.message)])
        log.warning(warning);
    const failedLines = report.totals.failedLines === null ? 'failed lines unknown' : `${report.totals.failedLines} failed lines`;
    log.info(`GES job status: ${report.status} (${report.jobs.length} ${report.jobs.length === 1 ? 'job' : 'jobs'}, ${failedLines}, waited ${(0,time/* formatDuration */.a3)(report.waitedSeconds * 1000)})`);
    if (!report.passed)
        setFailed(failureMessage(report));
}

;// CONCATENATED MODULE: ./src/start/start-stage.ts


/**
 * Starts the import when an import input asks for it (the code is loaded only then: the first
 * request does not need it). A start that failed, or may have begun an import, ends the run.
 */
async function startIfAsked(settings, source, context) {
    if (!settings.startImport)
        return { elapsedMs: 0 };
    const began = context.clock.now();
    const { startImport } = await __nccwpck_require__.e(/* import() */ 637).then(__nccwpck_require__.bind(__nccwpck_require__, 2637));
    const start = await startImport(source, settings.startImport, {
        ...retryContext(context),
        apiVersion: settings.apiVersion
    });
    const elapsedMs = context.clock.now() - began;
    if (!start.started)
        return { ended: endedEarly(start.end, start.error, elapsedMs, start.report) };
    return { follow: { job: start.job, expected: start.expected }, startedImport: start.report, elapsedMs };
}

;// CONCATENATED MODULE: ./src/version.ts
/** Sent in the User-Agent; kept equal to package.json's version by a test. */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/shared/complete-listings.ts
var complete_listings = __nccwpck_require__(3166);
;// CONCATENATED MODULE: ./src/waiter/poll-errors.ts

/** Poll results are ApiErrors; cancellation and programming errors pass through. */
function asApiError(error) {
    if (error instanceof api_error/* ApiError */.h)
        return error;
    throw error;
}
// A rejected key must stop the wait even when another graph's request merely timed out in the
// same poll: retrying AK/SK signatures locks the key after five failures (docs/ges-api.md#errors).
const SERIOUSNESS = { permanent: 3, auth: 3, throttled: 2, transient: 1 };
function mostSerious(errors) {
    return errors.reduce((worst, error) => (SERIOUSNESS[error.kind] > SERIOUSNESS[worst.kind] ? error : worst));
}

// EXTERNAL MODULE: ./src/waiter/targets.ts
var targets = __nccwpck_require__(436);
;// CONCATENATED MODULE: ./src/waiter/job-finder.ts



/**
 * Finds the target jobs by listing the job center (per graph when graphs are named). Pure
 * apart from the listing itself: which jobs are targets is `pickTargets`'s decision.
 */
class JobFinder {
    source;
    criteria;
    startDate;
    listings;
    /** From the last listing that answered: the newest jobs, and jobs of our ids under another graph. */
    seen = { newest: [], misplaced: [] };
    /** Whether a discovery listing ever answered. */
    answered = false;
    /** Named graphs with no job that the graph list, read to its end, does not hold: none can appear. */
    absent = [];
    /** From the last discovery that answered: id-less entries that could have been targets. */
    idless = [];
    /** The graph list: not asked yet, or unreadable to its end (never taken as "absent"). */
    graphList = 'unread';
    constructor(source, criteria, 
    /** startTime for listings: one day before `since` (the server's time zone is undocumented). */
    startDate, 
    /** Where listings read to the end are kept, for the comparison. */
    listings) {
        this.source = source;
        this.criteria = criteria;
        this.startDate = startDate;
        this.listings = listings;
    }
    missing(tracked) {
        return (0,targets/* missingTargets */.pZ)(tracked, this.criteria);
    }
    async discover(tracked, errors) {
        // Job ids are listed across graphs, so that an id of another graph is reported, not awaited.
        const byGraph = this.criteria.graphNames.length > 0 && this.criteria.jobIds.length === 0;
        const graphs = byGraph ? this.criteria.graphNames : [undefined];
        const known = new Set(tracked.map((job) => job.id));
        // Job ids need no comparison with other jobs: stop paging once they are all seen. Such a
        // listing is partial, so it is not kept for this poll's other lookups.
        const ids = this.criteria.jobIds.filter((id) => !known.has(id));
        const enough = ids.length > 0 ? (seen) => ids.every((id) => seen.has(id)) : undefined;
        const results = await Promise.allSettled(graphs.map((graph) => this.source.listJobs({ graphName: graph, startDate: this.startDate }, enough)));
        const discovery = { listed: [], complete: new Map(), targets: [], skipped: [] };
        const idless = [];
        results.forEach((result, i) => {
            if (result.status === 'rejected')
                return void errors.push(asApiError(result.reason));
            if (!enough) {
                discovery.complete.set(graphs[i] ?? '', result.value);
                this.listings.record(graphs[i] ?? '', result.value, this.startDate);
            }
            discovery.listed.push(...result.value);
            idless.push(...(result.value.idless ?? []));
        });
        if (results.some((r) => r.status === 'fulfilled'))
            this.answered = true;
        if (results.some((r) => r.status === 'fulfilled')) {
            this.seen = { newest: (0,targets/* newestJobs */.NZ)(discovery.listed), misplaced: (0,targets/* misplacedJobs */.xq)(discovery.listed, this.criteria) };
            this.idless = (0,targets/* idlessCandidates */.nC)(idless, this.criteria);
        }
        const picked = (0,targets/* pickTargets */.c4)(discovery.listed, tracked, this.criteria);
        // A job that creates its graph (CreateGraph, or any job name) may be waited for before the graph exists.
        const needsGraph = this.criteria.jobName !== undefined && !/create/i.test(this.criteria.jobName);
        if (byGraph && needsGraph)
            await this.checkGraphsExist(tracked, discovery, picked.targets);
        return { ...discovery, targets: picked.targets, skipped: picked.skipped };
    }
    /**
     * A graph-name whose listing answered with no job at all, and that the project's graph list
     * (read once, to its end, and shared with the status polls) does not hold, is a mistyped
     * or missing graph: no job of it can appear, so the wait need not last appear-timeout. A graph
     * list that could not be read completely proves nothing, and a job listed under the name means
     * the graph existed: both keep the wait going.
     */
    async checkGraphsExist(tracked, discovery, targets) {
        const jobless = this.criteria.graphNames.filter((graph) => discovery.complete.has(graph) &&
            ![...tracked, ...targets, ...discovery.listed].some((job) => job.graph === graph));
        if (jobless.length === 0 || this.graphList === 'unreadable')
            return;
        if (this.graphList === 'unread') {
            try {
                const list = await this.source.listGraphs();
                // A list that did not reach its end (or hid entries) proves no graph absent.
                if (!list.complete) {
                    this.graphList = 'unreadable';
                    return;
                }
                this.graphList = list.graphs;
            }
            catch (error) {
                // A transient failure is asked again next poll; a list that cannot be read to its end is not.
                const { kind } = asApiError(error);
                if (kind === 'permanent' || kind === 'auth')
                    this.graphList = 'unreadable';
                return;
            }
        }
        const names = this.graphList.map((g) => g.name);
        this.absent = jobless
            .filter((graph) => !names.includes(graph))
            .map((graph) => ({ graph, graphsListed: names.length, closest: closestNames(graph, names) }));
    }
}

;// CONCATENATED MODULE: ./src/waiter/tracked-job.ts



function trackJob(answer, job) {
    // A job of no known graph can only be followed through the job list.
    const tracked = { ...expectJob(job), listOnly: job.graph === null };
    recordAnswer(tracked, answer, job);
    return tracked;
}
/**
 * A job known by its id before any endpoint answered about it (the import this step started):
 * followed from the first poll, never searched for. Its evidence starts empty.
 */
function expectJob(job, expected) {
    return {
        job,
        latest: {},
        finishedAnswers: new Map(),
        listOnly: false,
        listCheckedPoll: 0,
        vanished: false,
        statusRepeats: 0,
        listRepeats: 0,
        ...(expected && { expected })
    };
}
function answerOf(source, poll, job) {
    return {
        source,
        poll,
        status: job.status,
        rawStatus: job.rawStatus,
        files: job.files,
        unreadable: job.unreadable,
        statusUnreadable: job.statusUnreadable
    };
}
/** Records an answer and merges it into the job: what an endpoint omits (name, graph, details) is kept. */
function recordAnswer(tracked, answer, fresh) {
    tracked.identityConflict ??= identityConflict(tracked.expected, answer.source, fresh);
    tracked.listingConflict ??= fresh.listingConflict;
    if (answer.source === 'status endpoint')
        tracked.statusRepeats = repeatsAfter(tracked, answer);
    else
        tracked.listRepeats = repeatsAfter(tracked, answer);
    tracked.latest[answer.source] = answer;
    if (answer.source === 'job list') {
        tracked.listCheckedPoll = Math.max(tracked.listCheckedPoll, answer.poll);
        tracked.vanished = false;
    }
    if ((0,model/* isFinishedStatus */.vN)(answer.status) && answer.unreadable === undefined && !tracked.finishedAnswers.has(answer.status))
        tracked.finishedAnswers.set(answer.status, answer);
    tracked.job = mergeJob(tracked.job, fresh);
    // The job this step started keeps its own name and graph: a contradicting answer is the conflict, not the job.
    if (tracked.expected)
        Object.assign(tracked.job, { name: tracked.expected.name, graph: tracked.expected.graph });
    // The last answer decides whether the entry is readable: merging keeps only set fields.
    if (fresh.unreadable === undefined)
        delete tracked.job.unreadable;
    if (fresh.statusUnreadable === undefined)
        delete tracked.job.statusUnreadable;
    // Files read while the job ran are progress, not results: a finish without details must not
    // borrow them (they would show an import that went on and failed as a success).
    if ((0,model/* isFinishedStatus */.vN)(tracked.job.status))
        tracked.job.files = finishedFiles(tracked, answer);
}
/** Why an answer is not about the job expected (another job's name, graph, or a begin time before the start). */
function identityConflict(expected, source, fresh) {
    if (!expected)
        return undefined;
    const what = `GES started ImportGraph job ${fresh.id} on graph "${expected.graph}", but the ${source} says it`;
    if (fresh.name !== null && fresh.name.toLowerCase() !== expected.name.toLowerCase())
        return `${what} is a ${JSON.stringify(fresh.name.slice(0, 80))} job`;
    if (fresh.graph !== null && fresh.graph !== expected.graph)
        return `${what} belongs to graph ${JSON.stringify(fresh.graph.slice(0, 100))}`;
    if (fresh.beginTime !== null && fresh.beginTime < expected.notBefore)
        return `${what} began at ${fresh.beginTimeRaw ?? '?'}, long before this step started it`;
    return undefined;
}
function repeatsAfter(tracked, answer) {
    if (!(0,model/* isFinishedStatus */.vN)(answer.status) || answer.unreadable !== undefined)
        return 0;
    const previous = tracked.latest[answer.source];
    // A second answer confirms only if it says the same of every file, line counts included (a
    // finished import does not change them): else it is not the same answer.
    const again = previous &&
        previous.poll < answer.poll &&
        previous.rawStatus === answer.rawStatus &&
        conflictingFile(previous.files, answer.files) === undefined &&
        sameLineCounts(previous.files, answer.files);
    const repeats = answer.source === 'status endpoint' ? tracked.statusRepeats : tracked.listRepeats;
    return again ? repeats + 1 : 1;
}
/** The files of the newest finished answer that carried any, else null (not reported). */
function finishedFiles(tracked, answer) {
    const candidates = [answer, ...Object.values(tracked.latest), ...tracked.finishedAnswers.values()];
    return candidates.find((a) => (0,model/* isFinishedStatus */.vN)(a.status) && a.files !== null)?.files ?? null;
}
function mergeJob(known, fresh) {
    const merged = { ...known };
    for (const key of Object.keys(fresh)) {
        if (fresh[key] !== null && fresh[key] !== undefined)
            Object.assign(merged, { [key]: fresh[key] });
    }
    return merged;
}
/**
 * Why the answers about this job disagree, or undefined when they agree. They disagree when two
 * answers in this run gave different final statuses (a finished job does not change its
 * result), or when both endpoints answered in the same poll and one says finished while the
 * other says otherwise, or they report a file with different statuses.
 */
function disagreement(tracked) {
    if (tracked.identityConflict)
        return tracked.identityConflict;
    if (tracked.listingConflict)
        return tracked.listingConflict;
    if (tracked.graphGone)
        return tracked.graphGone;
    const spelling = spellingConflict(tracked);
    if (spelling)
        return spelling;
    const finished = [...tracked.finishedAnswers.values()];
    if (finished.length > 1) {
        return `GES gave job ${tracked.job.id} more than one final status: ${finished.map(describeAnswer).join(', ')}`;
    }
    const status = tracked.latest['status endpoint'];
    const list = tracked.latest['job list'];
    if (!status || !list || status.poll !== list.poll || list.unreadable !== undefined)
        return undefined;
    if (status.status !== list.status && ((0,model/* isFinishedStatus */.vN)(status.status) || (0,model/* isFinishedStatus */.vN)(list.status))) {
        return `GES answers about job ${tracked.job.id} disagree: ${describeAnswer(status)}, ${describeAnswer(list)}`;
    }
    const fileConflict = conflictingFile(status.files, list.files);
    if (fileConflict) {
        const [file, fromStatus, fromList] = fileConflict;
        return `GES answers about job ${tracked.job.id} disagree: the status endpoint reports ${file.kind} file "${file.path}" as ${fromStatus}, the job list as ${fromList}`;
    }
    return undefined;
}
/**
 * Two answers that give the same final status in different spellings (`Success` and `success`,
 * ` failed` and `FAILED`), or where one only looks like it (`succ\u200bess`, a Cyrillic `с`):
 * one of them is not what GES documents, and asking again will not tell which endpoint is
 * right, so this ends the wait at once. Two documented spellings of one status
 * (`partiallyFailed`, `partFailed`) are synonyms, not a conflict.
 */
function spellingConflict(tracked) {
    const finished = [...tracked.finishedAnswers.values(), ...Object.values(tracked.latest)].filter((a) => finishedReading(a) !== undefined && a.unreadable === undefined);
    for (const a of finished) {
        const reading = finishedReading(a);
        const other = finished.find((b) => finishedReading(b) === reading && b.rawStatus !== a.rawStatus && !areSynonyms(a.rawStatus, b.rawStatus));
        if (other) {
            return `GES spells the final status of job ${tracked.job.id} in two ways: ${describeAnswer(a)}, ${describeAnswer(other)} (documented: "${reading === 'partFailed' ? 'partiallyFailed' : reading}")`;
        }
    }
    return undefined;
}
/** The final status an answer gives, or only looks like (lookAlikeStatus); undefined for any other. */
function finishedReading(answer) {
    return finalReading(answer.status, answer.rawStatus);
}
/**
 * An answer says, or looks as if it says, that the job finished, or cannot be read: the job
 * list must be read too, so that a finish the status endpoint spells oddly (or the list does)
 * meets the other endpoint's answer instead of being waited on until the deadline.
 */
function mayHaveFinished(tracked) {
    return Object.values(tracked.latest).some((a) => finishedReading(a) !== undefined || a.unreadable !== undefined || a.statusUnreadable !== undefined);
}
function describeAnswer(answer) {
    return `the ${answer.source} says ${answer.rawStatus ? quoteStatus(answer.rawStatus) : '"no status"'}`;
}
/**
 * Whether the wait can stop following this job: it finished, every answer agrees, and, when the
 * status endpoint said so, a listing in the same poll or later confirms it (and brings the
 * import details, which the status endpoint may omit). A list that dropped the job confirms
 * nothing: a second answer from the status endpoint, in a later poll, stands in for it. Answers
 * spelled in two ways, or about another job than the one this step started, also settle it: no
 * further poll can make them agree; nor can two different final statuses.
 */
function isSettled(tracked) {
    if (tracked.identityConflict !== undefined || spellingConflict(tracked) !== undefined)
        return true;
    // Two entries of one listing that disagree are two final answers: no later poll can mend that.
    if (tracked.listingConflict !== undefined)
        return true;
    // A graph that is gone does not come back with the data imported into it.
    if (tracked.graphGone !== undefined)
        return true;
    // A finished import does not change its result: two final statuses will never agree, so
    // asking again until the deadline would only hide the error.
    if (tracked.finishedAnswers.size > 1)
        return true;
    if (!(0,model/* isFinished */.$g)(tracked.job) || disagreement(tracked) !== undefined)
        return false;
    const fromStatus = tracked.latest['status endpoint'];
    // One list answer alone is not evidence that agrees: the status endpoint must say
    // the same, or, where only the list answers, the list again in a later poll.
    // (A list-only finish in an undocumented spelling is judged at once: no second list answer
    // can make it a documented one.)
    if (!fromStatus)
        return tracked.listRepeats >= 2 || (tracked.listOnly && !isDocumentedSpelling(tracked.job.rawStatus));
    if (tracked.listCheckedPoll >= fromStatus.poll)
        return true;
    return tracked.statusRepeats >= 2 || tracked.listRepeats >= 2;
}
/**
 * The one place that decides whether a success every answer agrees on is evidence enough; why
 * not, or undefined. It is not when one answer said it and the wait ended before anything
 * confirmed it, or when it is spelled other than GES documents (`Success`, ` success `) and the
 * two endpoints did not both say so. A failure needs no confirmation: it can only stop a deploy.
 */
function unconfirmedSuccess(tracked) {
    const { job } = tracked;
    if (job.status !== 'success' || !(0,model/* isFinished */.$g)(job) || disagreement(tracked) !== undefined)
        return undefined;
    if (!isSettled(tracked))
        return singleAnswer(tracked);
    if (isDocumentedSpelling(job.rawStatus) || bothEndpointsSaid(tracked, job.rawStatus))
        return undefined;
    return `job ${job.id} reports status ${quoteStatus(job.rawStatus)}, not the documented "success", and no second GES endpoint gave the same answer`;
}
/** A success only one answer gave: which endpoint said it, and that nothing confirmed it. */
function singleAnswer(tracked) {
    const { job } = tracked;
    if (tracked.latest['status endpoint'] === undefined)
        return `GES said job ${job.id} is ${quoteStatus(job.rawStatus)} only once, in the job list; neither the status endpoint nor a second listing confirmed it before the wait ended`;
    return `GES said job ${job.id} is ${quoteStatus(job.rawStatus)} only once, through the status endpoint; no listing or second answer confirmed it before the wait ended`;
}
/** Both endpoints' latest answers give this raw status, and both could be read in full. */
function bothEndpointsSaid(tracked, rawStatus) {
    const said = (answer) => answer?.rawStatus === rawStatus && answer.unreadable === undefined && answer.statusUnreadable === undefined;
    return said(tracked.latest['status endpoint']) && said(tracked.latest['job list']);
}
/** A warning for a final status spelled in a way GES does not document that is read as the documented one. */
function spellingWarning(tracked) {
    const { job } = tracked;
    if (!(0,model/* isFinished */.$g)(job) || isDocumentedSpelling(job.rawStatus) || disagreement(tracked) !== undefined)
        return undefined;
    // A failure is read through its spelling even from one endpoint: that can only stop a deploy.
    if (bothEndpointsSaid(tracked, job.rawStatus) || job.status !== 'success')
        return `GES reports job ${job.id} as ${quoteStatus(job.rawStatus)}, which is not a documented spelling: read as "${job.status}"`;
    return undefined;
}
function observe(tracked) {
    const conflict = disagreement(tracked);
    const unconfirmed = unconfirmedSuccess(tracked);
    const warning = spellingWarning(tracked);
    return {
        job: tracked.job,
        answers: {
            statusEndpoint: tracked.latest['status endpoint']?.rawStatus ?? null,
            jobList: tracked.latest['job list']?.rawStatus ?? null
        },
        ...(conflict ? { disagreement: conflict } : {}),
        vanished: tracked.vanished,
        ...(unconfirmed ? { unconfirmed } : {}),
        ...(warning ? { warning } : {})
    };
}

;// CONCATENATED MODULE: ./src/waiter/job-follower.ts






/**
 * Follows found jobs: one request per unsettled job to the single-job status endpoint, and
 * the job list where the endpoint cannot answer (no graph id, job unknown to it), to confirm a
 * finish and to read the import details. Jobs read from the list share one listing per graph
 * and poll, which stops paging as soon as all of them are found.
 */
class JobFollower {
    source;
    startDate;
    listings;
    log;
    graphIds;
    /** The poll in which the graph list behind graphIds was read, and whether it was read in full. */
    graphList = { poll: 0, complete: false };
    constructor(source, 
    /** startTime for listings: one day before `since`, when it is set. */
    startDate, 
    /** Where a confirming listing read to the end is kept, for the comparison. */
    listings, log) {
        this.source = source;
        this.startDate = startDate;
        this.listings = listings;
        this.log = log;
    }
    /** `listed`: this poll's complete listings by graph, reused instead of listing again. */
    async follow(poll, jobs, listed, errors) {
        const unsettled = jobs.filter((t) => !isSettled(t));
        // A finish the list showed this poll is asked of the status endpoint too: one answer is not
        // evidence that agrees (docs/advanced-usage.md#how-the-verdict-is-reached).
        const viaStatus = unsettled.filter((t) => !t.listOnly && (t.latest['job list']?.poll !== poll || (0,model/* isFinished */.$g)(t.job)));
        if (viaStatus.length > 0)
            await this.loadGraphIds(poll, errors);
        await this.checkGraphs(poll, viaStatus, errors);
        await Promise.all(viaStatus.filter((t) => !isSettled(t)).map((t) => this.readStatus(poll, t, errors)));
        // The list answers for jobs the endpoint cannot, and confirms every finish the endpoint reports,
        // or that an answer only looks like (`succ\u200bess`) or hides (unreadable): the two answers are
        // then compared at once. Without graph ids yet (a transient failure), this poll reads everything from the list.
        const viaList = unsettled.filter((t) => t.graphGone === undefined && // a graph that is gone: nothing the list says can change that
            t.listCheckedPoll < poll &&
            (t.listOnly || (0,model/* isFinished */.$g)(t.job) || mayHaveFinished(t) || this.graphIds === undefined));
        await this.readList(poll, viaList, listed, errors);
        for (const t of unsettled)
            this.noteDisagreement(t);
    }
    async loadGraphIds(poll, errors, fresh = false) {
        if (this.graphIds !== undefined && !fresh)
            return;
        try {
            const { graphs, complete } = await this.source.listGraphs(fresh);
            this.graphIds = new Map(graphs.map((g) => [g.name, g.id]));
            this.graphList = { poll, complete };
        }
        catch (error) {
            if (fresh)
                return; // the list read before stays; a list not read is never evidence that a graph is gone
            const apiError = asApiError(error);
            if (apiError.kind === 'permanent') {
                // Polling still works through the job list, only at the cost of paging it.
                this.log.warning(`${apiError.message}; following jobs through the job list instead`);
                this.graphIds = 'unavailable';
            }
            else {
                errors.push(apiError); // meanwhile, this poll reads the list
            }
        }
    }
    /**
     * Imports whose graph is not in the graph list: that list, read in full, says GES no longer has
     * the graph, and a graph deleted after its import took its data with it (docs/evidence-rules.md).
     * Only a list read after the job was found counts (a graph created since may be missing from an
     * older one: it is read again, once); an incomplete list or one that fails tells nothing, and
     * the job is then read from the job list as before. Other jobs (a DeleteGraph job, say) may
     * outlive their graph: for them the list is all there is.
     */
    async checkGraphs(poll, jobs, errors) {
        const absent = () => this.graphIds instanceof Map
            ? jobs.filter((t) => (0,model/* isImport */.YF)(t.job) && t.job.graph !== null && !this.graphIds.has(t.job.graph))
            : [];
        if (absent().length === 0)
            return;
        if (this.graphList.poll < poll)
            await this.loadGraphIds(poll, errors, true);
        if (this.graphList.poll < poll || !this.graphList.complete)
            return;
        // A graph listed under another letter case is not proof of absence: it stays list-only, as before.
        const listedNames = new Set([...this.graphIds.keys()].map((n) => n.toLowerCase()));
        for (const tracked of absent()) {
            const { id, graph, rawStatus } = tracked.job;
            if (graph === null || listedNames.has(graph.toLowerCase()))
                continue;
            // Logged with the other disagreements (noteDisagreement), named in the summary by the judge.
            tracked.graphGone ??= `Graph ${JSON.stringify(graph.slice(0, 100))} of ImportGraph job ${id} is not in the graph list of the project, read in full${rawStatus ? `, though the job list says the job is ${quoteStatus(rawStatus)}` : ''}: GES no longer has that graph, and the data the job imported went with it`;
        }
    }
    /** One request to the single-job endpoint; marks the job list-only when the endpoint cannot answer. */
    async readStatus(poll, tracked, errors) {
        if (!(this.graphIds instanceof Map)) {
            if (this.graphIds === 'unavailable')
                tracked.listOnly = true;
            return;
        }
        const graphId = tracked.job.graph ? this.graphIds.get(tracked.job.graph) : undefined;
        if (!graphId) {
            tracked.listOnly = true; // no graph id known for this job: the list is all there is
            return;
        }
        try {
            const fresh = await this.source.getJob(graphId, tracked.job.id);
            recordAnswer(tracked, answerOf('status endpoint', poll, fresh), fresh);
            this.noteUnknownStatus(tracked);
        }
        catch (error) {
            const apiError = asApiError(error);
            if (apiError.kind !== 'permanent')
                return void errors.push(apiError); // retried on the next poll
            if (/^GES\.7000$/i.test(apiError.details.code ?? '') && (0,model/* isImport */.YF)(tracked.job)) {
                // The graph is gone (deleted after the job was listed): whatever the list says, its data is not in.
                const listed = tracked.latest['job list']?.rawStatus;
                tracked.graphGone ??= `Graph ${JSON.stringify((tracked.job.graph ?? '').slice(0, 100))} of ImportGraph job ${tracked.job.id} no longer exists: the status endpoint answers GES.7000 ("the graph does not exist or has been deleted")${listed ? ` (the job list last said ${quoteStatus(listed)})` : ''}, and the data the job imported went with the graph [${apiError.reference}]`;
                return;
            }
            // GES.7007 and friends: the endpoint does not know the job; the list is the authority.
            const message = `${apiError.message}; reading job ${tracked.job.id} from the job list from now on`;
            const finish = [...tracked.finishedAnswers.values()].find((a) => a.source === 'status endpoint');
            // Forgetting a job it said had finished is worth a warning, once: its finish now rests on the list.
            if (finish)
                this.noteOnce(tracked, 'forgotten:', () => this.log.warning(`${message}, though the status endpoint said ${quoteStatus(finish.rawStatus)} before${apiError.reference ? ` [${apiError.reference}]` : ''}`));
            else
                this.log.debug(message);
            tracked.listOnly = true;
        }
    }
    async readList(poll, wanted, listed, errors) {
        const byGraph = new Map();
        for (const t of wanted)
            byGraph.set(t.job.graph ?? '', [...(byGraph.get(t.job.graph ?? '') ?? []), t]);
        await Promise.all([...byGraph].map(async ([graph, group]) => {
            let jobs = listed.get(graph);
            if (!jobs) {
                const ids = group.map((t) => t.job.id);
                // Confirming the finish of imports the comparison will look back from: read to the last
                // page, so that it can reuse this listing instead of listing the graph again,
                // unless discovery read the whole history already, after these jobs began. Otherwise
                // paging stops once every job is seen.
                const toTheEnd = graph !== '' &&
                    group.every((t) => (0,model/* isFinished */.$g)(t.job) && (0,model/* isImport */.YF)(t.job) && t.job.beginTime !== null) &&
                    !this.listings
                        .of(graph)
                        .some((l) => l.startDate === undefined && l.before === undefined && (0,complete_listings/* listedAfterBegin */.b)(l, ids));
                const startDate = this.startDateFor(group);
                try {
                    // In a long history, the pages from these jobs on, when the listing that found them
                    // proves that every job listed before them began later (GesClient.listTail): all the
                    // comparison needs of the graph, and all the confirmation needs of the list.
                    const tail = toTheEnd ? await this.source.listTail?.(graph, ids, () => false) : undefined;
                    if (tail) {
                        jobs = tail.jobs;
                        this.listings.record(graph, jobs, tail.startDate, { before: tail.before, end: tail.end });
                    }
                    else {
                        jobs = await this.source.listJobs({ graphName: graph || undefined, startDate }, toTheEnd ? undefined : (seen) => ids.every((id) => seen.has(id)));
                        if (toTheEnd)
                            this.listings.record(graph, jobs, startDate);
                    }
                }
                catch (error) {
                    return void errors.push(asApiError(error));
                }
            }
            for (const t of group)
                this.applyListing(poll, t, jobs);
        }));
    }
    applyListing(poll, tracked, jobs) {
        const listedJob = jobs.find((j) => j.id === tracked.job.id);
        if (listedJob) {
            if (tracked.vanished)
                this.log.info(`Job ${listedJob.id} is listed again`);
            recordAnswer(tracked, answerOf('job list', poll, listedJob), listedJob);
            if (listedJob.unreadable !== undefined)
                this.noteUnreadable(tracked, listedJob);
            this.noteUnknownStatus(tracked);
        }
        else if (tracked.latest['job list'] === undefined && tracked.latest['status endpoint'] === undefined) {
            // Known by id before any answer (the import this step started): not listed yet is not gone.
            this.noteOnce(tracked, 'unlisted:', () => this.log.info(`Job ${tracked.job.id} is not in the job list yet; waiting for it to appear`));
        }
        else {
            // Also when the status endpoint has just said it finished: a job the list drops is not
            // confirmed by it (isSettled then waits for a second status answer).
            this.markVanished(tracked);
        }
    }
    /** The narrowest safe startTime: a day before the earliest begin time among these jobs. */
    startDateFor(group) {
        const begins = group.map((t) => t.job.beginTime);
        if (begins.some((b) => b === null))
            return this.startDate;
        const own = (0,time/* formatUtcDate */.g5)(Math.min(...begins) - time/* DAY_MS */.sO);
        return this.startDate && this.startDate > own ? this.startDate : own;
    }
    noted = new Map();
    /** Logs a state of a job once, as long as it lasts: a six-hour wait must not repeat it every poll. */
    noteOnce(tracked, state, warn) {
        const key = `${tracked.job.id}\n${state.slice(0, state.indexOf(':'))}`;
        if (this.noted.get(key) === state)
            return;
        this.noted.set(key, state);
        warn();
    }
    noteUnreadable(tracked, listed) {
        this.noteOnce(tracked, `unreadable:${listed.unreadable}`, () => this.log.warning(`Job ${listed.id}: its entry in the job list cannot be read (${listed.unreadable}); asking again until it can or the wait times out`));
    }
    /** A status GES may have added since the docs: not finished, and the log says so (once per status). */
    noteUnknownStatus(tracked) {
        const { job } = tracked;
        if (job.status !== 'unknown')
            return;
        this.noteOnce(tracked, `status:${job.rawStatus}`, () => this.log.warning(`Job ${job.id} reports ${describeStatus(job)}: treated as not finished, the wait goes on`));
    }
    noteDisagreement(tracked) {
        const conflict = disagreement(tracked);
        // A spelling conflict, or an answer about another job than the one started, settles the job:
        // no answer can mend it, so none is asked for.
        const next = isSettled(tracked) ? 'no further answer can settle it' : 'asking both again';
        if (conflict)
            this.noteOnce(tracked, `conflict:${conflict}`, () => this.log.warning(`${conflict}; ${next}`));
    }
    markVanished(tracked) {
        if (!tracked.vanished) {
            const { id, rawStatus } = tracked.job;
            this.log.warning((0,model/* isFinished */.$g)(tracked.job) && !tracked.listOnly
                ? `Job ${id} is no longer in the job center, though the status endpoint says "${rawStatus}"; asking the status endpoint again to confirm`
                : `Job ${id} is no longer in the job center (last seen ${rawStatus || 'without status'}); waiting in case it comes back`);
        }
        tracked.vanished = true;
    }
}
/** An unknown status as the log names it: what it is, looks like, or why it cannot be read. */
function describeStatus(job) {
    if (job.statusUnreadable)
        return `a status that cannot be read: ${job.statusUnreadable}`;
    if (!job.rawStatus)
        return 'no status';
    const quoted = quoteStatus(job.rawStatus);
    const looksLike = lookAlikeStatus(job.rawStatus);
    return looksLike
        ? `status ${quoted}, which only looks like "${looksLike}" (GES documents no such spelling)`
        : `status ${quoted}, which is not a documented GES job status`;
}

;// CONCATENATED MODULE: ./src/waiter/job-monitor.ts






/**
 * One poll = find what is still missing (a listing), then follow what was found (the status
 * endpoint, one request per unsettled job, and the list where needed). After identification a
 * poll costs one request per unfinished job, whatever the size of the job center.
 */
class JobMonitor {
    criteria;
    log;
    tracked = new Map();
    finder;
    follower;
    polls = 0;
    skippedJobs = new Map();
    listings = new complete_listings/* CompleteListings */.j();
    constructor(source, criteria, 
    /** startTime for listings: one day before `since` (the server's time zone is undocumented). */
    startDate, log) {
        this.criteria = criteria;
        this.log = log;
        this.finder = new JobFinder(source, criteria, startDate, this.listings);
        this.follower = new JobFollower(source, startDate, this.listings, log);
    }
    /**
     * Follows a job known by id (the import this step started) without a discovery listing; an
     * answer that is not about the `expected` job ends its wait as a disagreement.
     */
    follow(job, expected) {
        this.tracked.set(job.id, expectJob(job, expected));
    }
    /** The found jobs with the evidence read about them. */
    observed() {
        return [...this.tracked.values()];
    }
    jobs() {
        return this.observed().map((t) => t.job);
    }
    missing() {
        return this.finder.missing(this.jobs());
    }
    /** Jobs followed by id (the import this step started) that neither endpoint has shown yet. */
    unseen() {
        return this.observed()
            .filter((t) => t.latest['job list'] === undefined && t.latest['status endpoint'] === undefined)
            .map((t) => t.job);
    }
    /** From the last discovery listing: the newest jobs, and jobs of our ids under another graph. */
    seen() {
        return this.finder.seen;
    }
    /** Whether a discovery listing has answered, or none was needed (every target found). */
    searched() {
        return this.finder.answered || this.missing().length === 0;
    }
    /** Named graphs that have no job and that the project's graph list, read to its end, does not hold. */
    absentGraphs() {
        return this.finder.absent;
    }
    /** The listings of `graph` read to the end during the wait (discovery or confirmation), newest first. */
    completeListings(graph) {
        return this.listings.of(graph);
    }
    /** Listed jobs passed over because their begin time cannot be read. */
    skipped() {
        return [...this.skippedJobs.values()].filter((s) => !this.tracked.has(s.id));
    }
    /** JobFinder.idless */
    idless() {
        return this.finder.idless;
    }
    /** Every target found and settled: finished, confirmed, and every answer agreeing. */
    complete() {
        return this.missing().length === 0 && this.observed().every(isSettled);
    }
    /**
     * One poll. Applies every answer that came back; then throws the most serious error, if
     * any, so that the waiter can back off or stop.
     */
    async poll() {
        const poll = ++this.polls;
        const errors = [];
        let listed = new Map();
        if (this.missing().length > 0) {
            const discovery = await this.finder.discover(this.jobs(), errors);
            listed = discovery.complete;
            for (const job of discovery.listed) {
                const known = this.tracked.get(job.id);
                if (known)
                    recordAnswer(known, answerOf('job list', poll, job), job);
            }
            for (const job of discovery.targets)
                this.startTracking(poll, job);
            for (const skipped of discovery.skipped)
                this.noteSkipped(skipped);
        }
        await this.follower.follow(poll, this.observed(), listed, errors);
        if (errors.length > 0)
            throw mostSerious(errors);
    }
    noteSkipped(skipped) {
        if (this.skippedJobs.get(skipped.id)?.beginTimeRaw !== skipped.beginTimeRaw) {
            const job = skipped.graph ? `job ${skipped.id} of graph "${skipped.graph}"` : `job ${skipped.id}`;
            this.log.warning(`Skipped ${job}: ${(0,targets/* skipReason */.YG)(skipped.beginTimeRaw)}`);
        }
        this.skippedJobs.set(skipped.id, skipped);
    }
    startTracking(poll, job) {
        const tracked = trackJob(answerOf('job list', poll, job), job);
        this.tracked.set(job.id, tracked);
        this.log.info(`Found ${describeJob(job)}: ${job.rawStatus || 'no status yet'}`);
        this.follower.noteUnknownStatus(tracked);
    }
}
function describeJob(job) {
    return `${job.name ?? 'job'} ${job.id}${job.graph ? ` of graph "${job.graph}"` : ''}`;
}

// EXTERNAL MODULE: ./src/shared/backoff.ts
var backoff = __nccwpck_require__(9393);
;// CONCATENATED MODULE: ./src/waiter/wait-for-jobs.ts







const HEARTBEAT_MS = 60_000;
/**
 * Polls until every target is found and finished, the timeout passes, the run is cancelled
 * or an error that retrying cannot fix. Transient errors, throttling included, are retried
 * on the shared back-off schedule; the last poll happens at the deadline.
 */
async function waitForJobs(monitor, options) {
    const { clock, signal, log } = options;
    const start = clock.now();
    const { deadline } = options;
    const progress = new ProgressLog(log, options.heartbeatMs ?? HEARTBEAT_MS);
    let polls = 0;
    let lastError;
    let errorStreak = 0;
    // appear-timeout counts from the start of the wait, and never past the deadline.
    const appearDeadline = Math.min(start + (options.appearTimeoutMs ?? Infinity), deadline);
    const outcome = (end, error = lastError, notFound) => ({
        end,
        ...(notFound && {
            notFound: {
                reason: notFound,
                searched: monitor.criteria,
                // What it came to: the deadline may have cut it short.
                appearTimeoutMs: options.appearTimeoutMs === undefined ? undefined : appearDeadline - start,
                ...monitor.seen(),
                ...(notFound === 'unknown-graph' && { absentGraphs: monitor.absentGraphs() })
            }
        }),
        jobs: monitor.observed().map(observe),
        missing: monitor.missing(),
        searched: monitor.searched(),
        skipped: monitor.skipped(),
        idless: monitor.idless(),
        idlessNewer: (0,targets/* newerIdless */.we)(monitor.idless(), monitor.jobs(), monitor.criteria),
        ...(error ? { error } : {}),
        polls,
        elapsedMs: clock.now() - start
    });
    for (;;) {
        let pollError;
        try {
            polls += 1;
            await monitor.poll();
            options.onPoll?.(monitor.jobs());
            if (errorStreak > 0)
                log.info(`GES answers again after ${errorStreak} failed ${errorStreak === 1 ? 'poll' : 'polls'}`);
            errorStreak = 0;
        }
        catch (error) {
            if (error instanceof cancellation/* CancelledError */.c || signal.aborted)
                return outcome('cancelled');
            if (!(error instanceof api_error/* ApiError */.h))
                throw error;
            if (error.kind === 'permanent' || error.kind === 'auth')
                return outcome('error', error);
            pollError = lastError = error;
            errorStreak += 1;
        }
        if (signal.aborted)
            return outcome('cancelled');
        if (monitor.complete())
            return outcome('finished');
        // A job id listed under another graph than graph-name: no wait can make it ours.
        if (monitor.seen().misplaced.length > 0)
            return outcome('not-found', undefined, 'other-graph');
        // A graph-name that the project does not have (a typo): no job of it can appear.
        if (monitor.absentGraphs().length > 0 && monitor.missing().length > 0)
            return outcome('not-found', undefined, 'unknown-graph');
        const now = clock.now();
        // Not found needs a listing that answered: a failed poll proves nothing missing.
        if (!pollError && monitor.missing().length > 0) {
            if (!options.waitForJob)
                return outcome('not-found', undefined, 'not-waiting');
            if (now >= appearDeadline)
                return outcome('not-found', undefined, 'appear-timeout');
        }
        // A started job GES never shows is not "still running": appear-timeout applies to it too.
        if (!pollError && monitor.unseen().length > 0 && now >= appearDeadline)
            return outcome('not-found', undefined, 'started-unseen');
        const throttle = pollError?.kind === 'throttled' ? pollError.details : undefined;
        const wanted = (0,backoff/* delayAfterPoll */.hV)(polls - 1, options.pollIntervalMs, options.maxPollIntervalMs, throttle, options.random);
        // While a target is missing, one poll falls on appear-timeout itself.
        const missing = (monitor.missing().length > 0 || monitor.unseen().length > 0) && now < appearDeadline;
        const sleep = (0,backoff/* sleepBeforeNextPoll */.R1)(wanted, now, missing ? appearDeadline : deadline);
        if (sleep === undefined)
            return outcome('timeout');
        const elapsed = (0,time/* formatDuration */.a3)(now - start);
        const next = `next check in ${(0,time/* formatDuration */.a3)(sleep)}`;
        if (pollError) {
            const message = `Poll ${polls} failed, will retry (${next}): ${pollError.message}${pollError.reference ? ` [${pollError.reference}]` : ''}`;
            if (errorStreak === 1)
                log.warning(message);
            // The state is the error, not the message: the message changes with every poll number.
            else
                progress.line(`error:${pollError.kind}:${pollError.details.code ?? pollError.details.status ?? ''}`, message, now, pollError.message);
        }
        else {
            for (const job of monitor.jobs()) {
                const note = options.jobNote?.(job);
                progress.line(`job:${job.id}`, `${describeJob(job)}: ${job.rawStatus || 'no status'}, ${elapsed} elapsed, ${next}${note ? `; ${note.text}` : ''}`, now, `${job.rawStatus}${note?.slower ? ' (slower than usual)' : ''}`);
            }
            for (const target of monitor.missing()) {
                progress.line(`missing:${target.key}`, `Waiting for ${target.description} to appear, ${elapsed} elapsed, ${next}`, now, 'missing');
            }
        }
        try {
            await clock.sleep(sleep, signal);
        }
        catch (error) {
            if (error instanceof cancellation/* CancelledError */.c)
                return outcome('cancelled');
            throw error;
        }
    }
}
/**
 * One info line when something changes, else one per heartbeat: a six-hour wait reads as a
 * story, not as thousands of identical lines. Every poll still shows at debug level.
 */
class ProgressLog {
    log;
    heartbeatMs;
    last = new Map();
    constructor(log, heartbeatMs) {
        this.log = log;
        this.heartbeatMs = heartbeatMs;
    }
    line(key, message, now, state = message) {
        const previous = this.last.get(key);
        if (!previous || previous.state !== state || now - previous.at >= this.heartbeatMs) {
            this.log.info(message);
            this.last.set(key, { state, at: now });
        }
        else {
            this.log.debug(message);
        }
    }
}

;// CONCATENATED MODULE: ./src/waiter/wait-stage.ts





/** Polls GES until the targets finish, the deadline passes or the run is cancelled. */
async function waitForTargets(settings, plan, source, context) {
    const criteria = targetCriteria(settings, plan);
    // startTime is a date in the server's undocumented time zone: ask from one day earlier
    // and apply the exact window here.
    const startDate = criteria.since !== undefined ? (0,time/* formatUtcDate */.g5)(criteria.since - time/* DAY_MS */.sO) : undefined;
    const monitor = new JobMonitor(source, criteria, startDate, context.log);
    if (plan.follow)
        monitor.follow(plan.follow.job, plan.follow.expected);
    const history = await readsHistory(settings, source, monitor, context);
    startGroup(`Waiting for GES jobs (${describeTargets(criteria)}; timeout ${(0,time/* formatDuration */.a3)(settings.timeoutMs)})`);
    try {
        const outcome = await waitForJobs(monitor, {
            deadline: context.deadline.at,
            pollIntervalMs: settings.pollIntervalMs,
            maxPollIntervalMs: settings.maxPollIntervalMs,
            waitForJob: settings.waitForJob,
            appearTimeoutMs: settings.appearTimeoutMs,
            clock: context.clock,
            signal: context.signal,
            log: context.log,
            onPoll: history?.observe,
            jobNote: history?.note
        });
        await history?.settle();
        return {
            outcome,
            // The history's pages too: the comparison may find the previous import in them.
            listings: (graph) => [...monitor.completeListings(graph), ...(history?.listings(graph) ?? [])],
            ...(history && { histories: history.results(monitor.jobs(), context.clock.now()) })
        };
    }
    finally {
        endGroup();
    }
}
/**
 * The reader of the targets' earlier imports (docs/trend.md), none with `trend: 0`: an on-demand
 * chunk, loaded before the first poll as its hooks run with the polls.
 */
async function readsHistory(settings, source, monitor, context) {
    if (settings.trend === 0)
        return undefined;
    // Optional, like the comparison: a chunk that cannot load costs the trend, not the wait.
    const loaded = await __nccwpck_require__.e(/* import() */ 547).then(__nccwpck_require__.bind(__nccwpck_require__, 1547)).catch((error) => {
        context.log.warning(`The recent imports of the graph are not shown: ${(0,shared_text/* errorMessage */.gJ)(error)}`);
    });
    if (!loaded)
        return undefined;
    const { HistoryReader } = loaded;
    const { clock, signal, log } = context;
    const listings = (graph) => monitor.completeListings(graph);
    return new HistoryReader({
        trend: settings.trend,
        source,
        listings,
        deadline: context.deadline.at,
        clock,
        signal,
        log
    });
}
/** The settings' targets, or the one job this step started (followed by id, without a window). */
function targetCriteria(settings, plan) {
    const { jobName, select } = settings;
    if (plan.follow) {
        return { jobIds: [plan.follow.job.id], graphNames: [plan.follow.expected.graph], jobName, select };
    }
    return {
        jobIds: [...settings.jobIds],
        graphNames: [...settings.graphNames],
        jobName,
        select,
        since: plan.since,
        until: settings.until,
        // Named when a graph-name is not in the project's graph list.
        ...(settings.projectId !== undefined && { projectId: settings.projectId }),
        ...(settings.region !== undefined && { region: settings.region })
    };
}
function describeTargets(criteria) {
    if (criteria.jobIds.length > 0)
        return `job ${criteria.jobIds.join(', ')}`;
    const graphs = criteria.graphNames.length > 0 ? `graph ${criteria.graphNames.join(', ')}` : 'any graph';
    return `${criteria.select} ${criteria.jobName ?? 'any'} job, ${graphs}`;
}

;// CONCATENATED MODULE: ./src/main.ts


















const USER_AGENT = `ges-job-waiter/${VERSION}`;
/** inputs → settings → run context → since: run → start → wait → evidence → judge → publish → verdict. Never throws. */
async function run() {
    const cancel = new AbortController();
    const stopListening = (0,cancellation/* abortOnSignals */.P)(cancel, runnerLog, leaveForcedExitReport);
    try {
        const settings = getSettings();
        const transport = new http_transport/* ActionsHttpTransport */.bd(USER_AGENT, cancel.signal, settings.requestTimeoutMs);
        const context = openRunContext(settings, { signal: cancel.signal, transport, clock: systemClock, log: runnerLog });
        try {
            const { evidence, window } = await collectEvidence(settings, context);
            const report = judge(evidence, { ...settings, ...window, now: Date.now() });
            await publish(report, settings, context);
            giveVerdict(report, context.log);
        }
        finally {
            context.dispose();
        }
    }
    catch (error) {
        await reportWithoutJudging(error); // invalid inputs, or a report that could not be judged
    }
    finally {
        stopListening();
    }
}
/** since: run → start → wait → comparison and import logs. Any stage may end the run early. */
async function collectEvidence(settings, context) {
    try {
        const window = await resolveSinceRun(settings, context, USER_AGENT);
        if ('ended' in window)
            return { evidence: window.ended, window: {} };
        const source = connectToGes(settings, context, unreachableAdvice(settings));
        const start = await startIfAsked(settings, source, context);
        if ('ended' in start)
            return { evidence: start.ended, window };
        const waited = await waitForTargets(settings, { ...window, follow: start.follow }, source, context);
        return { evidence: await gatherEvidence(settings, waited, start, source, context), window };
    }
    catch (error) {
        return { evidence: crashEvidence(error, context.signal.aborted, context.deadline.elapsedMs()), window: {} };
    }
}


/***/ }),

/***/ 2551:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Up: () => (/* binding */ logKey),
/* harmony export */   Xv: () => (/* binding */ logTargets),
/* harmony export */   zF: () => (/* binding */ NEEDS_AKSK)
/* harmony export */ });
/* unused harmony export MAX_LOGS */
/** At most this many logs are read, failed files first. */
const MAX_LOGS = 10;
/** The key of one file of one job, for the map the judge reads. */
function logKey(jobId, file) {
    return `${jobId}\n${file.kind}\n${file.path}`;
}
const NEEDS_AKSK = 'not read: log lines need AK/SK (OBS does not take IAM tokens)';
/**
 * The failed and partFailed files of finished jobs, failed first: the first MAX_LOGS with a log
 * to read, and a reason for every other one (no log named, over the cap).
 */
function logTargets(jobs) {
    const failing = jobs.flatMap((job) => (job.files ?? [])
        .filter((f) => f.status === 'failed' || f.status === 'partFailed')
        .map((file) => ({ id: logKey(job.id, file), file })));
    failing.sort((a, b) => Number(a.file.status !== 'failed') - Number(b.file.status !== 'failed'));
    const targets = [];
    const skipped = new Map();
    for (const { id, file } of failing) {
        if (!file.log)
            skipped.set(id, { ok: false, reason: 'not read: GES named no log object for this file' });
        else if (targets.length >= MAX_LOGS)
            skipped.set(id, { ok: false, reason: `not read: only the first ${MAX_LOGS} failed files are read` });
        else
            targets.push({ id, log: file.log });
    }
    return { targets, skipped };
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* harmony import */ var _shared_invisible_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7970);
/**
 * Text from the cloud (paths, causes, reasons) rendered safely in GitHub markdown, where the
 * step summary and PR comments accept raw HTML: no tags, no broken table cells, no code spans,
 * links, images, emphasis, mentions or emoji injected. The raw markdown is read too (the report
 * file, logs, tickets), so it stays readable: a character is escaped only where GitHub would
 * interpret it, with a backslash where GFM honours one (`\|` renders `|`).
 *
 * Mentions, emoji shortcodes and issue references are found by GitHub in the text *after*
 * rendering, so a backslash or an entity cannot stop them: a zero-width space (written as the
 * visible entity `&#8203;`) is put after the `@`, `:` or `#` instead, as Renovate does.
 */

/** Always meaningful somewhere in GFM: HTML (`<` `>`), table cells, code spans, links, emphasis, strikethrough, math. */
const ALWAYS = new Set(['<', '>', '|', '`', '[', ']', '*', '~', '$']);
/** CommonMark lets a backslash escape any ASCII punctuation (spec §2.4), and nothing else. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Letters, digits and marks: an underscore between two of them cannot open or close emphasis (spec §6.2). */
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** A character reference (spec §2.5). */
const ENTITY = /^&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/;
const BREAK = '&#8203;';
/** GitHub renders `:name:` for known emoji; numeric names exist only as these (`10:40:00` renders none). */
// The text's end counts as a closing colon: the markdown around it may put one there (`- ${id}: …`).
const EMOJI_NAME = /^:([a-z0-9_+-]+)(?::|$)/i;
const NUMERIC_EMOJI = new Set(['100', '1234', '+1', '-1']);
/** One line of inline text, safe in a table cell or at the start of a line; cut to `max` characters. */
function escapeMarkdown(text, max = 500) {
    // Controls, format and separator characters can hide or reorder text: shared/invisible.ts.
    const flat = (0,_shared_invisible_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutInvisible */ .OT)(text);
    const chars = [...flat]; // code points: never cut a surrogate pair, and count what a reader sees
    const cut = chars.length > max ? [...chars.slice(0, max), '…'] : chars;
    return cut.map((_, i) => escapeAt(cut, i)).join('');
}
function escapeAt(chars, i) {
    const c = chars[i];
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    const rest = (n) => chars.slice(i + 1, i + 1 + n).join('');
    if (ALWAYS.has(c))
        return `\\${c}`;
    switch (c) {
        case '\\':
            // Only a backslash before punctuation (or before whatever follows the text) escapes; C:\data stays.
            return after === '' || ASCII_PUNCTUATION.test(after) ? '\\\\' : c;
        case '&':
            // `&lt;` or `&#60;` would decode to a character; R&D shows as itself.
            return ENTITY.test(chars.slice(i, i + 40).join('')) ? '\\&' : c;
        case '_':
            return intraword(chars, i) ? c : '\\_';
        case '@':
            // @login, @org/team (mentions) and user@host (email autolinks, whose domain may start with . - _).
            return /[A-Za-z0-9._-]/.test(after) ? `@${BREAK}` : c;
        case ':':
            if (isEmojiShortcode(chars.slice(i, i + 102).join('')))
                return `:${BREAK}`;
            // http://, https:// and ftp:// become links (GFM autolinks); obs://bucket stays as written.
            if (rest(2) === '//' && /(?:https?|ftp)$/i.test(chars.slice(Math.max(0, i - 5), i).join('')))
                return '\\:';
            return c;
        case '.':
            // www.example.com becomes a link (GFM autolinks).
            if (/www$/i.test(chars.slice(Math.max(0, i - 3), i).join('')))
                return '\\.';
            return orderedListMarker(chars, i) ? '\\.' : c;
        case ')':
            return orderedListMarker(chars, i) ? '\\)' : c;
        case '#':
            if (/[0-9]/.test(after))
                return `#${BREAK}`; // #123 links an issue
            return before === '' || before === ' ' ? '\\#' : c; // a heading, or a heading's closing #s
        default:
            return i === 0 ? escapeLineStart(chars) : c;
    }
}
/** An underscore run with a letter or digit on both sides (movies_v2) is plain text in CommonMark. */
function intraword(chars, i) {
    let start = i;
    while (chars[start - 1] === '_')
        start -= 1;
    let end = i;
    while (chars[end + 1] === '_')
        end += 1;
    return WORD.test(chars[start - 1] ?? '') && WORD.test(chars[end + 1] ?? '');
}
function isEmojiShortcode(text) {
    const name = EMOJI_NAME.exec(text)?.[1];
    return name !== undefined && (/[a-z]/i.test(name) || NUMERIC_EMOJI.has(name));
}
/** `1.` or `1)` followed by a space at the start of a line opens an ordered list. */
function orderedListMarker(chars, i) {
    return i >= 1 && i <= 9 && /^[0-9]+$/.test(chars.slice(0, i).join('')) && (chars[i + 1] ?? ' ') === ' ';
}
/** At the start of a line, `-`, `+`, `=` and `1.` can open a list, a rule or a heading underline. */
function escapeLineStart(chars) {
    const c = chars[0];
    if (c === '-' || c === '+' || c === '=')
        return `\\${c}`;
    return c;
}


/***/ }),

/***/ 2877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iL: () => (/* binding */ lineDropRejections),
/* harmony export */   l9: () => (/* binding */ formatPercent)
/* harmony export */ });
/* unused harmony export lineDropRejection */
/* harmony import */ var _settings_line_limit_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8829);

/** Files named in a reason: the biggest drops, enough to know where to look. */
const FILES_NAMED = 5;
const lines = (n) => n.toLocaleString('en-US');
/** A share in percent, with one decimal where it matters: 49.1%, 20%, <0.1%. */
function formatPercent(share) {
    if (share > 0 && share < 0.1)
        return '<0.1%';
    return `${Number(share.toFixed(1))}%`;
}
/**
 * How `max-line-drop` rejects one job, or undefined when the rule holds or does not apply. The
 * rule holds when there is no earlier successful import. It cannot hold on what was not seen:
 * when the previous import could not be established or a count is unknown, the step fails and
 * says why (a gate passes on evidence, and unknown is not zero).
 */
function lineDropRejection(job, limit) {
    const c = job.comparison;
    if (!c || c.result === 'no-previous')
        return undefined;
    const who = `${job.jobName ?? 'job'} ${job.jobId}${job.graph ? ` (graph ${job.graph})` : ''}`;
    const rule = `max-line-drop (${(0,_settings_line_limit_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLineLimit */ .$9)(limit)})`;
    const rejection = (measured, reason) => ({
        rule: 'max-line-drop',
        limit: limit.kind === 'lines' ? limit.lines : limit.percent,
        unit: limit.kind,
        measured,
        jobId: job.jobId,
        reason
    });
    if (c.result === 'unavailable' || c.lineDelta === null || c.previousSuccessfulLines === null) {
        return rejection(null, `${rule} could not be checked for ${who}: ${c.reason ?? 'the line counts are unknown'}`);
    }
    const drop = -c.lineDelta;
    const exceeded = limit.kind === 'lines' ? drop > limit.lines : drop * 100 > limit.percent * c.previousSuccessfulLines;
    if (!exceeded)
        return undefined;
    const share = c.previousSuccessfulLines > 0 ? (drop * 100) / c.previousSuccessfulLines : null;
    // The limits are not negative, so lines were lost, and the files' deltas add up to the job's:
    // at least one file lost lines and is named.
    const files = c.files
        .filter((f) => f.lineDelta !== null && f.lineDelta < 0)
        .slice(0, FILES_NAMED)
        .map((f) => `${f.path} ${f.change === 'vanished' ? 'vanished, ' : ''}${lines(f.lineDelta)}`);
    return rejection(limit.kind === 'lines' ? drop : share, `${who} imported ${lines(drop)} fewer successful lines than the previous import ${c.previousJobId}${share === null ? '' : ` (${formatPercent(share)})`}, more than ${rule}; biggest drops: ${files.join('; ')}`);
}
function lineDropRejections(report, limit) {
    return report.jobs.map((job) => lineDropRejection(job, limit)).filter((r) => r !== undefined);
}


/***/ }),

/***/ 454:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CW: () => (/* binding */ notFoundReport),
/* harmony export */   Ym: () => (/* binding */ renderNotFound),
/* harmony export */   d2: () => (/* binding */ seenJob)
/* harmony export */ });
/* harmony import */ var _shared_invisible_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7970);
/* harmony import */ var _shared_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4646);
/* harmony import */ var _shared_time_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(168);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4031);




function seenJob(job) {
    return {
        jobId: job.id,
        jobName: job.name,
        graph: job.graph,
        status: job.status === 'unknown' ? job.rawStatus || 'unknown' : job.status,
        beginTime: (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isoTime */ .Ly)(job.beginTime)
    };
}
function messageOf(details) {
    const { searched } = details;
    switch (details.reason) {
        case 'other-graph':
            return details.misplaced
                .map((job) => `job ${job.id} belongs to graph "${job.graph ?? ''}", not to graph-name ${searched.graphNames.map((g) => `"${g}"`).join(', ')}: fix job-id or graph-name`)
                .join('; ');
        case 'not-waiting':
            return 'no matching job was found (wait-for-job is false: the first listing decides)';
        case 'appear-timeout':
            return `no matching job appeared within appear-timeout (${(0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(details.appearTimeoutMs ?? NaN)})`;
        case 'unknown-graph':
            return (details.absentGraphs ?? []).map((absent) => absentGraphMessage(absent, searched)).join('; ');
        case 'started-unseen':
            return `GES returned job id ${searched.jobIds.join(', ')} for the import this step started, but neither its status endpoint nor the job list showed that job within appear-timeout (${(0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(details.appearTimeoutMs ?? NaN)})`;
    }
}
/** `graph "moviez" is not in project 0123… (3 graphs, the list read to its end); did you mean "movies"?` */
function absentGraphMessage(absent, searched) {
    const project = searched.projectId
        ? `project ${searched.projectId}`
        : `the project of region ${searched.region ?? 'unknown'}`;
    const listed = `${absent.graphsListed} ${absent.graphsListed === 1 ? 'graph' : 'graphs'}, the graph list read to its end`;
    const guess = absent.closest.length > 0
        ? `; did you mean ${absent.closest.map((name) => `"${(0,_shared_invisible_js__WEBPACK_IMPORTED_MODULE_0__/* .withInvisibleShown */ .ff)(clip(name))}"`).join(' or ')}?`
        : absent.graphsListed === 0
            ? '; the project has no graphs: check "project-id" and "region"'
            : '';
    return `graph "${clip(absent.graph)}" is not in ${project} (${listed})${guess}`;
}
const clip = (name) => (name.length > 100 ? `${name.slice(0, 99)}…` : name);
function notFoundReport(details) {
    const { searched } = details;
    return {
        reason: details.reason,
        message: messageOf(details),
        searched: {
            jobIds: searched.jobIds,
            graphs: searched.graphNames,
            jobName: searched.jobIds.length > 0 ? null : (searched.jobName ?? null),
            since: (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isoTime */ .Ly)(searched.since),
            until: (0,_shared_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isoTime */ .Ly)(searched.until),
            appearTimeoutSeconds: details.appearTimeoutMs === undefined ? null : Math.round(details.appearTimeoutMs / 1000)
        },
        seenInstead: details.newest.map(seenJob)
    };
}
const time = (value) => (value ? value.replace('T', ' ').replace(/(\.\d+)?Z$/, '') : '–');
const row = (cells) => `| ${cells.join(' | ')} |`;
/** The "searched / seen instead" section of the summary; every value from the cloud or the inputs escaped. */
function renderNotFound(report) {
    if (!report)
        return [];
    const { searched } = report;
    const terms = [
        searched.jobIds.length > 0 ? `job id ${searched.jobIds.map((id) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(id, 80)).join(', ')}` : undefined,
        `graph ${searched.graphs.length > 0 ? searched.graphs.map((g) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(g, 100)).join(', ') : 'any'}`,
        searched.jobIds.length > 0
            ? undefined
            : `job name ${searched.jobName === null ? 'any' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(searched.jobName, 60)}`,
        `window ${searched.since ? `from ${time(searched.since)}` : 'any time'}${searched.until ? ` to ${time(searched.until)}` : ''}${searched.since || searched.until ? ' UTC' : ''}`,
        searched.appearTimeoutSeconds !== null && (report.reason === 'appear-timeout' || report.reason === 'started-unseen')
            ? `appear-timeout ${(0,_shared_time_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(searched.appearTimeoutSeconds * 1000)}`
            : undefined
    ].filter(Boolean);
    const lines = [`**Why not found**: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(report.message, 1000)}`, `**Searched**: ${terms.join(' · ')}`];
    if (report.seenInstead.length === 0) {
        lines.push('**Seen instead**: the job center listed no jobs for this search.');
    }
    else {
        const table = [
            row(['Job', 'Name', 'Graph', 'Status', 'Begin (UTC)']),
            row(['---', '---', '---', '---', '---']),
            ...report.seenInstead.map((job) => row([
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(job.jobId, 80),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(job.jobName ?? '–', 60),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(job.graph ?? '–', 100),
                (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .F)(job.status, 40),
                time(job.beginTime)
            ]))
        ];
        lines.push(`**Seen instead** (the newest jobs listed, newest first):\n\n${table.join('\n')}`);
    }
    return [lines.join('\n\n')];
}


/***/ }),

/***/ 5794:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** A bad input: the message names the input, the problem and a good example. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, problem, example) {
        super(`Input "${input}" ${problem}${example ? `. Example: ${example}` : ''}`);
        this.input = input;
    }
}


/***/ }),

/***/ 8829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $9: () => (/* binding */ describeLineLimit),
/* harmony export */   sH: () => (/* binding */ getFailedLinesLimit),
/* harmony export */   sN: () => (/* binding */ getMaxLineDrop)
/* harmony export */ });
/* harmony import */ var _input_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5794);

const LINES = /^\d+$/;
const PERCENT = /^(\d+(?:\.\d+)?)\s*%$/;
/**
 * `50000` or `20%` (`0.5%` too); '' is no limit. A percentage above 100 is refused: no
 * drop or share of lines can exceed it, so it is a typo, not a rule.
 */
function parseLineLimit(value, name, percentOf, example) {
    if (!value)
        return undefined;
    const refuse = (problem) => {
        throw new _input_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(name, `("${value}") ${problem}`, example);
    };
    const percent = PERCENT.exec(value);
    if (percent) {
        const number = Number(percent[1]);
        if (number > 100)
            refuse('must be a percentage from 0% to 100%');
        return { kind: 'percent', percent: number };
    }
    if (!LINES.test(value) || !Number.isSafeInteger(Number(value))) {
        refuse(`must be a whole number of lines, 0 or more, or a percentage of ${percentOf}`);
    }
    return { kind: 'lines', lines: Number(value) };
}
/** `50,000 lines` or `20%`, as the input said it. */
function describeLineLimit(limit) {
    return limit.kind === 'lines' ? limit.lines.toLocaleString('en-US') : `${limit.percent}%`;
}
/** `max-failed-lines`: a count, as before, or a percentage of all lines (`0.1%`). */
function getFailedLinesLimit(value) {
    const limit = parseLineLimit(value, 'max-failed-lines', 'all lines', '"1000" or "0.1%"');
    if (!limit)
        return {};
    return limit.kind === 'lines' ? { maxFailedLines: limit.lines } : { maxFailedLinesPercent: limit.percent };
}
/** `max-line-drop`: the largest allowed drop of successful lines against the previous import. */
function getMaxLineDrop(value) {
    return parseLineLimit(value, 'max-line-drop', "the previous import's successful lines", '"20%" or "50000"');
}


/***/ }),

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R1: () => (/* binding */ sleepBeforeNextPoll),
/* harmony export */   hV: () => (/* binding */ delayAfterPoll)
/* harmony export */ });
/* unused harmony export backoffDelay */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8013);

/**
 * The delay before poll number `attempt + 1` (attempt counts the polls made, from 0): the
 * Smithy waiter rule, a random delay between `minMs` and `minMs·2^attempt`, capped at `maxMs`.
 * Jitter keeps many workflows from polling in step. Pure: `random` is injected.
 */
function backoffDelay(attempt, minMs, maxMs, random = Math.random) {
    // Past the point where the exponential exceeds maxMs, stop growing it (and avoid Infinity).
    const ceiling = attempt >= 52 ? maxMs : Math.min(maxMs, minMs * 2 ** attempt);
    return Math.min(maxMs, Math.round(minMs + random() * (ceiling - minMs)));
}
/** The API gateway asks for 2–5 s after APIG.0308 when it sends no Retry-After. */
const THROTTLE_FLOOR_MS = 2000;
/**
 * The delay after poll `attempt`: the back-off, or after throttling the server's Retry-After —
 * but never below poll-interval, since "Retry-After: 0" (or a date in the past) must not turn
 * the wait into a busy loop against a gateway that is throttling us.
 */
function delayAfterPoll(attempt, minMs, maxMs, throttle, random = Math.random) {
    const backoff = backoffDelay(attempt, minMs, maxMs, random);
    if (!throttle)
        return backoff;
    return throttle.retryAfterMs !== undefined
        ? Math.max(minMs, throttle.retryAfterMs)
        : Math.max(THROTTLE_FLOOR_MS, backoff);
}
/**
 * How long to sleep before the next poll: the wanted delay, but never past the deadline, so
 * the last poll happens at the deadline itself. Returns undefined when the deadline has passed.
 */
function sleepBeforeNextPoll(wantedMs, now, deadline) {
    const remaining = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .timeLeft */ .f$)(deadline, now);
    if (remaining <= 0)
        return undefined;
    return Math.max(0, Math.min(wantedMs, remaining));
}


/***/ }),

/***/ 1010:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ abortOnSignals),
/* harmony export */   c: () => (/* binding */ CancelledError)
/* harmony export */ });
/** The run was cancelled: a request in flight or a sleep between polls stopped early. */
class CancelledError extends Error {
    name = 'CancelledError';
    constructor() {
        super('cancelled');
    }
}
/**
 * The runner cancels a step with SIGINT, then SIGTERM 7.5 s later. The first signal aborts the
 * wait, so the summary and outputs still say "cancelled"; a second one exits at once, after
 * `beforeExit` wrote (synchronously) what the report has not written yet.
 * Returns a function that removes the handlers.
 */
function abortOnSignals(controller, log, beforeExit = () => { }) {
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            try {
                beforeExit();
            }
            finally {
                process.exit(1);
            }
        }
        log.info(`Received ${signal}: stopping the wait`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    };
}


/***/ }),

/***/ 3166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ listedAfterBegin),
/* harmony export */   j: () => (/* binding */ CompleteListings)
/* harmony export */ });
/**
 * The complete listings the wait made, newest first, so that the comparison with the previous
 * import can reuse them instead of listing the graph again. One per graph and start
 * date: a newer listing of the same jobs replaces an older one.
 */
class CompleteListings {
    /** Keyed by graph ('' for a listing of all graphs). */
    byGraph = new Map();
    record(graph, jobs, startDate, tail) {
        const kept = (this.byGraph.get(graph) ?? []).filter((l) => l.startDate !== startDate);
        this.byGraph.set(graph, [{ jobs, ...(startDate !== undefined && { startDate }), ...tail }, ...kept]);
    }
    /** The complete listings that hold every job of `graph` from their start date on, newest first. */
    of(graph) {
        const own = this.byGraph.get(graph) ?? [];
        const all = (this.byGraph.get('') ?? []).map((l) => ({ ...l, jobs: l.jobs.filter((job) => job.graph === graph) }));
        return [...own, ...all];
    }
}
/**
 * Whether a listing can tell what began before each of `ids`: it shows every one of them with a
 * begin time. One made before a job began (pending) or was listed may lack an import that began
 * after it and before the job, or show one queued ahead of it as pending, though it ran since.
 */
function listedAfterBegin(listing, ids) {
    return ids.every((id) => listing.jobs.some((job) => job.id === id &&
        job.beginTime !== null &&
        // A listing of the end of the list tells only what began before its anchor.
        (listing.before === undefined || job.beginTime <= listing.before)));
}


/***/ }),

/***/ 8013:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   f$: () => (/* binding */ timeLeft)
/* harmony export */ });
/* unused harmony exports LAST_POLL_GRACE_MS, requestBudget */
/**
 * A request started near the deadline (the last poll is made at the deadline itself) may run
 * this far past it, no further: with the report written after it, the step ends within 3 s of
 * `timeout` whatever the server does.
 */
const LAST_POLL_GRACE_MS = 1000;
/**
 * Time left before `at`, as seen at `now`: the one subtraction of the action. Stages that take
 * the deadline as a number (pure parts tested with a fake clock) ask here, never compute it.
 */
function timeLeft(at, now) {
    return at - now;
}
/**
 * The budget of a request: request-timeout, but never past the deadline plus the last poll's
 * grace. 0 means no time is left: the request must not be sent. Each page of a listing and
 * each retry asks again, so a slow server shrinks the budget of the next request.
 */
function requestBudget(requestTimeoutMs, now, deadline) {
    return Math.max(0, Math.min(requestTimeoutMs, timeLeft(deadline, now) + LAST_POLL_GRACE_MS));
}
/**
 * The step's one deadline, `timeout` after the step began: every stage (since: run, the
 * start, the wait, the comparison, the log reads, the comment) spends the same time.
 *
 * No signal aborts at it: every wait takes a budget of at most the time left when it begins,
 * some pass it on purpose (the last poll's grace, the comment's), and a real-time timer is a
 * clock the fake-clock tests cannot drive (docs/architecture.md, "The run context").
 */
class Deadline {
    clock;
    requestTimeoutMs;
    /** Epoch ms: when the run began, and when its time is up. */
    began;
    at;
    constructor(clock, timeoutMs, 
    /** request-timeout: the most one request may take while the deadline is far. */
    requestTimeoutMs = Infinity) {
        this.clock = clock;
        this.requestTimeoutMs = requestTimeoutMs;
        this.began = clock.now();
        this.at = this.began + timeoutMs;
    }
    /** Milliseconds left; 0 or less once the deadline has passed. */
    leftMs() {
        return timeLeft(this.at, this.clock.now());
    }
    /** Milliseconds since the run began. */
    elapsedMs() {
        return this.clock.now() - this.began;
    }
    /** How long one request may take now (see requestBudget). */
    requestMs() {
        return requestBudget(this.requestTimeoutMs, this.clock.now(), this.at);
    }
}


/***/ }),

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ withoutInvisible),
/* harmony export */   P: () => (/* binding */ withoutHidden),
/* harmony export */   S: () => (/* binding */ withoutInvisibleInLines),
/* harmony export */   Zb: () => (/* binding */ hiddenCharacterIn),
/* harmony export */   ah: () => (/* binding */ otherSpaceIn),
/* harmony export */   ff: () => (/* binding */ withInvisibleShown)
/* harmony export */ });
/* unused harmony export isInvisible */
/**
 * Characters that can hide, reorder or break text, by Unicode class rather than by list, so
 * that none is forgotten: controls (Cc, C1 ones such as U+0085 too), format characters (Cf: bidi
 * marks, embeddings, overrides and isolates, zero-width characters, U+2060–2064, U+FEFF, tag
 * characters U+E0000–E007F), and the line and paragraph separators (Zl, Zp). The one rule for
 * every place cloud text is shown: summary, comment, report markdown and log lines
 * (docs/evidence-rules.md).
 */
const INVISIBLE_RUN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;
/** Among them, those that separate words: a run holding one becomes a space, so that `a\nb` stays two words. */
const SEPARATING = /[\t-\r\u0085\u2028\u2029]/u;
/** Whether a character is one of them (tests, and callers that must reject rather than clean). */
function isInvisible(char) {
    return /^[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]$/u.test(char);
}
/** The text on one line without any of them: separating runs become a space, the others vanish. */
function withoutInvisible(text) {
    return text.replace(INVISIBLE_RUN, (run) => (SEPARATING.test(run) ? ' ' : ''));
}
/** The same for text that may hold several lines of our own: each line cleaned, kept apart by `\n`. */
function withoutInvisibleInLines(text) {
    return text
        .split(/\r\n|\n|\r/)
        .map(withoutInvisible)
        .join('\n');
}
/** Line breaks and tabs: a multi-line input holds them by design. */
const LAYOUT = new Set(['\t', '\n', '\r']);
/**
 * The first hidden character of an input, as `U+200B at character 7`, or undefined. Pasted text
 * brings them (a zero-width space from a web page, a byte-order mark): `movies\u200b` looks like
 * `movies` in every log and matches nothing, so the input is refused, naming where it hides.
 */
function hiddenCharacterIn(text) {
    let position = 0;
    for (const char of text) {
        position += 1;
        if (!LAYOUT.has(char) && isInvisible(char))
            return `${codePoint(char)} at character ${position}`;
    }
    return undefined;
}
/** An input without its hidden characters, its line breaks and tabs kept: the example a refused input suggests. */
function withoutHidden(text) {
    return text.replace(INVISIBLE_RUN, (run) => [...run].filter((char) => LAYOUT.has(char)).join(''));
}
/**
 * A space other than U+0020 (U+00A0 no-break space, U+2007, U+3000, …), as `U+00A0 at character
 * 3`: visible as a space, but no space to JSON, so a JSON input pasted from a page is refused
 * at a place that looks right.
 */
function otherSpaceIn(text) {
    let position = 0;
    for (const char of text) {
        position += 1;
        if (char !== ' ' && /^\p{Zs}$/u.test(char))
            return `${codePoint(char)} at character ${position}`;
    }
    return undefined;
}
/**
 * Cloud text with its hidden characters shown as `⟨U+200B⟩` rather than removed, where a reader
 * must see that two names that look alike differ (a suggested graph name). Long runs are counted.
 */
function withInvisibleShown(text) {
    return text.replace(INVISIBLE_RUN, (run) => {
        const chars = [...run];
        return chars.length > 3 ? `⟨${chars.length} hidden characters⟩` : chars.map((c) => `⟨${codePoint(c)}⟩`).join('');
    });
}
const codePoint = (char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;


/***/ }),

/***/ 4646:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   DX: () => (/* binding */ clipLine),
/* harmony export */   Ly: () => (/* binding */ isoTime),
/* harmony export */   UC: () => (/* binding */ isWellFormed),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/**
 * Text helpers every stage uses: cutting what a server sent to a length a reader can take, and
 * writing times the one way the report writes them.
 */
/** `text` cut to `max` characters, with `…` when something was cut. */
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** `text` on one line (each run of whitespace one space, none at either end), cut to `max` characters. */
function clipLine(text, max) {
    return clip(text.replace(/\s+/g, ' ').trim(), max);
}
function isoTime(time) {
    return time === null || time === undefined ? null : new Date(time).toISOString().replace(/\.000Z$/, 'Z');
}
/**
 * Whether text is well-formed Unicode: JSON may carry a lone surrogate (`"\\ud83d"`), which no
 * URL can hold (encodeURIComponent throws) and no UTF-8 file or output can write as sent.
 */
function isWellFormed(text) {
    return !/\p{Cs}/u.test(text);
}
/** What an error says, whatever was thrown. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 168:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fz: () => (/* binding */ formatUtcTime),
/* harmony export */   g5: () => (/* binding */ formatUtcDate),
/* harmony export */   jm: () => (/* binding */ parseUtcTime),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   w2: () => (/* binding */ parseJobTime)
/* harmony export */ });
/* unused harmony exports EPOCH_MS_FROM, parseRfc1123 */
/** Time helpers shared by the waiter and the report: one definition of a day and of a duration's text. */
const DAY_MS = 86_400_000;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** RFC 1123 (HTTP dates, RFC 9110 §5.6.7): `Tue, 01 Dec 2026 10:00:00 GMT`, the weekday optional. */
const RFC_1123 = /^(?:([a-z]{3}),\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(GMT|UTC|UT|Z|[+-]\d{4})$/i;
/**
 * Epoch numbers below this are seconds, from it on milliseconds. 1e11 s is the year 5138 and
 * 1e11 ms is March 1973: no job time of the GES era is on the wrong side of it, and a job time
 * now has 10 digits in seconds and 13 in milliseconds.
 */
const EPOCH_MS_FROM = 1e11;
/** Date.UTC's last valid instant (ECMA-262 §21.4.1.1). */
const MAX_TIME = 8.64e15;
/** A calendar time → epoch ms, or undefined when it does not exist (31 February, 24:00, 23:60). */
function utcTime(y, mo, d, h, mi, s, ms) {
    if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59)
        return undefined;
    const date = new Date(0);
    // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi, s, ms);
    // Date rolls 2026-02-31 over to March: refuse it instead.
    return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date.getTime() : undefined;
}
/** `Z`, `+08:00`, `+0800`, `+08`, `GMT` → minutes east of UTC; undefined for an impossible offset. */
function zoneMinutes(zone) {
    if (!zone || /^(Z|GMT|UTC|UT)$/i.test(zone))
        return 0;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 23 || minutes > 59)
        return undefined;
    return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}
/**
 * Parses `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm[:ss[.fff]]` or the same with a space instead of `T`,
 * with an optional zone (`Z`, `+08:00`, `+0800`, `+08`). No zone means UTC: GES writes its job
 * times in UTC without a zone suffix (docs/ges-api.md#times), and `Date.parse` would read them as local
 * time. Returns epoch ms, or undefined when the text is not such a time or names an impossible one.
 */
function parseUtcTime(text) {
    const match = DATE_TIME.exec(text.trim());
    if (!match)
        return undefined;
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match;
    const ms = Number(frac.padEnd(3, '0').slice(0, 3));
    const time = utcTime(+y, +mo, +d, +h, +mi, +s, ms);
    const offset = zoneMinutes(zone);
    return time === undefined || offset === undefined ? undefined : inRange(time - offset * 60_000);
}
/** `Tue, 01 Dec 2026 10:00:00 GMT`; a weekday that does not fit the date is refused. */
function parseRfc1123(text) {
    const match = RFC_1123.exec(text.trim());
    if (!match)
        return undefined;
    const [, weekday, d, monthName, y, h, mi, s = '0', zone] = match;
    const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
    if (month === 0)
        return undefined;
    const time = utcTime(+y, month, +d, +h, +mi, +s, 0);
    const offset = zoneMinutes(zone);
    if (time === undefined || offset === undefined)
        return undefined;
    if (weekday !== undefined && WEEKDAYS[new Date(time).getUTCDay()] !== weekday.toLowerCase())
        return undefined;
    return inRange(time - offset * 60_000);
}
/** Epoch seconds or milliseconds, told apart by magnitude (EPOCH_MS_FROM). */
function parseEpoch(value) {
    if (!Number.isFinite(value) || value < 0)
        return undefined;
    return inRange(Math.floor(value < EPOCH_MS_FROM ? value * 1000 : value));
}
/**
 * A time as the GES API family writes it (docs/ges-api.md#times documents only the first two; the
 * others come from gateways and newer services of the same family): ISO 8601 with or without
 * a zone, `yyyy-MM-dd HH:mm:ss`, epoch seconds or milliseconds as a JSON number or as a string
 * of digits, and RFC 1123. No zone means UTC. Undefined when it cannot be read.
 */
function parseJobTime(value) {
    if (typeof value === 'number')
        return parseEpoch(value);
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return parseEpoch(Number(text));
    return parseUtcTime(text) ?? parseRfc1123(text);
}
function inRange(time) {
    return Math.abs(time) <= MAX_TIME ? time : undefined;
}
/** epoch ms → `yyyy-MM-dd` in UTC. */
function formatUtcDate(time) {
    return new Date(time).toISOString().slice(0, 10);
}
/** epoch ms → `yyyy-MM-dd HH:mm:ss` UTC, for people. */
function formatUtcTime(time) {
    return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
/** `75_000` → `1m15s`; for logs and the summary. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    let seconds = Math.round(ms / 1000);
    const parts = [];
    for (const [unit, size] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60]
    ]) {
        if (seconds >= size) {
            parts.push(`${Math.floor(seconds / size)}${unit}`);
            seconds %= size;
        }
    }
    if (seconds > 0 || parts.length === 0)
        parts.push(`${seconds}s`);
    return parts.join('');
}


/***/ }),

/***/ 407:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ip: () => (/* binding */ startTimer),
/* harmony export */   _: () => (/* binding */ timeoutSignal),
/* harmony export */   vb: () => (/* binding */ clampTimerMs)
/* harmony export */ });
/* unused harmony export MAX_TIMER_MS */
/**
 * Node keeps a timer's delay in a signed 32-bit integer: a longer one (`timeout: 30d`) is
 * replaced by 1 ms with a TimeoutOverflowWarning, so a long wait would end at once. Every timer
 * of the action goes through this module.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A delay Node can hold: 0…MAX_TIMER_MS. For timeouts where the cap is as good as "never" (socket idle time). */
function clampTimerMs(ms) {
    if (!(ms > 0))
        return 0;
    return Math.min(Math.ceil(ms), MAX_TIMER_MS);
}
/**
 * Calls `fire` after `ms`, however long: beyond what one Node timer holds, it is re-armed for
 * the rest. The timer does not keep the process alive unless `ref` is set. Returns the cancel.
 */
function startTimer(fire, ms, options = {}) {
    let timer;
    const arm = (left) => {
        const step = clampTimerMs(left);
        timer = setTimeout(() => (left > step ? arm(left - step) : fire()), step);
        if (!options.ref)
            timer.unref();
    };
    arm(Math.max(0, ms));
    return () => clearTimeout(timer);
}
/** An AbortSignal that aborts after `ms` (AbortSignal.timeout overflows like setTimeout). */
function timeoutSignal(ms) {
    const controller = new AbortController();
    startTimer(() => controller.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
    return controller.signal;
}


/***/ }),

/***/ 436:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ newestJobs),
/* harmony export */   YG: () => (/* binding */ skipReason),
/* harmony export */   c4: () => (/* binding */ pickTargets),
/* harmony export */   nC: () => (/* binding */ idlessCandidates),
/* harmony export */   pZ: () => (/* binding */ missingTargets),
/* harmony export */   we: () => (/* binding */ newerIdless),
/* harmony export */   xq: () => (/* binding */ misplacedJobs)
/* harmony export */ });
/* unused harmony export matchesFilters */
/* harmony import */ var _ges_job_order_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8627);
/* harmony import */ var _ges_model_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3324);
/* harmony import */ var _shared_time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(168);



/** Why a job was skipped, in words, for the log and the summary. */
function skipReason(beginTimeRaw) {
    return beginTimeRaw === ''
        ? 'it has begun but has no begin time, so it cannot be placed in the since/until window'
        : `begin time cannot be read: ${beginTimeRaw}`;
}
const NOT_BEGUN = new Set(['pending', 'running']);
/** No begin time and a status that says it has not begun (or just did): a job that may well be ours. */
function notBegunYet(job) {
    return job.beginTimeRaw === null && NOT_BEGUN.has(job.status);
}
/** The choice depends on when jobs began: a window, or the newest one per slot. */
function timeMatters(criteria) {
    return (criteria.jobIds.length === 0 &&
        (criteria.since !== undefined || criteria.until !== undefined || criteria.select === 'latest'));
}
/** Graph and job name: the filters that need no time. */
function matchesNames(job, criteria) {
    if (criteria.graphNames.length > 0 && !criteria.graphNames.includes(job.graph ?? ''))
        return false;
    if (criteria.jobIds.length === 0 && criteria.jobName !== undefined) {
        if ((job.name ?? '').toLowerCase() !== criteria.jobName.toLowerCase())
            return false;
    }
    return true;
}
function matchesFilters(job, criteria) {
    if (!matchesNames(job, criteria))
        return false;
    // An id names one job: when it began does not matter.
    if (criteria.jobIds.length > 0)
        return true;
    // A begin time that is there but cannot be read puts the job nowhere in time: it can be
    // shown neither inside a window nor to be the newest (rules of a gate: unknown is not success).
    if ((0,_ges_model_js__WEBPACK_IMPORTED_MODULE_0__/* .hasUnreadableBegin */ .jb)(job) && timeMatters(criteria))
        return false;
    if (criteria.since === undefined && criteria.until === undefined)
        return true;
    // A job not begun yet may well be ours; a finished one without a begin time cannot be shown
    // to be inside the window.
    if (job.beginTime === null)
        return notBegunYet(job);
    if (criteria.since !== undefined && job.beginTime < criteria.since)
        return false;
    if (criteria.until !== undefined && job.beginTime > criteria.until)
        return false;
    return true;
}
/**
 * Newest first by begin time; a job not begun yet is the newest, and a job that says it began
 * (finished, unknown status) but gives no time is the oldest: it never wins over a job whose
 * time is known. Ties: the larger id.
 */
const newer = (a, b) => (0,_ges_job_order_js__WEBPACK_IMPORTED_MODULE_1__/* .newer */ .A)(a, b, sortTime);
function sortTime(job) {
    return job.beginTime ?? (notBegunYet(job) ? Infinity : -Infinity);
}
/** The slots to fill: one per job id, one per graph (latest), or one "any" slot. */
function slotsOf(criteria) {
    if (criteria.jobIds.length > 0)
        return criteria.jobIds.map((id) => ({ key: `id:${id}`, accepts: (job) => job.id === id }));
    if (criteria.select === 'latest' && criteria.graphNames.length > 0) {
        return criteria.graphNames.map((graph) => ({ key: `graph:${graph}`, accepts: (job) => job.graph === graph }));
    }
    return [{ key: 'any', accepts: () => true }];
}
/** Id-less entries that could have been targets (docs/evidence-rules.md). */
function idlessCandidates(idless, criteria) {
    if (criteria.jobIds.length > 0)
        return [];
    return idless.filter((job) => matchesNames(job, criteria) && (matchesFilters(job, criteria) || job.beginTime === null));
}
/** `latest`: the id-less entries newer than their slot's target. */
function newerIdless(idless, targets, criteria) {
    if (criteria.select !== 'latest')
        return [];
    const bySlot = criteria.graphNames.length > 0;
    return idless.filter((entry) => targets.some((t) => (!bySlot || t.graph === entry.graph) && newer(entry, t)));
}
/**
 * Picks targets among listed jobs, given those already tracked. Pure. With `latest` each slot
 * takes its newest matching job; with `all` every matching job is a target. `skipped`: the jobs
 * of the right graph and name left out only because their begin time cannot be read.
 */
function pickTargets(candidates, tracked, criteria) {
    const matching = candidates.filter((job) => matchesFilters(job, criteria));
    const trackedIds = new Set(tracked.map((job) => job.id));
    const windowed = criteria.jobIds.length === 0 && (criteria.since !== undefined || criteria.until !== undefined);
    // Said, not silently dropped: a begin time that cannot be read, or none on a job that has begun
    // while a window asks when it began.
    const unplaceable = (job) => (0,_ges_model_js__WEBPACK_IMPORTED_MODULE_0__/* .hasUnreadableBegin */ .jb)(job) || (windowed && job.beginTimeRaw === null && !notBegunYet(job));
    const skipped = timeMatters(criteria)
        ? candidates
            .filter((job) => unplaceable(job) && matchesNames(job, criteria) && !trackedIds.has(job.id))
            .map((job) => ({ id: job.id, graph: job.graph, beginTimeRaw: job.beginTimeRaw ?? '' }))
        : [];
    const targets = [];
    const missing = [];
    for (const slot of slotsOf(criteria)) {
        if (tracked.some(slot.accepts))
            continue;
        const found = matching.filter(slot.accepts).filter((job) => !trackedIds.has(job.id));
        if (found.length === 0) {
            missing.push({ key: slot.key, description: describeSlot(slot.key, criteria) });
        }
        else if (criteria.select === 'all' && criteria.jobIds.length === 0) {
            targets.push(...found);
        }
        else {
            targets.push(found.reduce((best, job) => (newer(job, best) ? job : best)));
        }
    }
    return { targets, missing, skipped };
}
/** What is still missing, given what is tracked (no listing needed). */
function missingTargets(tracked, criteria) {
    return pickTargets([], tracked, criteria).missing;
}
function describeSlot(key, criteria) {
    if (key.startsWith('id:'))
        return `job ${key.slice(3)}`;
    const kind = criteria.jobName === undefined ? 'job' : `${criteria.jobName} job`;
    const graph = key.startsWith('graph:')
        ? ` of graph "${key.slice(6)}"`
        : criteria.graphNames.length
            ? ` of graph ${criteria.graphNames.map((g) => `"${g}"`).join(' or ')}`
            : '';
    const window = [
        criteria.since !== undefined ? `begun since ${(0,_shared_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtcTime */ .fz)(criteria.since)} UTC` : undefined,
        criteria.until !== undefined ? `until ${(0,_shared_time_js__WEBPACK_IMPORTED_MODULE_2__/* .formatUtcTime */ .fz)(criteria.until)} UTC` : undefined
    ]
        .filter(Boolean)
        .join(' ');
    const article = criteria.select === 'all' ? 'any' : /^[aeiou]/i.test(kind) ? 'an' : 'a';
    return `${article} ${kind}${graph}${window ? ` ${window}` : ''}`;
}
/**
 * Jobs listed under an id we wait for, but of a graph `graph-name` does not name: the id and
 * the graph disagree, and waiting cannot fix that. A job whose graph is not given is not one.
 */
function misplacedJobs(candidates, criteria) {
    if (criteria.jobIds.length === 0 || criteria.graphNames.length === 0)
        return [];
    return candidates.filter((job) => criteria.jobIds.includes(job.id) && job.graph !== null && !criteria.graphNames.includes(job.graph));
}
/** The newest listed jobs, newest first, for "seen instead" when a target never appears. */
function newestJobs(jobs, count = 5) {
    const unique = [...new Map(jobs.map((job) => [job.id, job])).values()];
    return unique.sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0)).slice(0, count);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/http/undici-on-demand.ts
var undici_on_demand = __nccwpck_require__(1260);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_on_demand.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
