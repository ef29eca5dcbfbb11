// Exercises checked in the page, for books built with mdbook-exercises.
//
// Each exercise block (`.exercise[data-exercise-id]`) holds its spec as JSON in
// `script.exercise-spec`. A Check button (or Ctrl+Enter in the editor) sends the code to a
// back-end and shows the verdict in `.exercise-result`, whose `data-status` becomes `pass`,
// `fail` or `error` once the check ends:
//
// - the local back-end: `grader serve` answers `GET /__grader/session` with a token, and
//   `POST /__grader/check` grades with the real grader (sandboxed, offline);
// - the Rust Playground (`data-playground-url`, `POST /execute`), used where no local grader
//   answers (a static host). Its reply is graded here, from the `error[E....]` lines of
//   cargo's stderr, by `grade`, which gives the verdict `grader check` gives.
//
// Progress (passed exercises, edits, hints seen) is kept in localStorage; the chapter list
// shows each chapter's passed count. Plain modern JavaScript, no build step, no dependency.
// This file is written by `mdbook-exercises install`: edit preprocessor/assets/exercises.js.

(function () {
    'use strict';

    /** The messages shown when a back-end cannot answer (never reported as a wrong answer). */
    const BUSY = {
        playground: 'The Playground is busy or unreachable; try again in a moment.',
        local: 'The local grader is busy; try again in a moment.',
    };

    // ---------------------------------------------------------------- grading (pure functions)

    /**
     * Splits what cargo printed on stderr into the compiler's part and the program's part
     * (after cargo's `Running` line), and reads the compiler's diagnostics.
     * @param {string} stderr cargo's stderr, as the Playground returns it
     * @returns {{errors: Array<{code: ?string, message: string, line: ?number}>,
     *            compiled: boolean, ice: boolean, programStderr: string}}
     */
    function parseCargoStderr(stderr) {
        const lines = String(stderr || '').split(/\r?\n/);
        const running = lines.findIndex(l => /^\s*Running `/.test(l));
        const compiler = running < 0 ? lines : lines.slice(0, running);
        const program = running < 0 ? [] : lines.slice(running + 1);
        const errors = [];
        let ice = false;
        let current = null;
        for (const line of compiler) {
            const head = /^error(?:\[(E\d{4})\])?: (.*)$/.exec(line);
            if (head) {
                current = null;
                const message = head[2];
                if (/^internal compiler error/.test(message)) {
                    ice = true;
                    continue;
                }
                // cargo's summary lines, not diagnostics
                if (!head[1] && /^(could not compile|aborting due to)/.test(message)) {
                    continue;
                }
                current = { code: head[1] || null, message, line: null };
                errors.push(current);
                continue;
            }
            if (/^(warning|note|help)(\[[^\]]*\])?: /.test(line)) {
                current = null;
                continue;
            }
            if (/^thread 'rustc' panicked/.test(line)) {
                ice = true;
            }
            const at = /^\s*--> (.+):(\d+):(\d+)\s*$/.exec(line);
            if (at && current && current.line === null) {
                current.line = Number(at[2]);
            }
        }
        const compiled =
            errors.length === 0 && !ice && (running >= 0 || compiler.some(l => /^\s*Finished /.test(l)));
        return { errors, compiled, ice, programStderr: program.join('\n') };
    }

    /**
     * The exit of a program from a Playground reply: `exitDetail` ("Exited with status 101",
     * "Exited with signal 9"), or `success`.
     * @returns {{code: ?number, signal: ?number}}
     */
    function exitOf(reply) {
        const detail = String(reply.exitDetail || '');
        const status = /status:?\s*(-?\d+)/i.exec(detail);
        const signal = /signal:?\s*(\d+)/i.exec(detail);
        if (status) return { code: Number(status[1]), signal: null };
        if (signal) return { code: null, signal: Number(signal[1]) };
        return { code: reply.success ? 0 : null, signal: null };
    }

    /**
     * The panic messages in a program's stderr: the text after each `panicked at FILE:L:C:`
     * line, up to the next `note:`, backtrace or panic (as the grader reads them).
     * @param {string} stderr
     * @returns {string[]}
     */
    function panicMessages(stderr) {
        const out = [];
        const lines = String(stderr || '').split(/\r?\n/);
        for (let i = 0; i < lines.length; i++) {
            if (!lines[i].includes('panicked at ')) continue;
            const msg = [];
            while (i + 1 < lines.length) {
                const next = lines[i + 1];
                if (next.startsWith('note: ') || next.startsWith('stack backtrace:') || next.includes('panicked at ')) break;
                msg.push(next);
                i++;
            }
            out.push(msg.join('\n').replace(/\s+$/, ''));
        }
        return out;
    }

    /** Output as the grader compares it: CRLF, trailing spaces and trailing blank lines ignored. */
    function normaliseOutput(text) {
        const lines = String(text || '').split('\n').map(l => l.replace(/\s+$/, ''));
        while (lines.length && lines[lines.length - 1] === '') lines.pop();
        return lines.join('\n');
    }

    /** The first line where two outputs differ, in the grader's words. */
    function firstDifference(want, got) {
        const w = want.split('\n');
        const g = got.split('\n');
        for (let i = 0; i < Math.max(w.length, g.length); i++) {
            if (w[i] === g[i]) continue;
            if (w[i] !== undefined && g[i] !== undefined) {
                return `output differs on line ${i + 1}: expected ${JSON.stringify(w[i])}, got ${JSON.stringify(g[i])}`;
            }
            if (w[i] !== undefined) return `output ends early: line ${i + 1} should be ${JSON.stringify(w[i])}`;
            return `output has an extra line ${i + 1}: ${JSON.stringify(g[i])}`;
        }
        return 'output differs';
    }

    /** A code with what it means, e.g. `E0499 (a variable was borrowed as mutable more than once)`. */
    function describeCode(spec, code, reported) {
        const title = (spec.titles && spec.titles[code]) || (reported && reported[code]) || '';
        if (!title) return code;
        const text = title.replace(/\.$/, '');
        return `${code} (${text.charAt(0).toLowerCase()}${text.slice(1)})`;
    }

    /** `a`, `a and b`, `a, b and c`; `no error code` for none. */
    function listCodes(spec, codes, reported) {
        if (!codes.length) return 'no error code';
        const items = codes.map(c => describeCode(spec, c, reported));
        return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
    }

    /**
     * The one grading function of the page, for both back-ends. It returns the verdict shown:
     * `{status: 'pass'|'fail'|'error', codes, message, line, diagnostics}`.
     *
     * - `{backend: 'playground', reply}`: a Playground `/execute` reply
     *   (`{success, exitDetail, stdout, stderr}`), judged here exactly as `grader check` judges
     *   the same code: the distinct `error[E....]` codes against the expected set, line pins,
     *   and for programs the exit status, panic message and stdout.
     * - `{backend: 'local', verdict}`: the verdict of the local grader (`grader check --json`
     *   shape), whose status and codes are taken as they are; only the words are the page's.
     * - `{error: message}`: the back-end could not answer: `error`, never a wrong answer.
     *
     * @param {object} spec the exercise's spec (`script.exercise-spec`)
     * @param {object} answer what a back-end answered
     */
    function grade(spec, answer) {
        if (answer.error) return { status: 'error', codes: [], message: answer.error, line: null, diagnostics: '' };
        if (answer.backend === 'local') return fromGrader(spec, answer.verdict);
        const reply = answer.reply || {};
        if (reply.error) {
            return { status: 'error', codes: [], message: `${BUSY.playground} (${reply.error})`, line: null, diagnostics: '' };
        }
        const parsed = parseCargoStderr(reply.stderr);
        const codes = [...new Set(parsed.errors.filter(e => e.code).map(e => e.code))].sort();
        const reported = {};
        for (const e of parsed.errors) if (e.code && !reported[e.code]) reported[e.code] = e.message;
        const diagnostics = parsed.programStderr ? String(reply.stderr).split(/\s*Running `/)[0] : String(reply.stderr || '');
        const verdict = (status, message, line = null) => ({ status, codes, message, line, diagnostics });
        const expect = spec.expect;
        if (parsed.ice) return verdict('error', 'rustc crashed (internal compiler error); this is not your fault');
        const uncoded = parsed.errors.find(e => !e.code);
        const failed = !parsed.compiled;
        if (uncoded && codes.length === 0) {
            const at = uncoded.line ? ` (line ${uncoded.line})` : '';
            return verdict('fail', `the code does not compile: rustc reported an error without a code${at}: ${uncoded.message}`, uncoded.line);
        }
        if (expect.kind === 'compile-fail') {
            const want = [...expect.codes].sort();
            if (!failed) return verdict('fail', `rustc accepted the code; expected it to reject it with ${listCodes(spec, want)}`);
            if (uncoded) return verdict('fail', `rustc also reported an error without a code: ${uncoded.message}`, uncoded.line);
            if (want.join() !== codes.join()) {
                return verdict('fail', `expected ${listCodes(spec, want)}, rustc reported ${listCodes(spec, codes, reported)}`);
            }
            for (const pin of expect.lines || []) {
                const at = parsed.errors.filter(e => e.code === pin.code && e.line !== null).map(e => e.line);
                if (!at.includes(pin.line)) {
                    return verdict('fail', `expected ${pin.code} on line ${pin.line}, rustc reported it on line ${at.join(', ')}`, pin.line);
                }
            }
            return verdict('pass', `rustc rejected the code with ${listCodes(spec, want)}, as expected`);
        }
        if (failed) {
            return verdict('fail', `rustc rejected the code with ${listCodes(spec, codes, reported)}; expected it to compile`);
        }
        if (expect.kind === 'compile-pass') return verdict('pass', 'compiles');
        const [status, message] = judgeRun(expect, reply, parsed.programStderr);
        return verdict(status, message);
    }

    /** The verdict on a program's run (run-pass, run-panic), as the grader gives it. */
    function judgeRun(expect, reply, stderr) {
        const exit = exitOf(reply);
        if (exit.signal === 9 || /killed|timed out|timeout/i.test(String(reply.exitDetail || ''))) {
            return ['fail', 'the program was stopped (time or memory limit exceeded)'];
        }
        const panics = exit.code === 101 ? panicMessages(stderr) : [];
        const panic = panics.length ? panics[panics.length - 1] : null;
        if (expect.kind === 'run-panic' && panic !== null) {
            const hit = panics.find(m => m.includes(expect.panic));
            if (hit !== undefined) return ['pass', `panicked with ${JSON.stringify(hit)}, as expected`];
            return ['fail', `panicked with ${JSON.stringify(panic)}; expected a message containing ${JSON.stringify(expect.panic)}`];
        }
        if (expect.kind === 'run-panic' && exit.code === 0) {
            return ['fail', 'the program finished normally; expected it to panic'];
        }
        if (expect.kind === 'run-pass' && panic !== null) return ['fail', `the program panicked: ${panic}`];
        if (exit.code !== 0) {
            const how = exit.signal !== null ? `was ended by signal ${exit.signal}`
                : exit.code !== null ? `exited with status ${exit.code}` : 'ended abnormally';
            return ['fail', `the program ${how}`];
        }
        if (expect.kind === 'run-pass' && typeof expect.stdout === 'string') {
            const want = normaliseOutput(expect.stdout);
            const got = normaliseOutput(String(reply.stdout || '').replace(/\r\n/g, '\n'));
            if (want === got) return ['pass', 'runs and prints the expected output'];
            return ['fail', firstDifference(want, got)];
        }
        return ['pass', 'runs and exits normally'];
    }

    /** The page's verdict from the local grader's verdict. */
    function fromGrader(spec, v) {
        const codes = (v.error_codes || []).slice().sort();
        const reported = {};
        for (const e of parseCargoStderr(v.diagnostics || '').errors) {
            if (e.code && !reported[e.code]) reported[e.code] = e.message;
        }
        let message = v.message || '';
        const expect = spec.expect;
        const want = expect.kind === 'compile-fail' ? [...expect.codes].sort() : [];
        if (v.status === 'fail' && expect.kind === 'compile-fail' && codes.length && codes.join() !== want.join()) {
            message = `expected ${listCodes(spec, want)}, rustc reported ${listCodes(spec, codes, reported)}`;
        } else if (v.status === 'pass' && expect.kind === 'compile-fail') {
            message = `rustc rejected the code with ${listCodes(spec, want)}, as expected`;
        }
        const pinned = /on line (\d+)/.exec(message);
        return {
            status: ['pass', 'fail', 'error'].includes(v.status) ? v.status : 'error',
            codes,
            message,
            line: pinned ? Number(pinned[1]) : null,
            diagnostics: v.diagnostics || '',
        };
    }

    // ---------------------------------------------------------------- back-ends

    /** The local back-end's token, or null on a static host; asked once per page. */
    let session = null;

    /** Asks `grader serve` for its session; resolves to the token, or null when none answers. */
    function findLocal() {
        if (session === null) {
            session = fetch('/__grader/session', { cache: 'no-store', credentials: 'same-origin' })
                .then(r => (r.ok ? r.json() : null))
                .then(s => (s && typeof s.token === 'string' ? s.token : null))
                .catch(() => null);
        }
        return session;
    }

    /** `fetch` that gives up after `ms` milliseconds. */
    function fetchWithin(url, options, ms) {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), ms);
        return fetch(url, { ...options, signal: abort.signal }).finally(() => clearTimeout(timer));
    }

    /** Sends `code` to the local grader; resolves to an answer for `grade`. */
    async function checkLocal(token, spec, code, retried = false) {
        let response;
        try {
            response = await fetchWithin('/__grader/check', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-Grader-Token': token },
                body: JSON.stringify({ id: spec.id, code }),
                credentials: 'same-origin',
            }, 120000);
        } catch (e) {
            return { error: `The local grader did not answer (${e.message || e}); is \`grader serve\` still running?` };
        }
        if (response.status === 403 && !retried) {
            // The server restarted with a new token: ask again once.
            session = null;
            const fresh = await findLocal();
            if (fresh) return checkLocal(fresh, spec, code, true);
        }
        if (response.status === 503) return { error: BUSY.local };
        if (!response.ok) return { error: `The local grader refused the check (HTTP ${response.status}).` };
        return { backend: 'local', verdict: await response.json() };
    }

    /** Sends `code` to the Playground's `/execute`; resolves to an answer for `grade`. */
    async function checkPlayground(url, spec, code) {
        const body = {
            channel: 'stable',
            mode: 'debug',
            edition: spec.edition,
            crateType: 'bin',
            tests: false,
            backtrace: false,
            code,
        };
        let response;
        try {
            response = await fetchWithin(`${url}/execute`, {
                method: 'POST',
                mode: 'cors',
                headers: { 'Content-Type': 'application/json' },
                body: JSON.stringify(body),
            }, 60000);
        } catch (e) {
            return { error: BUSY.playground };
        }
        if (!response.ok) return { error: `${BUSY.playground} (HTTP ${response.status})` };
        let reply;
        try {
            reply = await response.json();
        } catch (e) {
            return { error: BUSY.playground };
        }
        return { backend: 'playground', reply };
    }

    // ---------------------------------------------------------------- progress in localStorage

    /** The book's folder, which keys the stored progress (several books may share an origin). */
    function bookBase() {
        const root = typeof path_to_root === 'string' ? path_to_root : '';
        return new URL(root || './', location.href).pathname;
    }

    /** A page's path relative to the book's folder, e.g. `borrowing.html`. */
    function pageKey(href) {
        const url = new URL(href, location.href);
        let path = url.pathname;
        const base = bookBase();
        if (path.startsWith(base)) path = path.slice(base.length);
        if (path === '' || path.endsWith('/')) path += 'index.html';
        return decodeURIComponent(path);
    }

    const STORE_KEY = `mdbook-exercises:${bookBase()}`;

    /** The stored progress: `{passed: {id: page}, code: {id: text}, hints: {id: n}, pages: {page: n}}`. */
    function load() {
        let data = null;
        try {
            data = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
        } catch (e) {
            data = null;
        }
        data = data && typeof data === 'object' ? data : {};
        for (const key of ['passed', 'code', 'hints', 'pages']) {
            if (!data[key] || typeof data[key] !== 'object') data[key] = {};
        }
        return data;
    }

    /** Changes the stored progress with `change(data)`, then shows the chapter marks again. */
    function update(change) {
        const data = load();
        change(data);
        try {
            localStorage.setItem(STORE_KEY, JSON.stringify(data));
        } catch (e) {
            // Storage full or disabled: progress lasts for this page only.
        }
        markChapters();
    }

    /** Adds each chapter's passed count to the chapter list, e.g. `✓ 2/5`. */
    function markChapters() {
        const data = load();
        const passed = {};
        for (const page of Object.values(data.passed)) passed[page] = (passed[page] || 0) + 1;
        for (const link of document.querySelectorAll('.sidebar a[href], mdbook-sidebar-scrollbox a[href]')) {
            const href = link.getAttribute('href');
            // Chapter links only: not anchors within a page, not other sites.
            if (!href || href.includes('#') || /^[a-z+]+:/i.test(href) || href.startsWith('//')) continue;
            const page = pageKey(link.href);
            let mark = link.querySelector('.exercise-progress-mark');
            const count = passed[page] || 0;
            if (!count) {
                if (mark) mark.remove();
                continue;
            }
            if (!mark) {
                mark = document.createElement('span');
                mark.className = 'exercise-progress-mark';
                link.appendChild(mark);
            }
            const total = data.pages[page];
            mark.dataset.passed = String(count);
            mark.textContent = total ? `✓ ${count}/${total}` : `✓ ${count}`;
            mark.title = `${count} exercise${count === 1 ? '' : 's'} passed in this chapter`;
            mark.classList.toggle('exercise-progress-done', Boolean(total) && count >= total);
        }
    }

    // ---------------------------------------------------------------- one exercise in the page

    /** The starter's code element: the container's own `pre`, not one in hints or solution. */
    function starterCode(container) {
        return container.querySelector(':scope > pre code');
    }

    /** The Ace editor mdBook made of the starter, if any. */
    function editorOf(code) {
        if (!code || !window.ace || !code.classList.contains('editable')) return null;
        try {
            return window.ace.edit(code);
        } catch (e) {
            return null;
        }
    }

    /** The code in the starter's editor. */
    function currentCode(container) {
        const code = starterCode(container);
        const editor = editorOf(code);
        return editor ? editor.getValue() : (code ? code.textContent : '');
    }

    /** Puts `text` in the starter's editor. */
    function setCode(container, text) {
        const code = starterCode(container);
        const editor = editorOf(code);
        if (editor) editor.setValue(text, 1);
        else if (code) code.textContent = text;
    }

    /** Shows a verdict in the result region and sets its `data-status`. */
    function show(container, spec, verdict, backend) {
        const result = container.querySelector('.exercise-result');
        result.hidden = false;
        result.replaceChildren();
        const head = document.createElement('p');
        head.className = 'exercise-result-head';
        const label = document.createElement('strong');
        label.textContent = { pass: 'Passed', fail: 'Not yet', error: 'Could not check' }[verdict.status];
        head.append(label, ': ', verdict.message);
        result.append(head);
        if (verdict.status === 'fail' && spec.expect.kind === 'compile-fail') {
            const codes = document.createElement('p');
            codes.className = 'exercise-result-codes';
            codes.textContent = `Expected: ${[...spec.expect.codes].sort().join(', ')} · rustc reported: ${verdict.codes.length ? verdict.codes.join(', ') : 'no error code'}`;
            result.append(codes);
        }
        if (verdict.line) {
            const line = document.createElement('p');
            line.className = 'exercise-result-line';
            line.textContent = `See line ${verdict.line}.`;
            result.append(line);
        }
        if (verdict.status === 'fail' && verdict.diagnostics && verdict.diagnostics.trim()) {
            const details = document.createElement('details');
            const summary = document.createElement('summary');
            summary.textContent = "rustc's output";
            const pre = document.createElement('pre');
            pre.textContent = verdict.diagnostics.trim();
            details.append(summary, pre);
            result.append(details);
        }
        const by = document.createElement('p');
        by.className = 'exercise-result-by';
        by.textContent = backend === 'local' ? 'Checked by the local grader.' : 'Checked through the Rust Playground.';
        result.append(by);
        result.dataset.status = verdict.status;
        container.dataset.status = verdict.status;
    }

    /** Runs one check of an exercise: sends the code, grades the answer, shows and records it. */
    async function check(container, spec) {
        const button = container.querySelector('button[data-action="check"]');
        const result = container.querySelector('.exercise-result');
        if (button.disabled) return;
        button.disabled = true;
        delete result.dataset.status;
        result.hidden = false;
        result.setAttribute('aria-busy', 'true');
        result.textContent = 'Checking…';
        const code = currentCode(container);
        const token = await findLocal();
        const backend = token ? 'local' : 'playground';
        let answer;
        try {
            answer = token
                ? await checkLocal(token, spec, code)
                : await checkPlayground(container.dataset.playgroundUrl, spec, code);
        } catch (e) {
            answer = { error: `The check failed: ${e.message || e}` };
        }
        const verdict = grade(spec, answer);
        result.removeAttribute('aria-busy');
        show(container, spec, verdict, backend);
        button.disabled = false;
        if (verdict.status === 'pass') {
            update(data => {
                data.passed[spec.id] = pageKey(location.href);
            });
            container.classList.add('exercise-passed');
            offerSolution(container);
        }
    }

    /** Shows the solution's spoiler (after a pass, or once every hint is out). */
    function offerSolution(container) {
        const solution = container.querySelector('details.exercise-solution');
        if (solution) solution.hidden = false;
        const note = container.querySelector('.exercise-solution-note');
        if (note) note.remove();
    }

    /** Hints one at a time: hint n+1 appears once hint n has been opened. */
    function setUpHints(container, spec) {
        const hints = Array.from(container.querySelectorAll('details.exercise-hint'));
        const seen = () => Math.min(load().hints[spec.id] || 0, hints.length);
        const refresh = () => {
            const n = seen();
            hints.forEach((hint, i) => {
                hint.hidden = i > n;
            });
            if (hints.length && n >= hints.length) offerSolution(container);
        };
        hints.forEach((hint, i) => {
            hint.addEventListener('toggle', () => {
                if (!hint.open || seen() > i) return;
                update(data => {
                    data.hints[spec.id] = i + 1;
                });
                refresh();
            });
        });
        refresh();
    }

    /** Wires one exercise block: controls, stored edits, status, hints and solution. */
    function setUp(container) {
        const specElement = container.querySelector('script.exercise-spec');
        if (!specElement) return;
        let spec;
        try {
            spec = JSON.parse(specElement.textContent);
        } catch (e) {
            return;
        }
        const actions = container.querySelector('.exercise-actions');
        if (!actions) return;
        actions.hidden = false;
        container.classList.add('exercise-live');
        const label = container.querySelector('.exercise-starter-label');
        if (label) label.textContent = 'Starter: edit it here, then press Check (or Ctrl+Enter).';
        const data = load();
        if (typeof data.code[spec.id] === 'string') setCode(container, data.code[spec.id]);
        if (data.passed[spec.id]) container.classList.add('exercise-passed');

        const solution = container.querySelector('details.exercise-solution');
        if (solution && !data.passed[spec.id]) {
            solution.hidden = true;
            const note = document.createElement('p');
            note.className = 'exercise-solution-note';
            note.textContent = 'The solution shows up once your answer passes, or after the last hint.';
            solution.after(note);
        }
        setUpHints(container, spec);

        actions.querySelector('button[data-action="check"]').addEventListener('click', () => check(container, spec));
        actions.querySelector('button[data-action="reset"]').addEventListener('click', () => {
            setCode(container, spec.starter);
            update(d => {
                delete d.code[spec.id];
            });
            const result = container.querySelector('.exercise-result');
            result.hidden = true;
            result.replaceChildren();
            delete result.dataset.status;
        });
        // Ctrl+Enter checks (before mdBook's editor runs the code with it).
        container.addEventListener('keydown', e => {
            if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                e.preventDefault();
                e.stopPropagation();
                check(container, spec);
            }
        }, true);
        const editor = editorOf(starterCode(container));
        let timer = null;
        const save = () => {
            const text = currentCode(container);
            update(d => {
                if (text.trimEnd() === spec.starter.trimEnd()) delete d.code[spec.id];
                else d.code[spec.id] = text;
            });
        };
        if (editor) {
            editor.on('change', () => {
                clearTimeout(timer);
                timer = setTimeout(save, 300);
            });
        }
        window.addEventListener('pagehide', () => {
            if (timer) save();
        });
        return spec.id;
    }

    /** Says, by each exercise's buttons, which back-end checks it. */
    function showBackend() {
        findLocal().then(token => {
            for (const span of document.querySelectorAll('.exercise-backend')) {
                span.textContent = token ? 'checked by your local grader' : 'checked through the Rust Playground';
            }
        });
    }

    /** Sets up every exercise of the page and the chapter marks. */
    function start() {
        const ids = Array.from(document.querySelectorAll('.exercise[data-exercise-id]'))
            .map(setUp)
            .filter(Boolean);
        if (ids.length) showBackend();
        if (ids.length) {
            update(data => {
                data.pages[pageKey(location.href)] = ids.length;
            });
        } else {
            markChapters();
        }
        // mdBook 0.5 may fill the chapter list after this script runs.
        const list = document.querySelector('mdbook-sidebar-scrollbox, .sidebar');
        if (list && window.MutationObserver) {
            let pending = false;
            new MutationObserver(() => {
                if (pending) return;
                pending = true;
                requestAnimationFrame(() => {
                    pending = false;
                    if (!list.querySelector('.exercise-progress-mark') && Object.keys(load().passed).length) markChapters();
                });
            }).observe(list, { childList: true, subtree: true });
        }
    }

    // For tests and other tools: the grading function and its helpers.
    window.mdbookExercises = { grade, parseCargoStderr, panicMessages, normaliseOutput, storeKey: STORE_KEY };

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
})();
