"""Time that plays (issue 31): back, play/pause and next over a series of years, one year per
PLAY_SECONDS, paused by default, operable by keyboard (they are buttons), with the year large on
screen while it plays.

The page draws `buttons()` and then its exhibit inside a fragment that reruns every PLAY_SECONDS
while playing (`Play.tick_every`): only the exhibit reruns, so a map keeps its geometry in the
browser and only its colours change. `Play.year()` inside that fragment says which year to draw.
Pause, a step or the last year calls the page's `on_stop(year)`, so the page writes the year
shown into its own state (Kaart: the URL and the year box) and the share link says what the
screen shows. Kaart and the national trend on Start play with this one control.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import streamlit as st

PLAY_SECONDS = 1.5


@dataclass
class Play:
    key: str  # prefix of its session keys and buttons: "m" → m_playing, m_back, m_play, m_pause, m_next
    years: list[int]
    chosen: int  # the year the page shows while paused
    on_stop: Callable[[int], None] = lambda year: None

    def _state(self, name: str):
        return st.session_state.get(f"{self.key}_{name}")

    @property
    def playing(self) -> bool:
        return bool(self._state("playing")) and len(self.years) > 1

    @property
    def tick_every(self) -> float | None:
        """The fragment's run_every: a step while playing, never while paused."""
        return PLAY_SECONDS if self.playing else None

    def stop(self, year: int) -> None:
        """Stop playing at `year` and let the page make it its chosen year. Called from a button's
        callback or from the fragment's own run, never after the page drew the widget it writes."""
        st.session_state[f"{self.key}_playing"] = False
        self.on_stop(year)

    def _start(self) -> None:
        st.session_state.update({f"{self.key}_playing": True, f"{self.key}_play_fresh": True,
                                 f"{self.key}_play_year": self.chosen if self.chosen in self.years[:-1]
                                 else self.years[0]})

    def _step(self, by: int) -> None:
        """Back or next from the year on screen: while playing that is the year the last tick drew,
        which the buttons (drawn outside the ticking fragment) cannot know when they are drawn."""
        now = self._state("play_year") if self.playing else self.chosen
        at = self.years.index(now) if now in self.years else len(self.years) - 1
        self.stop(self.years[min(max(at + by, 0), len(self.years) - 1)])

    def _pause(self) -> None:
        self.stop(self._state("play_year") if self._state("play_year") in self.years else self.chosen)

    def buttons(self, t: Callable[..., str]) -> None:
        """The row of three buttons (container key "lbm-play", which presenter mode keeps on screen).
        `t` is the page's text function (ctx.t). Nothing is drawn for fewer than two years. While
        playing, back and next name no year: the year on screen moves on without them."""
        if len(self.years) < 2:
            return
        at = self.years.index(self.chosen) if self.chosen in self.years else len(self.years) - 1
        row = st.container(horizontal=True, vertical_alignment="center", key="lbm-play")
        playing = self.playing
        row.button(t("play.back") if playing else t("play.to", year=self.years[max(at - 1, 0)]),
                   icon=":material/skip_previous:", key=f"{self.key}_back", disabled=not playing and at == 0,
                   on_click=self._step, args=(-1,))
        if playing:
            row.button(t("play.pause"), icon=":material/pause:", key=f"{self.key}_pause", type="primary",
                       on_click=self._pause)
        else:
            row.button(t("play.play", a=self.years[0] if self.chosen == self.years[-1] else self.chosen,
                         b=self.years[-1]), icon=":material/play_arrow:", key=f"{self.key}_play", on_click=self._start)
        row.button(t("play.next") if playing else t("play.to", year=self.years[min(at + 1, len(self.years) - 1)]),
                   icon=":material/skip_next:", key=f"{self.key}_next",
                   disabled=not playing and at == len(self.years) - 1, on_click=self._step, args=(1,))

    def year(self) -> int:
        """Inside the fragment: the year to draw now. A tick moves one year on; after the last year
        play stops there and the whole page reruns, so its controls say that year. While playing
        the year is written large (class lbm-play-year, announced politely to screen readers)."""
        if not self.playing:
            return self.chosen
        shown = self._state("play_year")
        shown = shown if shown in self.years else self.years[0]
        if not st.session_state.pop(f"{self.key}_play_fresh", False):  # a tick, not the start
            later = [y for y in self.years if y > shown]
            if not later:
                self.stop(shown)
                st.rerun(scope="app")
            shown = st.session_state[f"{self.key}_play_year"] = later[0]
        st.markdown(f'<p class="lbm-play-year" aria-live="polite">{shown}</p>', unsafe_allow_html=True)
        return shown
