//! `grader watch` on a terminal: a full-screen UI (ratatui on crossterm). It grades the current
//! exercise at start, then re-grades whichever exercise file is saved, redrawing one screen: the
//! exercise, a progress bar, rustc's diagnostics and the verdict, the goal after a fail. Keys:
//! `h` next hint, `n` next exercise, `l` the list with each one's status (Enter jumps), `r`
//! reset (asks first; the learner's version goes to a backup), `c` check again, `q` quit. The
//! terminal is restored on quit, on an error and on a panic (`ratatui::init`).

use std::collections::HashMap;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::Context;
use grader::progress::{Progress, State};
use grader::{Checker, Status};
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, List, ListItem, ListState, Paragraph, Wrap};
use ratatui::{DefaultTerminal, Frame};

use super::Learner;
use super::progress_view::state_word;
use crate::untrusted;

/// What the screen shows over the output.
enum Overlay {
    None,
    List(ListState),
    ConfirmReset,
}

struct App<'a> {
    learner: &'a Learner,
    checker: &'a Checker,
    progress: Progress,
    /// The exercise shown.
    id: String,
    /// The verdict and what to do next (or a hint, a message), shown first.
    output: Vec<Line<'static>>,
    /// rustc's diagnostics and the program's output, below, scrolled with the arrows.
    details: Vec<Line<'static>>,
    /// How far the output is scrolled.
    scroll: u16,
    overlay: Overlay,
}

/// Runs the UI until `q`, starting on `start` (the first exercise when every one is solved).
pub(super) fn run(
    learner: &Learner,
    checker: &Checker,
    progress: Progress,
    start: Option<String>,
    changes: mpsc::Receiver<()>,
) -> anyhow::Result<()> {
    let ids: Vec<String> = learner.exercises().map(|e| e.id.clone()).collect();
    let Some(first) = start.or_else(|| ids.first().cloned()) else {
        anyhow::bail!("this workspace has no exercises; run `grader init` in it");
    };
    let mut app = App {
        learner,
        checker,
        progress,
        id: first,
        output: Vec::new(),
        details: Vec::new(),
        scroll: 0,
        overlay: Overlay::None,
    };
    let mut terminal = ratatui::try_init().context("cannot take over the terminal")?;
    let result = app.event_loop(&mut terminal, &ids, &changes);
    ratatui::restore();
    result
}

