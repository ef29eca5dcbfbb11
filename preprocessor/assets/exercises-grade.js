// The grading function of the exercise pages, for books built with mdbook-exercises: pure
// functions that turn what a back-end answered into the verdict the page shows, exactly as
// `grader check` judges the same code. Loaded before exercises.js (which uses it); exposed as
// `window.mdbookExercisesGrading` for that script, tests and other tools.
//
// A Playground reply is graded here from cargo's output: the distinct `error[E....]` codes of
// stderr against the expected set, line pins from the `-->` lines, and for programs the exit
// status, the panic message and stdout. A fail that is partly right says how (`partly`, as the
// grader's verdict does), and earns the points the exercise's `[partial]` table gives for that.
// Plain modern JavaScript, no build step, no dependency.
// This file is written by `mdbook-exercises install`: edit preprocessor/assets/exercises-grade.js.

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
        // The first line rustc's unreachable_code lint reports (code that never runs).
        let neverRuns = null;
        let unreachable = false;
        for (const line of compiler) {
            if (/^warning: unreachable (statement|expression|call|definition|block|arm)$/.test(line)) {
                unreachable = neverRuns === null;
                current = null;
                continue;
            }
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
            if (at && unreachable) {
                if (!at[1].startsWith('/')) neverRuns = Number(at[2]);
                unreachable = false;
            }
        }
        const compiled =
            errors.length === 0 && !ice && (running >= 0 || compiler.some(l => /^\s*Finished /.test(l)));
        return { errors, compiled, ice, neverRuns, programStderr: program.join('\n') };
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

    /** `a`, `a and b`, `a, b and c`. */
    function joinAnd(items) {
        return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
    }

    /** `a`, `a and b`, `a, b and c`; `no error code` for none. */
    function listCodes(spec, codes, reported) {
        if (!codes.length) return 'no error code';
        return joinAnd(codes.map(c => describeCode(spec, c, reported)));
    }

    /** `line 5`, `lines 5 and 9`. */
    function linesText(lines) {
        return `line${lines.length === 1 ? '' : 's'} ${joinAnd(lines.map(String))}`;
    }

    /**
     * The verdict on the right code reported on other lines than the exercise pins it to, or
     * about another value than the pin names: `pin` is `{code, line, reported}` (`reported`: the
     * lines rustc gave that code, maybe none), with `about` and `only_about_others` when the pin
     * names what the error must be about.
     * The words say both lines, as `grader check` does, with what the code means. Such an
     * answer is partly right: it has the right codes, on other lines.
     */
    function wrongLine(spec, pin, codes, diagnostics, reported) {
        const where = pin.reported.length
            ? `rustc reported it on ${linesText(pin.reported)}`
            : pin.only_about_others
                ? 'rustc reported it only about other values'
                : 'rustc did not point at a line of your code';
        const about = pin.about ? ` about \`${pin.about}\`` : '';
        return {
            status: 'fail',
            codes,
            message: `expected ${describeCode(spec, pin.code, reported)}${about} on line ${pin.line}, ${where}`,
            line: pin.reported.length ? pin.reported[0] : null,
            pin,
            partly: 'codes-on-other-lines',
            diagnostics,
        };
    }

    /** How a failed answer can be partly right, as the grader's verdict says it (`partly`). */
    const PARTLY = ['compiles', 'codes-on-other-lines'];

    /**
     * The partial credit a verdict earns on the exercise of `spec`, as `grader check` gives it:
     * on a fail that is partly right, the points the spec's `[partial]` table (`spec.partial`)
     * gives for that, `{points, of, text}` where `text` is the line the page shows, e.g.
     * `Partial credit: 1 of 10 points (it compiles, but its output is not the expected one)`;
     * null on a pass, an error, or a fail worth nothing.
     */
    function partialCredit(spec, verdict) {
        if (verdict.status !== 'fail' || !PARTLY.includes(verdict.partly)) return null;
        const partial = (spec && spec.partial) || {};
        const points = verdict.partly === 'compiles' ? partial.compiles : partial.codes;
        if (!Number.isInteger(points) || points < 1) return null;
        const but = verdict.partly === 'codes-on-other-lines'
            ? 'rustc reports the expected codes, but not on the pinned lines'
            : spec.expect.kind === 'run-panic'
                ? 'it compiles, but does not panic as expected'
                : 'it compiles, but its output is not the expected one';
        return { points, of: spec.points, text: `Partial credit: ${points} of ${spec.points} points (${but})` };
    }

    // ---- The rules of honest grading, as grader::rules applies them (tested under Node against
    // cases the Rust implementation writes: tests/e2e/page/rules.rs). ----

    /** The tokens of a Rust source as grader::rules sees them: `{text, line}`, comments and
     * whitespace left out, a literal one token, each punctuation character and delimiter a token
     * of its own, `r#` dropped from raw identifiers. Null when the source does not lex (an
     * unterminated string or comment, an unbalanced bracket). */
    function rustTokens(source) {
        const s = String(source || '');
        const out = [];
        const stack = [];
        let i = 0;
        let line = 1;
        const isIdentStart = c => /[\p{L}_]/u.test(c);
        const isIdent = c => /[\p{L}\p{N}_]/u.test(c);
        const advance = to => {
            for (let k = i; k < to; k++) if (s[k] === '\n') line++;
            i = to;
        };
        while (i < s.length) {
            const c = s[i];
            if (c === '\n') { line++; i++; continue; }
            if (/\s/.test(c)) { i++; continue; }
            if (c === '/' && s[i + 1] === '/') {
                const end = s.indexOf('\n', i);
                i = end === -1 ? s.length : end;
                continue;
            }
            if (c === '/' && s[i + 1] === '*') {
                let depth = 0;
                let k = i;
                while (k < s.length) {
                    if (s[k] === '/' && s[k + 1] === '*') { depth++; k += 2; continue; }
                    if (s[k] === '*' && s[k + 1] === '/') { depth--; k += 2; if (depth === 0) break; continue; }
                    k++;
                }
                if (depth !== 0) return null;
                advance(k);
                continue;
            }
            const start = i;
            const startLine = line;
            const push = end => { out.push({ text: s.slice(start, end), line: startLine }); advance(end); };
            // Raw strings: r"..", r#".."#, br"..", cr"..".
            const raw = /^(?:b|c)?r(#*)"/.exec(s.slice(i, i + 300));
            if (raw) {
                const close = '"' + raw[1];
                const end = s.indexOf(close, i + raw[0].length);
                if (end === -1) return null;
                let k = end + close.length;
                while (k < s.length && isIdent(s[k])) k++;
                push(k);
                continue;
            }
            if (c === '"' || ((c === 'b' || c === 'c') && s[i + 1] === '"')) {
                let k = c === '"' ? i + 1 : i + 2;
                while (k < s.length && s[k] !== '"') k += s[k] === '\\' ? 2 : 1;
                if (k >= s.length) return null;
                k++;
                while (k < s.length && isIdent(s[k])) k++;
                push(k);
                continue;
            }
            if (c === '\'' || (c === 'b' && s[i + 1] === '\'')) {
                const q = c === '\'' ? i : i + 1;
                // A character literal: one (possibly escaped) character and a closing quote;
                // otherwise a lifetime, whose quote is a punctuation token of its own.
                const m = /^'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F_]{1,8}\}|.)|[^\\'\n])'/su.exec(s.slice(q, q + 16));
                if (m) {
                    let k = q + m[0].length;
                    while (k < s.length && isIdent(s[k])) k++;
                    push(k);
                    continue;
                }
                if (c === '\'') {
                    out.push({ text: '\'', line });
                    i++;
                    continue;
                }
            }
            if (/[0-9]/.test(c)) {
                let k = i + 1;
                while (k < s.length) {
                    if (isIdent(s[k])) { k++; continue; }
                    if ((s[k] === '+' || s[k] === '-') && /[eE]/.test(s[k - 1]) && !/^0[xX]/.test(s.slice(i, k))) { k++; continue; }
                    if (s[k] === '.' && s[k + 1] !== '.' && !isIdentStart(s[k + 1] || ' ')) { k++; continue; }
                    break;
                }
                push(k);
                continue;
            }
            if (isIdentStart(c)) {
                let k = i + 1;
                while (k < s.length && isIdent(s[k])) k++;
                let text = s.slice(i, k);
                if (text === 'r' && s[k] === '#' && isIdentStart(s[k + 1] || ' ')) {
                    let m = k + 1;
                    while (m < s.length && isIdent(s[m])) m++;
                    text = s.slice(k + 1, m);
                    k = m;
                }
                out.push({ text, line, at: i });
                i = k;
                continue;
            }
            if ('([{'.includes(c)) stack.push(c);
            if (')]}'.includes(c)) {
                const open = stack.pop();
                if (open !== { ')': '(', ']': '[', '}': '{' }[c]) return null;
            }
            out.push({ text: c, line });
            i++;
        }
        return stack.length ? null : out;
    }

    /** Where `pattern` first occurs in `tokens` as a run of consecutive tokens, or -1. */
    function findTokens(tokens, pattern) {
        if (!pattern.length || pattern.length > tokens.length) return -1;
        outer: for (let i = 0; i + pattern.length <= tokens.length; i++) {
            for (let k = 0; k < pattern.length; k++) if (tokens[i + k].text !== pattern[k].text) continue outer;
            return i;
        }
        return -1;
    }

    /** The top-level token trees of `tokens`: a group from its opening to its closing delimiter,
     * or one token. */
    function topTrees(tokens) {
        const trees = [];
        let depth = 0;
        let current = [];
        for (const t of tokens) {
            current.push(t);
            if ('([{'.includes(t.text) && t.text.length === 1) depth++;
            else if (')]}'.includes(t.text) && t.text.length === 1) depth--;
            if (depth === 0) { trees.push(current); current = []; }
        }
        return trees;
    }

    const ENDS_AT_SEMICOLON = ['static', 'const', 'type', 'use', 'let'];
    const NAMED = ['fn', 'struct', 'enum', 'union', 'trait', 'mod', 'static', 'const', 'type'];

    function itemKeyword(trees) {
        const words = trees.filter(t => t.length === 1).map(t => t[0].text);
        const qualifier = w => ['unsafe', 'async', 'extern'].includes(w) || w.startsWith('"');
        for (let i = 0; i < words.length; i++) {
            const word = words[i];
            const next = words.slice(i + 1).find(w => !qualifier(w));
            if (['fn', 'struct', 'enum', 'union', 'trait', 'mod', 'static', 'type', 'use', 'impl', 'macro_rules', 'let'].includes(word)) return word;
            if (word === 'const') return next === 'fn' ? 'fn' : 'const';
            if (word === 'extern' && words[i + 1] === 'crate') return 'use';
            if (word === 'extern' && next === 'fn') return 'fn';
        }
        return words.includes('extern') ? 'extern' : null;
    }

    function joinWords(words) {
        const glued = w => [':', '<', '>', ',', '!', '&', '(', ')'].includes(w);
        let out = '';
        words.forEach((w, i) => {
            if (i > 0 && !glued(w) && !glued(words[i - 1])) out += ' ';
            out += w;
        });
        return out;
    }

    function itemOf(trees) {
        const k = itemKeyword(trees);
        const singles = trees.filter(t => t.length === 1).map(t => t[0].text);
        let name;
        if (k && NAMED.includes(k)) {
            let after = singles.slice(singles.indexOf(k) + 1);
            while (after[0] === 'mut') after = after.slice(1);
            const prefix = k === 'static' && singles.includes('mut') ? 'static mut' : k;
            name = `${prefix} ${after[0] || '?'}`;
        } else if (k === 'macro_rules') {
            const bang = singles.indexOf('!');
            name = `macro_rules! ${(bang >= 0 && singles[bang + 1]) || '?'}`;
        } else if (k === 'impl' || k === 'use') {
            const words = trees.flat().map(t => t.text);
            const from = words.indexOf(k);
            const rest = [];
            for (const w of words.slice(from)) { if (w === '{' || w === ';') break; rest.push(w); }
            name = joinWords(rest);
        } else {
            name = k || '?';
        }
        return { name, tokens: trees.flat() };
    }

    /** The top-level items of a source, as grader::rules names them, or null. */
    function rustItems(source) {
        const tokens = rustTokens(source);
        if (!tokens) return null;
        const items = [];
        let current = [];
        for (const tree of topTrees(tokens)) {
            const semicolon = tree.length === 1 && tree[0].text === ';';
            const brace = tree[0] && tree[0].text === '{';
            current.push(tree);
            const k = itemKeyword(current);
            if (semicolon || (brace && !ENDS_AT_SEMICOLON.includes(k))) {
                items.push(itemOf(current));
                current = [];
            }
        }
        if (current.length) items.push(itemOf(current));
        return items;
    }

    /** Every item defined anywhere in `tokens` (inside bodies too), as grader::rules finds
     * them: `[name, line]`, a keyword followed by a name. */
    function definedAnywhere(tokens) {
        const KEYWORDS = ['fn', 'struct', 'enum', 'union', 'trait', 'mod', 'static', 'const', 'type'];
        const isName = t => /^[\p{L}_]/u.test(t.text) && t.text !== 'mut';
        const out = [];
        tokens.forEach((t, i) => {
            if (!KEYWORDS.includes(t.text)) return;
            const before = i > 0 ? tokens[i - 1].text : null;
            if (before === '*' || before === '\'' || before === '&') return;
            let k = i + 1;
            let name = t.text;
            if (t.text === 'static' && tokens[k] && tokens[k].text === 'mut') { name = 'static mut'; k++; }
            if (tokens[k] && isName(tokens[k])) out.push([`${name} ${tokens[k].text}`, t.line]);
        });
        return out;
    }

    const itemIsNamed = (item, wanted) => item.name === wanted || item.name.split(' ').pop() === wanted;

    /** Where `pattern` occurs in `tokens`, without overlaps, in order. */
    function occurrences(tokens, pattern) {
        const out = [];
        let from = 0;
        while (pattern.length) {
            const at = findTokens(tokens.slice(from), pattern);
            if (at < 0) break;
            out.push(from + at);
            from += at + pattern.length;
        }
        return out;
    }

    const ruleRuns = r => [r.tokens, ...(r.or || [])];

    /** A forbidden run past its allowed number, as grader::rules gives it, or null. */
    function forbidBreach(r, all) {
        const found = [];
        for (const run of ruleRuns(r)) {
            for (const at of occurrences(all, rustTokens(run) || [])) found.push([at, run]);
        }
        found.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
        const hit = found[r.at_most || 0];
        if (!hit) return null;
        const b = { rule: 'forbid', what: hit[1], line: all[hit[0]].line, reason: r.reason };
        if (r.at_most) b.limit = r.at_most;
        return b;
    }

    /** A required run missing from the code that counts (`counted`, lists of tokens), as
     * grader::rules gives it, or null. */
    function requireBreach(r, all, counted) {
        const wanted = r.at_least === undefined || r.at_least === null ? 1 : r.at_least;
        let count = 0;
        let anywhere = 0;
        for (const run of ruleRuns(r)) {
            const pattern = rustTokens(run) || [];
            for (const item of counted) count += occurrences(item, pattern).length;
            anywhere += occurrences(all, pattern).length;
        }
        if (count >= wanted) return null;
        const b = { rule: 'require', what: r.tokens, line: null, reason: r.reason };
        if (r.at_least > 1) b.limit = r.at_least;
        if ((r.or || []).length) b.alternatives = r.or.slice();
        if (anywhere >= wanted) b.unused_only = true;
        return b;
    }

    /** The names that make an item count once code that runs mentions them (as
     * grader::rules's `Item::names`). */
    function itemNames(item) {
        // `impl<'a> Drop for Label<'a>`: the keyword ends at a space or at its generics.
        const keyword = item.name.split(/[ <]/)[0];
        const functions = () => {
            const out = [];
            for (let i = 0; i + 1 < item.tokens.length; i++) if (item.tokens[i].text === 'fn') out.push(item.tokens[i + 1].text);
            return out;
        };
        const bare = item.name.split(' ').pop();
        if (keyword === 'use') return [];
        if (keyword === 'impl') {
            const header = [];
            for (const t of item.tokens) {
                if (t.text === '{') break;
                if (/^[\p{L}_]/u.test(t.text) && !['impl', 'for', 'where', 'dyn', 'unsafe'].includes(t.text)) header.push(t.text);
            }
            return [...header, ...functions()];
        }
        if (keyword === 'trait') return [bare, ...functions()];
        return [bare];
    }

    const NESTED_NAMED = ['fn', 'struct', 'enum', 'union', 'trait', 'const', 'static', 'type', 'mod'];
    const isIdent = text => /^[\p{L}_]/u.test(text);

    /** Whether `tokens[i]` can start an item (as grader::rules's nested `item_start`). */
    function itemStart(tokens, i) {
        const qualifier = t => ['pub', 'unsafe', 'async', 'extern', 'const', 'default'].includes(t) || t.startsWith('"');
        let k = i;
        while (k > 0 && qualifier(tokens[k - 1].text)) k--;
        return k === 0 || [';', '{', '}', ']'].includes(tokens[k - 1].text);
    }

    /** How many tokens the item starting at `tokens[from]` takes (as grader::rules). */
    function itemExtent(tokens, from) {
        let open = 0;
        let braces = 0;
        for (let i = from; i < tokens.length; i++) {
            const t = tokens[i].text;
            if (t === '(' || t === '[') open++;
            else if (t === ')' || t === ']') open = Math.max(open - 1, 0);
            else if (t === ';' && open === 0 && braces === 0) return i + 1 - from;
            else if (t === '{') braces++;
            else if (t === '}') {
                braces = Math.max(braces - 1, 0);
                if (braces === 0) return i + 1 - from;
            }
        }
        return tokens.length - from;
    }

    /** The items defined inside the function bodies of one item's `tokens`, as
     * `{names, start, end}`, outermost first (as grader::rules's `nested_items`). */
    function nestedItems(tokens) {
        const out = [];
        const braces = [];
        let pending = null;
        let open = 0;
        for (let i = 0; i < tokens.length; i++) {
            const text = tokens[i].text;
            const inBody = braces.length ? braces[braces.length - 1] : false;
            if (text === '(' || text === '[') open++;
            else if (text === ')' || text === ']') open = Math.max(open - 1, 0);
            else if (text === ';' && open === 0) pending = null;
            else if (text === '{') { braces.push(pending === null ? inBody : pending); pending = null; open = 0; }
            else if (text === '}') braces.pop();
            const next = tokens[i + 1] ? tokens[i + 1].text : null;
            const startsItem = itemStart(tokens, i);
            if (text === 'fn' && next !== null && isIdent(next)) { pending = true; open = 0; }
            else if (startsItem && ['impl', 'trait', 'mod'].includes(text)) { pending = false; open = 0; }
            if (!inBody || !startsItem) continue;
            let names;
            if (NESTED_NAMED.includes(text)) {
                const name = tokens.slice(i + 1).map(t => t.text).find(t => t !== 'mut');
                if (name === undefined || !isIdent(name) || name === 'fn') continue;
                names = [name];
            } else if (text === 'impl') {
                const end = i + itemExtent(tokens, i);
                names = [];
                for (let k = i; k < end && tokens[k].text !== '{'; k++) {
                    const t = tokens[k].text;
                    if (isIdent(t) && !['impl', 'for', 'where', 'dyn', 'unsafe'].includes(t)) names.push(t);
                }
                for (let k = i; k + 1 < end; k++) if (tokens[k].text === 'fn') names.push(tokens[k + 1].text);
            } else {
                continue;
            }
            out.push({ names, start: i, end: i + itemExtent(tokens, i) });
        }
        return out;
    }

    /** The functions of an inherent `impl` (not a trait's impl), whose tokens are `tokens`, as
     * `{names, start, end}` (as grader::rules's `inherent_functions`). */
    function inherentFunctions(tokens) {
        const header = [];
        for (const t of tokens) { if (t.text === '{') break; header.push(t.text); }
        if (!header.includes('impl') || header.includes('for')) return [];
        const out = [];
        let depth = 0;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i].text;
            if (t === '{') depth++;
            else if (t === '}') depth = Math.max(depth - 1, 0);
            else if (t === 'fn' && depth === 1 && itemStart(tokens, i) && tokens[i + 1] && isIdent(tokens[i + 1].text)) {
                out.push({ names: [tokens[i + 1].text], start: i, end: i + itemExtent(tokens, i) });
            }
        }
        return out;
    }

    /** The tokens that count for required runs, as lists (as grader::rules): those of the items
     * reachable from `main`, less the items nested in function bodies and the functions of
     * inherent impls that nothing mentions. */
    function countedItems(items) {
        const notUse = i => !i.name.startsWith('use ');
        if (!items.some(i => i.name === 'fn main')) return items.filter(notUse).map(i => i.tokens);
        const nested = items.map(i => [...nestedItems(i.tokens), ...inherentFunctions(i.tokens)].sort((a, b) => a.start - b.start));
        const live = items.map(i => i.name === 'fn main' || i.name === '?' || i.name === 'extern');
        const nestedLive = nested.map(n => n.map(() => false));
        const inDead = (k, at) => nested[k].some((n, j) => !nestedLive[k][j] && at >= n.start && at < n.end);
        for (;;) {
            const mentioned = new Set();
            items.forEach((i, k) => {
                if (live[k]) i.tokens.forEach((t, at) => { if (!inDead(k, at)) mentioned.add(t.text); });
            });
            let grew = false;
            items.forEach((i, k) => {
                if (!live[k] && itemNames(i).some(n => mentioned.has(n))) { live[k] = true; grew = true; }
                if (!live[k]) return;
                nested[k].forEach((n, j) => {
                    if (!nestedLive[k][j] && n.names.some(x => mentioned.has(x))) { nestedLive[k][j] = true; grew = true; }
                });
            });
            if (!grew) break;
        }
        const out = [];
        items.forEach((i, k) => {
            if (!live[k] || !notUse(i)) return;
            let from = 0;
            nested[k].forEach((n, j) => {
                if (nestedLive[k][j] || n.start < from) return;
                out.push(i.tokens.slice(from, n.start));
                from = n.end;
            });
            out.push(i.tokens.slice(from));
        });
        return out;
    }

    const REGION_START = '// region: edit';
    const REGION_END = '// endregion';

    /** The lines of the edit-region markers of `source`, paired, or null (as grader::rules). */
    function regionMarkers(source) {
        const out = [];
        const lines = String(source || '').split('\n');
        for (let i = 0; i < lines.length; i++) {
            const t = lines[i].replace(/\r$/, '').trim();
            const want = out.length % 2 === 0 ? REGION_START : REGION_END;
            const other = out.length % 2 === 0 ? REGION_END : REGION_START;
            if (t === want) out.push(i + 1);
            else if (t === other) return null;
        }
        return out.length % 2 === 0 ? out : null;
    }

    /** The tokens of `source` outside its regions, one list per stretch between them. */
    function outsideRegions(source, marks) {
        const all = rustTokens(source);
        if (!all) return null;
        const bounds = [0, ...marks, Infinity];
        const out = [];
        for (let k = 0; k < bounds.length; k += 2) out.push(all.filter(t => t.line > bounds[k] && t.line < bounds[k + 1]));
        return out;
    }

    /** How `answer` breaks the code outside `starter`'s edit regions: undefined when it does
     * not, else the first changed line (null when the markers are gone or it cannot be said). */
    function regionBreach(starter, answer) {
        const marks = regionMarkers(starter);
        const before = marks && outsideRegions(starter, marks);
        if (!before) return undefined;
        const now = regionMarkers(answer);
        if (!now || now.length !== before.length * 2 - 2) return null;
        const got = outsideRegions(answer, now);
        if (!got) return undefined;
        for (let k = 0; k < before.length; k++) {
            const n = Math.min(before[k].length, got[k].length);
            for (let i = 0; i < n; i++) if (before[k][i].text !== got[k][i].text) return got[k][i].line;
            if (before[k].length !== got[k].length) {
                const t = got[k][n] || got[k][got[k].length - 1];
                return t ? t.line : null;
            }
        }
        return undefined;
    }

    /** The first rule of `rules` (`{forbid, require, scope}`) that `source` breaks, as
     * grader::rules::Breach (`{rule, what, line, reason}`), or null. */
    function ruleBreach(rules, starter, source) {
        if (!rules) return null;
        const all = rustTokens(source);
        if (!all) return null;
        for (const r of rules.forbid || []) {
            const b = forbidBreach(r, all);
            if (b) return b;
        }
        if ((rules.require || []).length) {
            const items = rustItems(source);
            if (!items) return null;
            const counted = countedItems(items);
            for (const r of rules.require) {
                const b = requireBreach(r, all, counted);
                if (b) return b;
            }
        }
        const scope = rules.scope;
        if (!scope) return null;
        const before = rustItems(starter);
        const now = rustItems(source);
        if (!before || !now) return null;
        const breach = (rule, what, line) => ({ rule, what, line, reason: scope.reason });
        if (scope.keep_outside_regions) {
            const line = regionBreach(starter, source);
            if (line !== undefined) return breach('region', 'the code outside the edit regions', line);
        }
        for (const wanted of scope.keep || []) {
            const kept = before.find(i => itemIsNamed(i, wanted));
            if (!kept) continue;
            const answer = now.find(i => i.name === kept.name);
            if (!answer) return breach('keep', kept.name, null);
            let line = null;
            const n = Math.min(kept.tokens.length, answer.tokens.length);
            for (let k = 0; k < n; k++) {
                if (kept.tokens[k].text !== answer.tokens[k].text) { line = answer.tokens[k].line; break; }
            }
            if (line === null && kept.tokens.length !== answer.tokens.length) {
                const t = answer.tokens[Math.max(n - 1, 0)];
                line = t ? t.line : null;
            }
            if (line !== null) return breach('keep', kept.name, line);
        }
        if (scope.new_items === false) {
            const added = now.find(a => !a.name.startsWith('use ') && !before.some(b => b.name === a.name));
            if (added) return breach('new-item', added.name, added.tokens[0] ? added.tokens[0].line : 1);
            const had = definedAnywhere(rustTokens(starter) || []);
            const nested = definedAnywhere(all).find(([n]) => !had.some(([b]) => b === n));
            if (nested) return breach('new-item', nested[0], nested[1]);
        }
        return null;
    }

    /** Whether `rules` (the spec's) holds no rule at all, as grader::rules::Rules::is_empty. */
    function rulesEmpty(rules) {
        return !rules || (!(rules.forbid || []).length && !(rules.require || []).length && !rules.scope
            && !rules.panic_source && !rules.checks);
    }

    const NEVER_RUNS_REASON = 'code that never runs is never checked by rustc either: the program must reach the code the exercise is about (no `return`, `exit`, `panic!` or endless loop before it)';

    /** The first `allow(...)`/`expect(...)` naming a lint that reports code that never runs, as
     * `[what, line]`, or null (as grader::rules's lints). */
    function silencedLint(tokens) {
        for (let i = 0; i + 1 < tokens.length; i++) {
            const t = tokens[i];
            if (!['allow', 'expect'].includes(t.text) || tokens[i + 1].text !== '(') continue;
            let depth = 0;
            for (const inner of tokens.slice(i + 1)) {
                if (inner.text === '(') depth++;
                else if (inner.text === ')') { depth--; if (depth === 0) break; }
                else if (['unreachable_code', 'unused', 'warnings'].includes(inner.text)) return [`${t.text}(${inner.text})`, inner.line];
            }
        }
        return null;
    }

    /** The breach of a passing answer by code that never runs (`line`, from rustc's lint) or by
     * silencing that lint in `source`, or null. */
    function neverRunsBreach(line, source) {
        if (line !== null && line !== undefined) return { rule: 'never-runs', what: '', line, reason: NEVER_RUNS_REASON };
        const tokens = rustTokens(source);
        const hit = tokens && silencedLint(tokens);
        return hit ? { rule: 'silenced', what: hit[0], line: hit[1], reason: NEVER_RUNS_REASON } : null;
    }

    /** The verdict's message for a breach, word for word as grader::rules::Breach::message. */
    function breachMessage(b) {
        const at = b.line ? ` (line ${b.line})` : '';
        const times = n => (n === 1 ? 'once' : `${n} times`);
        let required = `the answer must use \`${b.what}\``;
        for (const other of b.alternatives || []) required += ` or \`${other}\``;
        if (b.limit) required += ` at least ${times(b.limit)}`;
        if (b.unused_only) required += ' in code that runs (not only in `use` lines or in items that nothing reachable from `main` uses)';
        const what = b.rule === 'forbid' ? (b.limit && b.line ? `\`${b.what}\` is allowed at most ${times(b.limit)}; once more on line ${b.line}` : `\`${b.what}\` is not allowed here${at}`)
            : b.rule === 'require' ? required
            : b.rule === 'keep' ? (b.line ? `\`${b.what}\` must stay as in the starter; it changed on line ${b.line}`
                : `\`${b.what}\` must stay as in the starter; it was removed`)
            : b.rule === 'panic-source' ? `the panic did not come from \`${b.what}\``
            : b.rule === 'never-runs' ? `line ${b.line || 0} never runs`
            : b.rule === 'silenced' ? `\`${b.what}\` is not allowed here${at}`
            : b.rule === 'region' ? (b.line ? `edit only between \`${REGION_START}\` and \`${REGION_END}\`: line ${b.line} is outside them and changed`
                : `edit only between \`${REGION_START}\` and \`${REGION_END}\`, and keep those lines`)
            : `\`${b.what}\`${at} is new: add no items to the starter`;
        return `rule: ${what}: ${b.reason}`;
    }

    // ---- Where a panic comes from and the hidden checks, as grader::rules::panic_source and
    // grader::checks give them (tested under Node against cases the Rust implementation writes:
    // tests/e2e/page/checks.rs). ----

    /** The panic reports in a program's stderr: `{message, frames}`, in order. */
    function panicReports(stderr) {
        const out = [];
        let inMessage = false;
        let inTrace = false;
        for (const line of String(stderr || '').split('\n')) {
            if (line.includes('panicked at ')) {
                out.push({ message: [], frames: [] });
                inMessage = true; inTrace = false;
            } else if (line.startsWith('stack backtrace:')) {
                inMessage = false; inTrace = true;
            } else if (line.startsWith('note: ')) {
                inMessage = false; inTrace = false;
            } else if (out.length) {
                const report = out[out.length - 1];
                if (inMessage) report.message.push(line);
                else if (inTrace) {
                    const m = /^\s*(\d+): (.*)$/.exec(line);
                    if (m) report.frames.push(m[2].trim());
                }
            }
        }
        // The message as Rust joins `lines()`: a trailing empty line is not a line.
        return out.map(r => ({ message: r.message.join('\n').replace(/\n$/, ''), frames: r.frames }));
    }

    /** Whether the program's last panic has a message containing `wanted` and passed through
     * `source.frame`. */
    function panicSourceHolds(source, wanted, stderr) {
        const reports = panicReports(stderr);
        const last = reports[reports.length - 1];
        return !!last && last.message.includes(wanted)
            && last.frames.some(f => f === source.frame || (f.startsWith(source.frame) && f.slice(source.frame.length).startsWith('::')));
    }

    /** `stderr` without its backtraces, as the program prints it without RUST_BACKTRACE. */
    function withoutBacktraces(stderr) {
        const out = [];
        let inTrace = false;
        for (const line of String(stderr || '').split(/(?<=\n)/)) {
            if (line.startsWith('stack backtrace:')) { inTrace = true; continue; }
            if (inTrace) { if (line.startsWith('note: ')) inTrace = false; continue; }
            out.push(line);
        }
        return out.join('');
    }

    /** The program that runs the hidden checks `checks` (the spec's `rules.checks`) on `source`
     * through the Playground, reporting with `nonce`, or null when `source` has no top-level
     * `fn main` (as grader::checks::Checks::program_for_page). */
    function checksProgram(checks, source, nonce) {
        const s = String(source || '');
        const tokens = rustTokens(s);
        if (!tokens) return null;
        let depth = 0;
        let at = -1;
        for (let i = 0; i + 1 < tokens.length; i++) {
            const t = tokens[i];
            if ('([{'.includes(t.text)) { depth++; continue; }
            if (')]}'.includes(t.text)) { depth--; continue; }
            if (depth === 0 && t.text === 'fn' && tokens[i + 1].text === 'main' && tokens[i + 1].at !== undefined) {
                at = tokens[i + 1].at;
                break;
            }
        }
        if (at < 0 || s.slice(at, at + 4) !== 'main') return null;
        let text = s.slice(0, at) + checks.renamed_main + s.slice(at + 4);
        if (!text.endsWith('\n')) text += '\n';
        const lines = text.replace(/\n$/, '').split('\n').length;
        const slot = checks.module.lastIndexOf(checks.own_lines_slot);
        const module = checks.module.slice(0, slot) + lines + checks.module.slice(slot + checks.own_lines_slot.length);
        return text + module + checks.main.split(checks.nonce_slot).join(nonce);
    }

    /** What a run of the checks does to a passing verdict: null when every check passed, else
     * `{message, check}` (as grader::checks::failure). */
    function checksFailure(names, stdout, nonce, exit) {
        const tag = `${nonce} `;
        const failed = [];
        let done = false;
        const unescape = t => t.replace(/\\(.?)/g, (_, c) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === '' ? '\\' : c));
        for (const line of String(stdout || '').replace(/\n$/, '').split('\n')) {
            const k = line.indexOf(tag);
            if (k < 0) continue;
            const rest = line.slice(k + tag.length);
            if (rest === 'done') done = true;
            else if (rest.startsWith('fail ') || rest.startsWith('timeout ')) {
                const body = rest.slice(rest.indexOf(' ') + 1);
                const sp = body.indexOf(' ');
                const index = sp < 0 ? body : body.slice(0, sp);
                const message = sp < 0 ? '' : body.slice(sp + 1);
                const n = /^\d+$/.test(index) ? Number(index) : NaN;
                const name = Number.isInteger(n) && n < names.length ? names[n] : `check ${index}`;
                failed.push({ name, message: unescape(message) });
            }
        }
        if (failed.length) {
            const more = failed.length === 1 ? '' : ` (${failed.length} of ${names.length} checks failed)`;
            return { message: `hidden check failed: ${failed[0].name}: ${failed[0].message}${more}`, check: failed[0] };
        }
        if (done) return null;
        const how = exit.signal !== null ? `was ended by signal ${exit.signal}`
            : exit.code !== null ? `exited with status ${exit.code}` : 'ended';
        return { message: `the hidden checks did not finish: the program ${how} while they ran (does your code end the program?)`, check: null };
    }

    /** The verdict on a passing answer the hidden checks cannot be attached to (no top-level
     * `fn main`), as grader::checks gives it. */
    function withoutChecks(spec, verdict) {
        if (verdict.status !== 'pass') return verdict;
        const failed = { ...verdict, status: 'fail', message: "the exercise's hidden checks cannot run: they need the answer's `fn main` defined at its top level (not imported with `use`)", partly: 'compiles' };
        return { ...failed, credit: partialCredit(spec, failed) };
    }

    /** The verdict on an answer that `verdict` passed, once its hidden checks ran through the
     * Playground (`reply`, with `nonce`, for the answer `code`): failed as `grader check` fails
     * it, or as it was. */
    function withChecks(spec, verdict, reply, nonce, code) {
        if (verdict.status !== 'pass') return verdict;
        if (!reply || reply.error) {
            return { ...verdict, status: 'error', message: `${BUSY.playground}${reply && reply.error ? ` (${reply.error})` : ''}`, credit: null };
        }
        const parsed = parseCargoStderr(reply.stderr);
        let failure;
        if (!parsed.compiled) {
            const checks = spec.rules.checks;
            const first = parsed.errors[0];
            let clash = first ? first.message : '';
            const own = String(code || '').replace(/\n$/, '').split('\n').length;
            const at = first && first.line !== null ? first.line - own - 1 : 0;
            if (at >= 1 && at <= checks.source_lines) clash += ` (${checks.file} line ${at})`;
            failure = { message: `the exercise's hidden checks cannot use your answer: ${clash} (keep the names and signatures the instructions give)`, check: null };
        } else {
            failure = checksFailure(spec.rules.checks.names, reply.stdout, nonce, exitOf(reply));
        }
        if (!failure) return verdict;
        const failedVerdict = { ...verdict, status: 'fail', message: failure.message, partly: 'compiles', check: failure.check };
        return { ...failedVerdict, credit: partialCredit(spec, failedVerdict) };
    }

    /**
     * The one grading function of the page, for both back-ends. It returns the verdict shown:
     * `{status: 'pass'|'fail'|'error', codes, message, line, pin, partly, credit, diagnostics}`,
     * where `line` is the line of the code rustc pointed at (or null); `pin`, set only when the
     * expected code was reported on other lines than the exercise pins it to, is
     * `{code, line, reported}`; `partly`, set only on a fail, says how the answer is partly
     * right as the grader's verdict does (`compiles`: a program that compiled and ran, but not
     * as expected; `codes-on-other-lines`: the expected codes, not on the pinned lines), and
     * `credit` is what that earns by the spec's `[partial]` table ({@link partialCredit}).
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
        let verdict = judge(spec, answer);
        // The local grader applies the rules itself; a Playground reply is judged here.
        if (answer.backend === 'playground' && verdict.status !== 'error') {
            let breach = ruleBreach(spec.rules, spec.starter, answer.code);
            const source = spec.rules && spec.rules.panic_source;
            const stderr = parseCargoStderr((answer.reply || {}).stderr).programStderr;
            if (!breach && source && verdict.status === 'pass' && spec.expect.kind === 'run-panic'
                && !panicSourceHolds(source, spec.expect.panic, stderr)) {
                breach = { rule: 'panic-source', what: source.frame, line: null, reason: source.reason };
            }
            if (!breach && verdict.status === 'pass' && !rulesEmpty(spec.rules)) {
                breach = neverRunsBreach(parseCargoStderr((answer.reply || {}).stderr).neverRuns, answer.code);
            }
            if (breach) verdict = { ...verdict, status: 'fail', message: breachMessage(breach), pin: null, partly: null, rule: breach };
        }
        return { ...verdict, credit: partialCredit(spec, verdict) };
    }

    /** The verdict on `answer`, without its credit (see {@link grade}). */
    function judge(spec, answer) {
        if (answer.error) return { status: 'error', codes: [], message: answer.error, line: null, pin: null, partly: null, diagnostics: '' };
        if (answer.backend === 'local') return fromGrader(spec, answer.verdict);
        const reply = answer.reply || {};
        if (reply.error) {
            return { status: 'error', codes: [], message: `${BUSY.playground} (${reply.error})`, line: null, pin: null, partly: null, diagnostics: '' };
        }
        const parsed = parseCargoStderr(reply.stderr);
        const codes = [...new Set(parsed.errors.filter(e => e.code).map(e => e.code))].sort();
        const reported = {};
        for (const e of parsed.errors) if (e.code && !reported[e.code]) reported[e.code] = e.message;
        const diagnostics = parsed.programStderr ? String(reply.stderr).split(/\s*Running `/)[0] : String(reply.stderr || '');
        const verdict = (status, message, line = null, partly = null) => ({ status, codes, message, line, pin: null, partly, diagnostics });
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
                const withCode = parsed.errors.filter(e => e.code === pin.code);
                const named = withCode.filter(e => !pin.about || e.message.includes(`\`${pin.about}\``));
                const at = named.filter(e => e.line !== null).map(e => e.line);
                if (!at.includes(pin.line)) {
                    const lines = [...new Set(at)].sort((a, b) => a - b);
                    const missed = { code: pin.code, line: pin.line, reported: lines };
                    if (pin.about) {
                        missed.about = pin.about;
                        missed.only_about_others = lines.length === 0 && withCode.length > 0;
                    }
                    return wrongLine(spec, missed, codes, diagnostics, reported);
                }
            }
            return verdict('pass', `rustc rejected the code with ${listCodes(spec, want)}, as expected`);
        }
        if (failed) {
            return verdict('fail', `rustc rejected the code with ${listCodes(spec, codes, reported)}; expected it to compile`);
        }
        if (expect.kind === 'compile-pass') return verdict('pass', 'compiles');
        // A program that compiled and ran is partly right when it fails, also when it was
        // stopped at a limit (as the grader says).
        const [status, message] = judgeRun(expect, reply, parsed.programStderr);
        return verdict(status, message, null, status === 'fail' ? 'compiles' : null);
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
        const diagnostics = v.diagnostics || '';
        const expect = spec.expect;
        const want = expect.kind === 'compile-fail' ? [...expect.codes].sort() : [];
        // A rule the grader says was broken: its words, as the page's own judging gives them.
        if (v.status === 'fail' && v.rule) {
            return { status: 'fail', codes, message, line: null, pin: null, partly: null, rule: v.rule, diagnostics };
        }
        // A pin the grader says was missed: `{code, line, reported}`, as the page's own judging
        // gives it.
        if (v.status === 'fail' && expect.kind === 'compile-fail' && v.pin) {
            const pin = { code: v.pin.code, line: v.pin.line, reported: v.pin.reported || [] };
            if (v.pin.about) {
                pin.about = v.pin.about;
                pin.only_about_others = !!v.pin.only_about_others;
            }
            return { ...wrongLine(spec, pin, codes, diagnostics, reported), partly: partlyOf(v) };
        }
        if (v.status === 'fail' && expect.kind === 'compile-fail' && codes.length && codes.join() !== want.join()) {
            message = `expected ${listCodes(spec, want)}, rustc reported ${listCodes(spec, codes, reported)}`;
        } else if (v.status === 'pass' && expect.kind === 'compile-fail') {
            message = `rustc rejected the code with ${listCodes(spec, want)}, as expected`;
        }
        return {
            status: ['pass', 'fail', 'error'].includes(v.status) ? v.status : 'error',
            codes,
            message,
            line: reasonLine(v.reason),
            pin: null,
            partly: partlyOf(v),
            diagnostics,
        };
    }

    /** The line of the code the grader's reason points at: only an error without a code names
     * one (`output differs on line 2` is a line of the output), maybe within a denial at
     * compile time. */
    function reasonLine(reason) {
        let r = reason;
        while (r && r.kind === 'denied-at-compile-time') r = r.reason;
        return r && r.kind === 'uncoded' && Number.isInteger(r.line) ? r.line : null;
    }

    /** The grader's `partly` on a failed verdict, if it names one the page knows; else null. */
    function partlyOf(v) {
        return v.status === 'fail' && PARTLY.includes(v.partly) ? v.partly : null;
    }

    window.mdbookExercisesGrading = {
        grade, partialCredit, parseCargoStderr, panicMessages, normaliseOutput, linesText, ruleBreach, breachMessage, rustTokens,
        panicReports, panicSourceHolds, withoutBacktraces, checksProgram, checksFailure, withChecks, withoutChecks, neverRunsBreach, busy: BUSY,
    };
})();
