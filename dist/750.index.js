export const id = 750;
export const ids = [750];
export const modules = {

/***/ 4750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readLogs: () => (/* binding */ readLogs)
});

// UNUSED EXPORTS: LOG_RANGE_BYTES, bodyExtent, objectUrl, obsEndpointOf

// EXTERNAL MODULE: ./src/http/transport.ts
var transport = __webpack_require__(1517);
// EXTERNAL MODULE: ./src/shared/deadline.ts
var deadline = __webpack_require__(8013);
// EXTERNAL MODULE: ./src/shared/text.ts
var shared_text = __webpack_require__(4646);
;// CONCATENATED MODULE: ./src/obs/obs-path.ts
/** Where an import log lives on OBS. Pure. */

/** OBS bucket names: 3–63 lowercase letters, digits, `-` and `.`, starting and ending with a letter or digit. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
/**
 * A file result's `log` as GES writes it: `obs://bucket/key` or `bucket/key` (docs/ges-api.md#import-logs-on-obs, the
 * job-center example). Undefined for anything else (a directory, an empty key, a URL of another
 * scheme, control characters, `.` or `..` segments): such a value is reported, never requested.
 */
function parseObsPath(text) {
    const path = text.trim().replace(/^obs:\/\//i, '');
    const slash = path.indexOf('/');
    if (slash < 0)
        return undefined;
    const bucket = path.slice(0, slash);
    const key = path.slice(slash + 1);
    if (!BUCKET.test(bucket) || bucket.includes('..') || key === '' || key.endsWith('/') || CONTROL.test(key))
        return undefined;
    if (Buffer.byteLength(key, 'utf8') > 1024)
        return undefined;
    // A lone surrogate (JSON can carry one) has no UTF-8 form: no request path can name it.
    if (!(0,shared_text/* isWellFormed */.UC)(key))
        return undefined;
    // URL parsing resolves `.` and `..` segments: the request would leave the object (and bucket) signed.
    if (key.split('/').some((segment) => segment === '.' || segment === '..'))
        return undefined;
    return { bucket, key };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/obs/obs-signer.ts

/**
 * An object key as it stands in the request path and in the signed resource: each character
 * percent-encoded except `/`, and `!*'()` too, exactly as esdk-obs-nodejs (`encodeURIWithSafe`
 * in lib/utils.js, 3.26.8) does; a different encoding would sign another resource.
 */
function encodeObsKey(key) {
    return [...key]
        .map((c) => (c === '/' ? c : encodeURIComponent(c)))
        .join('')
        .replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * OBS's own signature for a GET (not APIG's SDK-HMAC-SHA256; docs/ges-api.md#import-logs-on-obs): `Authorization:
 * OBS {AK}:{Base64(HMAC-SHA1(SK, StringToSign))}`, StringToSign = `GET\n{Content-MD5}\n
 * {Content-Type}\n{Date}\n{x-obs-* headers, lower-case, sorted, name:value\n}/{bucket}/{key}`.
 * `Range` is not signed. Returns the headers to send. Checked against the official SDK
 * (__tests__/obs/obs-signer.test.ts).
 */
function signObsGet(bucket, key, credentials, date) {
    const headers = { Date: date.toUTCString() };
    if (credentials.securityToken)
        headers['x-obs-security-token'] = credentials.securityToken;
    const obsHeaders = Object.entries(headers)
        .map(([name, value]) => [name.toLowerCase(), value])
        .filter(([name]) => name.startsWith('x-obs-'))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, value]) => `${name}:${value}\n`)
        .join('');
    const stringToSign = `GET\n\n\n${headers.Date}\n${obsHeaders}/${bucket}/${encodeObsKey(key)}`;
    const signature = (0,external_node_crypto_.createHmac)('sha1', credentials.secretKey).update(stringToSign, 'utf8').digest('base64');
    return { ...headers, Authorization: `OBS ${credentials.accessKey}:${signature}` };
}

;// CONCATENATED MODULE: ./src/obs/rejected-lines.ts
/** The first lines of an import log, made safe to show. Pure. */
/** A line longer than this is cut: one line must not fill the report. */
const MAX_LINE_CHARS = 300;
/** Control, zero-width and bidirectional characters: they could hide or reorder what is shown. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
/**
 * The first `max` non-empty lines of a log's start. `partial`: the bytes end inside the object
 * (a ranged read), so the last line may be cut and is dropped unless it is the only one. The
 * log format is undocumented (docs/ges-api.md#import-logs-on-obs): lines are shown verbatim, never interpreted.
 */
function firstLines(bytes, max, partial) {
    // Decoded leniently: a ranged read may end inside a character, which is not invalid UTF-8.
    // Only the lines kept are judged (a U+FFFD in them came from bytes that were not UTF-8).
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
    const all = text.split(/\r\n|\n|\r/);
    if (partial && all.length > 1)
        all.pop();
    const kept = all.filter((line) => line.trim() !== '').slice(0, max);
    const invalidUtf8 = kept.some((line) => line.includes('\ufffd'));
    const lines = kept.map((line) => cut(line.replace(/\t/g, ' ').replace(INVISIBLE, '\ufffd')));
    return { lines, invalidUtf8 };
}
function cut(line) {
    const chars = [...line]; // code points: never split a surrogate pair
    return chars.length > MAX_LINE_CHARS ? `${chars.slice(0, MAX_LINE_CHARS).join('')}…` : line;
}

;// CONCATENATED MODULE: ./src/obs/log-reader.ts





/** Only the start of a log is read: enough for the first lines, never the whole object. */
const LOG_RANGE_BYTES = 65_536;
/** Logs read at once. */
const PARALLEL = 4;
/**
 * Reads the start of each target's log from OBS, a few at a time, and returns what each read
 * gave, by target id. Never throws for OBS's answers: each failure is one reason for its file.
 * Redirects are reported, never followed (they would carry the signature to another host).
 */
async function readLogs(targets, options) {
    const results = new Map();
    const queue = [...targets];
    const worker = async () => {
        for (let target = queue.shift(); target; target = queue.shift()) {
            results.set(target.id, await readOne(target.log, options));
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, targets.length) }, worker));
    return results;
}
async function readOne(log, options) {
    const object = parseObsPath(log);
    if (!object)
        return { ok: false, reason: 'not an OBS object path (bucket/key), so not read' };
    const url = objectUrl(object, options);
    if (!url)
        return { ok: false, reason: 'not read: set region or obs-endpoint to say where OBS is' };
    const timeoutMs = Math.min(options.requestTimeoutMs, (0,deadline/* timeLeft */.f$)(options.deadline, options.clock.now()));
    if (timeoutMs <= 0)
        return { ok: false, reason: options.outOfTime };
    try {
        const response = await options.transport.send({
            method: 'GET',
            url,
            headers: {
                ...signObsGet(object.bucket, object.key, options.credentials, new Date(options.clock.now())),
                Range: `bytes=0-${LOG_RANGE_BYTES - 1}`
            },
            timeoutMs,
            maxBodyBytes: LOG_RANGE_BYTES
        });
        if (response.status === 200 || response.status === 206) {
            const raw = response.raw ?? Buffer.from(response.body, 'utf8');
            const extent = bodyExtent(response.status, response.headers, raw.length, response.truncated === true);
            if (typeof extent === 'string')
                return { ok: false, reason: extent };
            const { lines, invalidUtf8 } = firstLines(raw, options.lines, extent.partial);
            return {
                ok: true,
                lines,
                ...(invalidUtf8 ? { note: 'the log is not valid UTF-8: bytes that are not are shown as �' } : {})
            };
        }
        return { ok: false, reason: refusal(response.status, response.body) };
    }
    catch (error) {
        // Cancelled, or no answer: the report is still written, with the reason.
        if (error instanceof transport/* NetworkError */.Dr)
            return { ok: false, reason: `not read: OBS gave no complete answer (${error.message})` };
        return { ok: false, reason: `not read: ${error instanceof Error ? error.message || error.name : String(error)}` };
    }
}
/**
 * Virtual-hosted `{bucket}.obs.{region}.myhuaweicloud.com` by default; with `obs-endpoint`, path
 * style for an IP address or localhost (no bucket subdomain can resolve there), else
 * virtual-hosted on its host. A bucket name with a dot is path style everywhere: as a subdomain it
 * would be two labels, which the `*.obs.{region}` wildcard certificate does not cover. The signed
 * resource is `/{bucket}/{key}` either way (OBS V2 signs the bucket, not the host).
 */
function objectUrl(object, options) {
    const key = encodeObsKey(object.key);
    if (options.endpoint) {
        const base = new URL(options.endpoint);
        const path = base.pathname.replace(/\/+$/, '');
        if (isIpOrLocal(base.hostname) || object.bucket.includes('.'))
            return `${base.origin}${path}/${object.bucket}/${key}`;
        return `${base.protocol}//${object.bucket}.${base.host}${path}/${key}`;
    }
    if (!options.region)
        return undefined;
    const domain = options.region === 'eu-west-101' ? 'myhuaweicloud.eu' : 'myhuaweicloud.com';
    if (object.bucket.includes('.'))
        return `https://obs.${options.region}.${domain}/${object.bucket}/${key}`;
    return `https://${object.bucket}.obs.${options.region}.${domain}/${key}`;
}
function isIpOrLocal(hostname) {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return host === 'localhost' || host.includes(':') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}
/**
 * Whether the bytes read are the whole log (`partial: false`) or its start, whose last line may
 * be cut; or why they are not its start at all. The object's size comes from the 206's
 * `Content-Range: bytes 0-65535/10485760` (RFC 9110 §14.4; `*` = unknown; the unit is case-insensitive) or a 200's
 * Content-Length. Without either, exactly LOG_RANGE_BYTES could be all of it or the start of
 * more: it is taken as partial (the last line is dropped), never as complete.
 */
function bodyExtent(status, headers, received, truncated) {
    const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i.exec(headers['content-range']?.trim() ?? '');
    if (status === 206 && range) {
        const [from, to] = [Number(range[1]), Number(range[2])];
        if (from !== 0 || to < from)
            return `not read: OBS answered another part of the log (Content-Range bytes ${from}-${to})`;
        const announced = Math.min(to + 1, LOG_RANGE_BYTES);
        if (received < announced)
            return `not read: OBS's answer ended after ${received} of the ${announced} bytes its Content-Range announced`;
        const total = range[3] === '*' ? undefined : Number(range[3]);
        // A total that disagrees with the bytes (smaller too) is not taken as proof of the whole log.
        return { partial: truncated || total !== received };
    }
    const length = status === 200 ? Number(headers['content-length'] ?? NaN) : NaN;
    if (Number.isSafeInteger(length))
        return { partial: truncated || length > received };
    return { partial: truncated || received >= LOG_RANGE_BYTES };
}
/** One line for OBS's refusal, from its XML error (`<Code>`, `<Endpoint>`); server text kept to safe characters. */
function refusal(status, body) {
    const code = xmlField(body, 'Code', /^[A-Za-z]{1,64}$/);
    const named = code ? ` ${code}` : '';
    switch (status) {
        case 404:
            return `not read: the log object does not exist (404${named})`;
        case 403:
            return `not read: OBS refused the read (403${named}); the credentials need obs:object:GetObject on the log's prefix`;
        case 301: {
            // PermanentRedirect names the bucket's endpoint; only a Huawei Cloud OBS host is repeated.
            const endpoint = obsEndpointOf(xmlField(body, 'Endpoint', /^[A-Za-z0-9.-]{1,253}$/));
            return endpoint
                ? `not read: the bucket is in another region (301${named}, endpoint ${endpoint}, region ${endpoint.split('.')[1]}); set obs-endpoint to https://${endpoint} (redirects are not followed with credentials)`
                : `not read: the bucket is in another region (301${named}); set obs-endpoint to its region's OBS endpoint (redirects are not followed with credentials)`;
        }
        default:
            return status >= 300 && status < 400
                ? `not read: OBS answered a redirect (HTTP ${status}${named}); redirect not followed (the request carries credentials)`
                : `not read: OBS answered HTTP ${status}${named}`;
    }
}
/**
 * `obs.{region}.myhuaweicloud.com` (or `.eu`), also from the virtual-hosted
 * `{bucket}.obs.{region}…` form; undefined for any other host (the body's text is the server's).
 */
function obsEndpointOf(host) {
    const m = /(?:^|\.)(obs\.[a-z]{2,}(?:-[a-z0-9]+)+\.myhuaweicloud\.(?:com|eu))$/.exec(host?.toLowerCase() ?? '');
    return m?.[1];
}
function xmlField(body, name, shape) {
    const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(body.slice(0, 4096))?.[1]?.trim();
    return value && shape.test(value) ? value : undefined;
}


/***/ })

};