impl App<'_> {
    fn event_loop(
        &mut self,
        terminal: &mut DefaultTerminal,
        ids: &[String],
        changes: &mpsc::Receiver<()>,
    ) -> anyhow::Result<()> {
        let mut seen: HashMap<String, Option<Vec<u8>>> = ids
            .iter()
            .map(|id| (id.clone(), std::fs::read(self.learner.ws.file_of(id)).ok()))
            .collect();
        self.check(terminal)?;
        loop {
            terminal.draw(|f| self.draw(f))?;
            if event::poll(Duration::from_millis(250))? {
                if let Event::Key(key) = event::read()? {
                    if key.kind != KeyEventKind::Press {
                        continue;
                    }
                    let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL)
                        && key.code == KeyCode::Char('c');
                    if ctrl_c
                        || (key.code == KeyCode::Char('q') && matches!(self.overlay, Overlay::None))
                    {
                        return Ok(());
                    }
                    self.key(key.code, terminal, ids)?;
                }
                continue;
            }
            // A saved file (an event, or a change the scan finds) is graded and shown.
            while changes.try_recv().is_ok() {}
            for id in ids {
                let now = std::fs::read(self.learner.ws.file_of(id)).ok();
                if now.is_some() && seen.get(id) != Some(&now) {
                    seen.insert(id.clone(), now);
                    self.id = id.clone();
                    self.check(terminal)?;
                }
            }
        }
    }

    fn key(
        &mut self,
        code: KeyCode,
        terminal: &mut DefaultTerminal,
        ids: &[String],
    ) -> anyhow::Result<()> {
        match &mut self.overlay {
            Overlay::List(state) => match code {
                KeyCode::Up | KeyCode::Char('k') => state.select_previous(),
                KeyCode::Down | KeyCode::Char('j') => state.select_next(),
                KeyCode::Enter => {
                    if let Some(id) = state.selected().and_then(|i| ids.get(i)) {
                        self.id = id.clone();
                        self.overlay = Overlay::None;
                        self.check(terminal)?;
                    }
                }
                KeyCode::Esc | KeyCode::Char('l') | KeyCode::Char('q') => {
                    self.overlay = Overlay::None
                }
                _ => {}
            },
            Overlay::ConfirmReset => {
                self.overlay = Overlay::None;
                if code == KeyCode::Char('y') {
                    self.reset()?;
                }
            }
            Overlay::None => match code {
                KeyCode::Char('c') => self.check(terminal)?,
                KeyCode::Char('h') => self.hint()?,
                KeyCode::Char('n') => {
                    let at = ids.iter().position(|i| *i == self.id).unwrap_or(0);
                    let next = ids[at + 1..]
                        .iter()
                        .chain(&ids[..at])
                        .find(|i| self.progress.entry(i).state != State::Solved);
                    if let Some(next) = next {
                        self.id = next.clone();
                        self.check(terminal)?;
                    }
                }
                KeyCode::Char('l') => {
                    let at = ids.iter().position(|i| *i == self.id);
                    self.overlay = Overlay::List(ListState::default().with_selected(at));
                }
                KeyCode::Char('r') => self.overlay = Overlay::ConfirmReset,
                KeyCode::Up => self.scroll = self.scroll.saturating_sub(1),
                KeyCode::Down => self.scroll = self.scroll.saturating_add(1),
                _ => {}
            },
        }
        Ok(())
    }

    /// Grades the shown exercise, records it and fills the output pane.
    fn check(&mut self, terminal: &mut DefaultTerminal) -> anyhow::Result<()> {
        let ex = self.learner.exercise(&self.id)?;
        self.output = vec![Line::from(format!(
            "Checking {}…",
            self.learner.shown_path(&ex.id)
        ))];
        self.scroll = 0;
        terminal.draw(|f| self.draw(f))?;
        let verdict = match self.learner.grade_with(ex, self.checker) {
            Ok(v) => v,
            Err(e) => {
                self.output = text_lines(&format!("error: {e:#}"));
                return Ok(());
            }
        };
        self.progress = Progress::change(&self.learner.ws.progress_path(), |p| {
            p.record(&ex.id, &verdict)
        })
        .context("cannot record progress")?;
        let mut details = text_lines(verdict.diagnostics.trim_end());
        for (name, text) in [("stdout", &verdict.stdout), ("stderr", &verdict.stderr)] {
            if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
                details.push(Line::from(format!("--- program {name} ---")));
                details.extend(text_lines(text.trim_end()));
            }
        }
        self.details = details;
        let mut out = Vec::new();
        let (word, colour) = match verdict.status {
            Status::Pass => ("PASS", Color::Green),
            Status::Fail => ("FAIL", Color::Red),
            Status::Error => ("ERROR", Color::Yellow),
        };
        out.push(Line::from(vec![
            Span::styled(word, Style::new().fg(colour).add_modifier(Modifier::BOLD)),
            Span::raw(format!(
                " {}: {}",
                ex.id,
                untrusted::line(&verdict.message())
            )),
        ]));
        let after = self.learner.after(ex, &verdict, &self.progress);
        out.extend(text_lines(&after));
        if verdict.status == Status::Pass && after.starts_with("Next:") {
            out.push(Line::styled(
                "Press n for the next exercise.",
                Style::new().fg(Color::Green),
            ));
        }
        self.output = out;
        Ok(())
    }

    fn hint(&mut self) -> anyhow::Result<()> {
        let ex = self.learner.exercise(&self.id)?;
        let total = ex.hints.len() as u32;
        self.progress = Progress::change(&self.learner.ws.progress_path(), |p| {
            let entry = p.entry_mut(&ex.id);
            if entry.hints_shown < total {
                entry.hints_shown += 1;
            }
        })
        .context("cannot record progress")?;
        let shown = self.progress.entry(&ex.id).hints_shown;
        let mut out = vec![Line::from(format!("{} — {}", ex.id, ex.title))];
        for (i, h) in ex.hints.iter().take(shown as usize).enumerate() {
            out.push(Line::from(format!("Hint {}/{total}: {h}", i + 1)));
        }
        if shown == total {
            out.push(Line::from("That was the last hint. Once your version passes, `grader solution` shows the reference solution."));
        }
        self.output = out;
        self.scroll = 0;
        Ok(())
    }

    fn reset(&mut self) -> anyhow::Result<()> {
        let ex = self.learner.exercise(&self.id)?;
        let backup = self.learner.ws.reset(ex)?;
        self.progress = Progress::change(&self.learner.ws.progress_path(), |p| {
            let entry = p.entry_mut(&ex.id);
            entry.state = State::NotStarted;
            entry.last_message = None;
        })
        .context("cannot record progress")?;
        let mut out = vec![Line::from(format!(
            "Restored the starter of {} in {}.",
            ex.id,
            self.learner.shown_path(&ex.id)
        ))];
        if let Some(b) = backup {
            let shown = b
                .strip_prefix(&self.learner.ws.root)
                .unwrap_or(&b)
                .display()
                .to_string();
            out.push(Line::from(format!("Your version is kept in {shown}.")));
        }
        self.output = out;
        Ok(())
    }

    fn draw(&mut self, frame: &mut Frame) {
        let width = usize::from(frame.area().width.max(1));
        let rows: usize = self
            .output
            .iter()
            .map(|l| l.width().div_ceil(width).max(1))
            .sum();
        let summary = (rows as u16 + 1).min(16);
        let [top, bar, verdict, body, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(summary),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(frame.area());
        let title = self
            .learner
            .exercise(&self.id)
            .map(|e| e.title.clone())
            .unwrap_or_default();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(
                    " grader watch ",
                    Style::new().add_modifier(Modifier::REVERSED),
                ),
                Span::raw(format!(
                    " {} — {title}  (edit {})",
                    self.id,
                    self.learner.shown_path(&self.id)
                )),
            ])),
            top,
        );
        let total = self.learner.exercises().count().max(1);
        let solved = self
            .learner
            .exercises()
            .filter(|e| self.progress.entry(&e.id).state == State::Solved)
            .count();
        frame.render_widget(
            Gauge::default()
                .gauge_style(Style::new().fg(Color::Green))
                .ratio(solved as f64 / total as f64)
                .label(format!("{solved}/{total} solved")),
            bar,
        );
        frame.render_widget(
            Paragraph::new(self.output.clone())
                .block(Block::default().borders(Borders::TOP))
                .wrap(Wrap { trim: false }),
            verdict,
        );
        frame.render_widget(
            Paragraph::new(self.details.clone())
                .block(Block::default().borders(Borders::TOP).title(" rustc "))
                .wrap(Wrap { trim: false })
                .scroll((self.scroll, 0)),
            body,
        );
        frame.render_widget(
            Paragraph::new(" h hint · n next · l list · r reset · c check · ↑↓ scroll · q quit")
                .style(Style::new().add_modifier(Modifier::DIM)),
            keys,
        );
        match &mut self.overlay {
            Overlay::None => {}
            Overlay::List(state) => {
                let items: Vec<ListItem> = self
                    .learner
                    .exercises()
                    .map(|e| {
                        let st = self.progress.entry(&e.id).state;
                        let mark = match st {
                            State::Solved => "✓",
                            State::Attempted => "✗",
                            State::NotStarted => " ",
                        };
                        ListItem::new(format!(
                            "{mark} {:<42} {:<11} {:>3} pts",
                            e.id,
                            state_word(st),
                            e.points
                        ))
                    })
                    .collect();
                let list = List::new(items)
                    .block(Block::bordered().title(" exercises (Enter: open, Esc: close) "))
                    .highlight_style(Style::new().add_modifier(Modifier::REVERSED));
                let area = verdict.union(body);
                frame.render_widget(Clear, area);
                frame.render_stateful_widget(list, area, state);
            }
            Overlay::ConfirmReset => {
                let text = format!(
                    "Reset {} to its starter? Your version is kept in .grader/backups/. y: reset, any other key: cancel",
                    self.learner.shown_path(&self.id)
                );
                frame.render_widget(Clear, keys);
                frame.render_widget(
                    Paragraph::new(text).style(Style::new().fg(Color::Yellow)),
                    keys,
                );
            }
        }
    }
}

/// Learner-controlled text as lines for the screen, its control characters made visible.
fn text_lines(text: &str) -> Vec<Line<'static>> {
    untrusted::text(text)
        .lines()
        .map(|l| Line::from(l.to_string()))
        .collect()
}
