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
//   answers (a static host). Its reply is graded in the page, from the `error[E....]` lines of
//   cargo's stderr, by `grade` (exercises-grade.js, loaded first), which gives the verdict
//   `grader check` gives.
//
// The starter's editor numbers its lines, and a failed check marks the lines its verdict names
// (e.g. the line an exercise pins its error code to, and the line rustc reported it on). A fail
// that is partly right adds the partial credit its exercise's `[partial]` table gives, e.g.
// "Partial credit: 1 of 10 points (it compiles, but its output is not the expected one)".
//
// Progress (passed exercises, edits, hints seen) is kept in localStorage; the chapter list
// shows each chapter's passed count.
//
// Served by `grader serve` inside a learner's workspace (the session says `workspace: true`),
// the editor opens the learner's file instead: its code below the header, numbered as the file
// is (the header is shown read-only above it), so line numbers agree with `grader check`. Check
// saves the code into the file (naming the version loaded; a file changed on disk since is
// refused, never overwritten) and the grader records the verdict in the workspace's progress.
// The page asks the workspace again when it is shown again, so a pass in the terminal shows here. Plain modern JavaScript, no build step, no dependency.
// This file is written by `mdbook-exercises install`: edit preprocessor/assets/exercises.js.

(function () {
    'use strict';

    const { grade, partialCredit, parseCargoStderr, panicMessages, normaliseOutput, linesText, busy: BUSY } = window.mdbookExercisesGrading;

    // ---------------------------------------------------------------- back-ends

    /** The local back-end's session `{token, workspace}`, or null on a static host; asked once per page. */
    let session = null;

    /** Asks `grader serve` for its session; resolves to it, or null when none answers. */
    function findSession() {
        if (session === null) {
            session = fetch('/__grader/session', { cache: 'no-store', credentials: 'same-origin' })
                .then(r => (r.ok ? r.json() : null))
                .then(s => (s && typeof s.token === 'string' ? { token: s.token, workspace: s.workspace === true } : null))
                .catch(() => null);
        }
        return session;
    }

    /** The local back-end's token, or null on a static host. */
    function findLocal() {
        return findSession().then(s => (s ? s.token : null));
    }

    /** `fetch` that gives up after `ms` milliseconds. */
    function fetchWithin(url, options, ms) {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), ms);
        return fetch(url, { ...options, signal: abort.signal }).finally(() => clearTimeout(timer));
    }

    /** Sends `code` to the local grader (to save into the learner's file at version `base`,
     * in a workspace); resolves to an answer for `grade`. */
    async function checkLocal(token, spec, code, base, retried = false) {
        let response;
        const request = base === undefined ? { id: spec.id, code } : { id: spec.id, code, base };
        try {
            response = await fetchWithin('/__grader/check', {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-Grader-Token': token },
                body: JSON.stringify(request),
                credentials: 'same-origin',
            }, 120000);
        } catch (e) {
            return { error: `The local grader did not answer (${e.message || e}); is \`grader serve\` still running?` };
        }
        if (response.status === 403 && !retried) {
            // The server restarted with a new token: ask again once.
            session = null;
            const fresh = await findLocal();
            if (fresh) return checkLocal(fresh, spec, code, base, true);
        }
        if (response.status === 503) return { error: BUSY.local };
        // A conflict (the file changed on disk) or a file that cannot be saved: the grader's words.
        if (response.status === 409 || (response.status === 500 && base !== undefined)) {
            return { error: await response.text(), conflict: response.status === 409 };
        }
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
            // A panic whose source the exercise traces is judged from its backtrace.
            backtrace: !!(spec.rules && spec.rules.panic_source),
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
        return { backend: 'playground', reply, code };
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

    /** The stored progress: `{passed: {id: page}, code: {id: text}, hints: {id: n}, pages: {page: n}}`,
     * and in a workspace the edits not yet saved into the learner's file, `drafts: {id: {base, code}}`,
     * and those from before the file changed on disk, offered back, `kept: {id: code}`, and the
     * page of each exercise seen, `seen: {id: page}`, to mark chapters from the workspace's progress. */
    function load() {
        let data = null;
        try {
            data = JSON.parse(localStorage.getItem(STORE_KEY) || 'null');
        } catch (e) {
            data = null;
        }
        data = data && typeof data === 'object' ? data : {};
        for (const key of ['passed', 'code', 'hints', 'pages', 'drafts', 'kept', 'seen']) {
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

    // ---------------------------------------------------------------- the learner's workspace

    /** Each exercise's file as last loaded from or saved into the workspace, by id:
     * `{file, header, code, first_line, version, state, passed_once}`. */
    const files = {};

    /** While the page itself puts code in an editor (not an edit of the learner's). */
    let loading = false;

    /** Asks the workspace for the files of `ids` and the progress of every exercise; resolves
     * to `{exercises: {id: file}, progress: {id: {state, passed_once}}}`, or null when it cannot
     * answer. */
    async function fetchWorkspace(ids, retried = false) {
        const token = await findLocal();
        if (!token) return null;
        let response;
        try {
            response = await fetchWithin(`/__grader/workspace?ids=${ids.map(encodeURIComponent).join(',')}`, {
                cache: 'no-store',
                credentials: 'same-origin',
                headers: { 'X-Grader-Token': token },
            }, 20000);
        } catch (e) {
            return null;
        }
        if (response.status === 403 && !retried) {
            session = null;
            return fetchWorkspace(ids, true);
        }
        if (!response.ok) return null;
        const body = await response.json().catch(() => null);
        return body && body.exercises && typeof body.exercises === 'object' ? body : null;
    }

    /** The note above the editor saying which file it edits, made once. */
    function fileNote(container) {
        let note = container.querySelector('.exercise-file');
        if (!note) {
            note = document.createElement('div');
            note.className = 'exercise-file';
            const pre = container.querySelector(':scope > pre');
            if (pre) pre.before(note);
            else container.prepend(note);
        }
        return note;
    }

    /** Shows `file`'s header read-only above the editor, and which file the editor edits. */
    function showFile(container, file) {
        const note = fileNote(container);
        for (const old of note.querySelectorAll('.exercise-file-path, .exercise-file-header')) old.remove();
        const where = document.createElement('p');
        where.className = 'exercise-file-path';
        const name = document.createElement('code');
        name.textContent = file.file;
        const command = document.createElement('code');
        command.textContent = 'grader check';
        where.append('Your file ', name, ' from your workspace: Check saves this code into it and grades it, as ', command, ' does.');
        note.prepend(where);
        if (file.header) {
            const details = document.createElement('details');
            details.className = 'exercise-file-header';
            const summary = document.createElement('summary');
            summary.textContent = `Lines 1–${file.first_line - 1}: the file's header (read-only here, not graded)`;
            const pre = document.createElement('pre');
            pre.textContent = file.header.replace(/\n$/, '');
            details.append(summary, pre);
            where.after(details);
        }
    }

    /** Says, above the editor, that the file changed on disk while the editor holds other edits. */
    function showChangedOnDisk(container, file) {
        const note = fileNote(container);
        let warning = note.querySelector('.exercise-file-changed');
        if (!warning) {
            warning = document.createElement('p');
            warning.className = 'exercise-file-changed';
            warning.setAttribute('role', 'alert');
            note.append(warning);
        }
        warning.textContent = `${file.file} changed on disk since this page loaded it, and the code here has edits of its own. Check will not overwrite the file (it keeps the code here in .grader/backups/); reload the page to load the file as it is now.`;
    }

    /**
     * Offers edits made in the page and never checked, from before the file last changed on
     * disk: the editor shows the file, and a button puts those edits back (Check then saves them,
     * keeping the file's version in a backup). They stay stored until then.
     */
    function offerDraft(container, spec, file, code) {
        const note = fileNote(container);
        const offer = document.createElement('p');
        offer.className = 'exercise-file-draft';
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'exercise-file-restore';
        button.textContent = 'Put those edits in the editor';
        button.addEventListener('click', () => {
            setCode(container, code);
            offer.remove();
            update(d => {
                delete d.kept[spec.id];
            });
        });
        offer.append(`This page kept edits you made here and did not check, from before ${file.file} last changed on disk; the editor shows the file. `, button);
        note.append(offer);
    }

    /** The number of the editor's first line in the learner's file (1 outside a workspace). */
    function firstLine(container) {
        return Number(container.dataset.firstLine || 1);
    }

    /** Numbers the editor's lines from `n`, as the file's lines are numbered. */
    function setFirstLine(container, n) {
        container.dataset.firstLine = String(n);
        const editor = editorOf(starterCode(container));
        if (editor) editor.session.setOption('firstLineNumber', n);
    }

    /** Shows the workspace's progress on `file`'s exercise: passed (now or before) or not. */
    function showProgress(container, spec, file) {
        const passed = file.state === 'solved' || file.passed_once;
        container.classList.toggle('exercise-passed', passed);
        if (file.state === 'solved') container.dataset.status = 'pass';
        else if (passed) container.dataset.status = 'fail';
        else delete container.dataset.status;
        if (passed) offerSolution(container);
        update(data => {
            if (passed) data.passed[spec.id] = pageKey(location.href);
            else delete data.passed[spec.id];
        });
    }

    /** Clears the result shown, e.g. once the file it was about changed. */
    function clearResult(container) {
        const result = container.querySelector('.exercise-result');
        result.hidden = true;
        result.replaceChildren();
        delete result.dataset.status;
        markLines(container, []);
    }

    /**
     * Puts the learner's `file` in the exercise. On the first load, edits made here and not yet
     * saved (a draft based on this very version) come back; later (the page shown again), the
     * editor takes the file's new code only if it holds no edits of its own, and otherwise says
     * the file changed on disk.
     */
    function applyFile(container, spec, file, first) {
        const known = files[spec.id];
        const edited = known && currentCode(container) !== known.code;
        const changed = !known || known.version !== file.version || known.state !== file.state;
        files[spec.id] = file;
        showFile(container, file);
        setFirstLine(container, file.first_line);
        loading = true;
        try {
            if (first) {
                const stored = load();
                const draft = stored.drafts[spec.id];
                const usable = draft && typeof draft.code === 'string' && draft.code !== file.code;
                const mine = usable && draft.base === file.version;
                setCode(container, mine ? draft.code : file.code);
                const old = usable && !mine ? draft.code : stored.kept[spec.id];
                update(d => {
                    if (!mine) delete d.drafts[spec.id];
                    if (typeof old === 'string' && old !== file.code) d.kept[spec.id] = old;
                    else delete d.kept[spec.id];
                });
                if (typeof old === 'string' && old !== file.code) offerDraft(container, spec, file, old);
            } else if (!edited) {
                if (currentCode(container) !== file.code) setCode(container, file.code);
            } else if (known.version !== file.version) {
                showChangedOnDisk(container, file);
            }
        } finally {
            loading = false;
        }
        if (changed && !first) clearResult(container);
        showProgress(container, spec, file);
    }

    /** Loads the workspace's files and progress into the page's exercises (`[container, spec]`). */
    async function loadWorkspace(exercises, first) {
        const got = await fetchWorkspace(exercises.map(([, spec]) => spec.id));
        if (!got) return;
        for (const [container, spec] of exercises) {
            if (got.exercises[spec.id]) applyFile(container, spec, got.exercises[spec.id], first);
        }
        // The other chapters' marks: passes recorded in the workspace, on the pages seen.
        const progress = got.progress && typeof got.progress === 'object' ? got.progress : {};
        update(data => {
            for (const [id, page] of Object.entries(data.seen)) {
                const p = progress[id];
                if (!p || exercises.some(([, spec]) => spec.id === id)) continue;
                if (p.state === 'solved' || p.passed_once) data.passed[id] = page;
                else delete data.passed[id];
            }
        });
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

    /**
     * Sets up the starter's editor for checking: line numbers in its margin (verdicts name
     * lines), and room between the code and the editor's edges.
     */
    function setUpEditor(editor) {
        editor.setOptions({ showGutter: true, showLineNumbers: true, showFoldWidgets: false, highlightGutterLine: false });
        editor.renderer.setPadding(10);
        editor.renderer.setScrollMargin(8, 8, 0, 0);
    }

    /** The line marks each editor shows (Ace marker ids), to remove them again. */
    const lineMarks = new WeakMap();

    /**
     * Marks lines of the starter's editor, `[{line, kind: 'reported'|'expected', text}]`: a
     * tinted line and a margin icon whose tooltip is `text`. No marks clears them.
     */
    function markLines(container, marks) {
        const editor = editorOf(starterCode(container));
        if (!editor) return;
        const session = editor.session;
        for (const id of lineMarks.get(session) || []) session.removeMarker(id);
        const ids = [];
        const annotations = [];
        const Range = window.ace.require('ace/range').Range;
        const first = firstLine(container);
        for (const mark of marks) {
            const row = mark.line - first;
            if (!(row >= 0 && row < session.getLength())) continue;
            ids.push(session.addMarker(new Range(row, 0, row, 1), `exercise-line-${mark.kind}`, 'fullLine'));
            annotations.push({ row, column: 0, text: mark.text, type: mark.kind === 'reported' ? 'error' : 'info' });
        }
        lineMarks.set(session, ids);
        session.setAnnotations(annotations);
    }

    /** The lines a verdict points at, as marks for the editor. */
    function marksOf(verdict) {
        if (verdict.pin) {
            const { code, line, reported } = verdict.pin;
            return [
                { line, kind: 'expected', text: `The exercise expects ${code} on this line.` },
                ...reported.map(l => ({ line: l, kind: 'reported', text: `rustc reported ${code} on this line.` })),
            ];
        }
        if (verdict.line) return [{ line: verdict.line, kind: 'reported', text: 'rustc reported an error on this line.' }];
        // Errors with a code: the line each points at (its primary span), once per line.
        const marks = [];
        for (const e of parseCargoStderr(verdict.diagnostics || '').errors) {
            if (!e.code || e.line === null || marks.some(m => m.line === e.line)) continue;
            marks.push({ line: e.line, kind: 'reported', text: `rustc reported ${e.code} on this line: ${e.message}` });
        }
        return marks;
    }

    /** Puts `text` in the starter's editor. */
    function setCode(container, text) {
        const code = starterCode(container);
        const editor = editorOf(code);
        if (editor) editor.setValue(text, 1);
        else if (code) code.textContent = text;
    }

    /** Shows a verdict in the result region and sets its `data-status`; `saved`: the learner's
     * file it was saved into, in a workspace. */
    function show(container, spec, verdict, backend, saved = null) {
        const result = container.querySelector('.exercise-result');
        result.hidden = false;
        result.replaceChildren();
        const head = document.createElement('p');
        head.className = 'exercise-result-head';
        const label = document.createElement('strong');
        label.textContent = { pass: 'Passed', fail: 'Not yet', error: 'Could not check' }[verdict.status];
        head.append(label, ': ', verdict.message);
        result.append(head);
        if (verdict.status === 'fail' && verdict.credit) {
            const credit = document.createElement('p');
            credit.className = 'exercise-result-credit';
            credit.textContent = verdict.credit.text;
            result.append(credit);
        }
        // A missed pin is said once, by the message; the editor marks both lines.
        const pin = verdict.pin;
        if (verdict.status === 'fail' && spec.expect.kind === 'compile-fail' && !pin) {
            const codes = document.createElement('p');
            codes.className = 'exercise-result-codes';
            codes.textContent = `Expected: ${[...spec.expect.codes].sort().join(', ')} · rustc reported: ${verdict.codes.length ? verdict.codes.join(', ') : 'no error code'}`;
            result.append(codes);
        }
        if (pin || verdict.line) {
            const line = document.createElement('p');
            line.className = 'exercise-result-line';
            line.textContent = pin
                ? 'The editor marks these lines.'
                : `See line ${verdict.line}.`;
            result.append(line);
        }
        markLines(container, verdict.status === 'fail' ? marksOf(verdict) : []);
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
        if (saved) {
            by.textContent = `Saved into ${saved.file} and checked by the local grader; recorded in your workspace's progress.`;
            if (saved.backup) by.textContent += ` The file's previous version is kept in ${saved.backup}.`;
        }
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
        markLines(container, []);
        const code = currentCode(container);
        const local = await findSession();
        const token = local ? local.token : null;
        const backend = token ? 'local' : 'playground';
        const file = local && local.workspace ? files[spec.id] : undefined;
        let answer;
        try {
            answer = token
                ? await checkLocal(token, spec, code, file ? file.version : undefined)
                : await checkPlayground(container.dataset.playgroundUrl, spec, code);
        } catch (e) {
            answer = { error: `The check failed: ${e.message || e}` };
        }
        const saved = answer.verdict && answer.verdict.workspace;
        if (saved) {
            files[spec.id] = saved;
            setFirstLine(container, saved.first_line);
            showFile(container, saved);
            update(d => { delete d.drafts[spec.id]; });
            const warning = container.querySelector('.exercise-file-changed');
            if (warning) warning.remove();
        }
        let verdict = grade(spec, answer);
        if (backend === 'playground' && verdict.status === 'pass' && spec.rules && spec.rules.checks) {
            verdict = await checksOnPlayground(container.dataset.playgroundUrl, spec, code, verdict);
        }
        result.removeAttribute('aria-busy');
        show(container, spec, verdict, backend, saved || null);
        button.disabled = false;
        if (saved) showProgress(container, spec, saved);
        if (verdict.status === 'pass') {
            update(data => {
                data.passed[spec.id] = pageKey(location.href);
            });
            container.classList.add('exercise-passed');
            offerSolution(container);
        }
    }

    /** Runs the exercise's hidden checks on `code` through the Playground, as a second program
     * whose `main` runs them; resolves to `verdict` (a pass) or the verdict they give. */
    async function checksOnPlayground(url, spec, code, verdict) {
        const grading = window.mdbookExercisesGrading;
        const bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        const nonce = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
        const program = grading.checksProgram(spec.rules.checks, code, nonce);
        if (program === null) return grading.withoutChecks(spec, verdict);
        let answer;
        try {
            answer = await checkPlayground(url, spec, program);
        } catch (e) {
            answer = { error: `The check failed: ${e.message || e}` };
        }
        return grading.withChecks(spec, verdict, answer.error ? { error: answer.error } : answer.reply, nonce, code);
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

    /** Wires one exercise block: controls, stored edits, status, hints and solution; returns
     * its spec. `inWorkspace`: the code comes from the learner's file (see `applyFile`). */
    function setUp(container, inWorkspace) {
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
        if (label) {
            label.textContent = inWorkspace
                ? 'Your code: edit it here or in your editor, then press Check (or Ctrl+Enter).'
                : 'Starter: edit it here, then press Check (or Ctrl+Enter).';
        }
        const data = load();
        if (!inWorkspace && typeof data.code[spec.id] === 'string') setCode(container, data.code[spec.id]);
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
            if (!inWorkspace) {
                update(d => {
                    delete d.code[spec.id];
                });
            }
            clearResult(container);
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
            const file = files[spec.id];
            update(d => {
                if (inWorkspace) {
                    // Edits not yet saved into the file, against the version they start from.
                    if (!file || text === file.code) delete d.drafts[spec.id];
                    else d.drafts[spec.id] = { base: file.version, code: text };
                } else if (text.trimEnd() === spec.starter.trimEnd()) delete d.code[spec.id];
                else d.code[spec.id] = text;
            });
        };
        if (editor) {
            setUpEditor(editor);
            leaveWithEscapeThenTab(container);
            editor.on('change', () => {
                // The marks of the last verdict no longer match the lines once the code changes.
                if ((lineMarks.get(editor.session) || []).length) markLines(container, []);
                if (loading) return;
                clearTimeout(timer);
                timer = setTimeout(save, 300);
            });
        }
        window.addEventListener('pagehide', () => {
            if (timer) save();
        });
        return spec;
    }

    /**
     * Lets the keyboard leave the editor, where Tab indents: Esc then Tab (or Shift+Tab) moves
     * the focus on as it does elsewhere in the page. The Tab is kept from the editor, and the
     * browser moves the focus.
     */
    function leaveWithEscapeThenTab(container) {
        let escaped = false;
        container.addEventListener('keydown', e => {
            const inEditor = e.target && e.target.classList && e.target.classList.contains('ace_text-input');
            if (!inEditor) return;
            if (e.key === 'Tab' && escaped) {
                escaped = false;
                e.stopPropagation();
                return;
            }
            escaped = e.key === 'Escape';
        }, true);
    }

    /** Says, by each exercise's buttons, which back-end checks it. */
    function showBackend() {
        findLocal().then(token => {
            for (const span of document.querySelectorAll('.exercise-backend')) {
                span.textContent = token ? 'checked by your local grader' : 'checked through the Rust Playground';
            }
        });
    }

    /** Sets up every exercise of the page and the chapter marks; in a workspace, loads the
     * learner's files, and again whenever the page is shown again. */
    async function start() {
        const blocks = Array.from(document.querySelectorAll('.exercise[data-exercise-id]'));
        const local = blocks.length ? await findSession() : null;
        const inWorkspace = !!(local && local.workspace);
        const exercises = blocks.map(c => [c, setUp(c, inWorkspace)]).filter(([, spec]) => spec);
        const ids = exercises.map(([, spec]) => spec.id);
        if (ids.length) showBackend();
        if (inWorkspace && ids.length) {
            await loadWorkspace(exercises, true);
            let pending = false;
            const again = () => {
                if (pending || document.visibilityState === 'hidden') return;
                pending = true;
                loadWorkspace(exercises, false).finally(() => {
                    pending = false;
                });
            };
            document.addEventListener('visibilitychange', again);
            window.addEventListener('focus', again);
            window.addEventListener('pageshow', e => {
                if (e.persisted) again();
            });
        }
        if (ids.length) {
            update(data => {
                const page = pageKey(location.href);
                data.pages[page] = ids.length;
                for (const id of ids) data.seen[id] = page;
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

    // For tests and other tools: the grading function and its helpers, once every exercise of
    // the page is set up.
    const ready = () => {
        window.mdbookExercises = { grade, partialCredit, parseCargoStderr, panicMessages, normaliseOutput, storeKey: STORE_KEY };
    };
    const begin = () => start().finally(ready);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
    else begin();
})();
