"""Issue 15: the browserless load generator keeps working when the app changes.

A small run (three visitors, a few actions, a second or two of think time) against a real
server; it fails when a journey's widget disappears (a renamed key), when a page errors, or
when the protocol changes under it. No time is asserted: bench/capacity.md has the figures.
"""
from __future__ import annotations

import asyncio

import pytest

from bench import capacity, visitors


def test_the_generator_talks_to_loopback_only():
    with pytest.raises(visitors.NotLoopback):
        visitors.Visitor("http://example.org:8501", "x")
    with pytest.raises(visitors.NotLoopback):
        asyncio.run(visitors.crowd("http://10.0.0.8:8501", 1, max_seconds=1))


def test_every_journey_runs_against_the_real_app(server):
    outcomes = asyncio.run(visitors.crowd(server, len(visitors.JOURNEYS), steps=3, think_s=(0.3, 0.8), ramp_s=1.0,
                                          max_seconds=90))
    failed = [o for o in outcomes if o.seconds is None]
    assert not failed, failed
    actions = {o.action for o in outcomes}
    # Each journey's own interaction happened, found by the widget keys the pages declare.
    assert {"buurt: type a postcode", "kaart: switch dimension", "vergelijk: choose gemeenten",
            "signalen: change start year", "open start", "open buurt"} <= actions, actions
    assert len(outcomes) == 3 * len(visitors.JOURNEYS)


def test_a_visitor_sees_the_page_it_asked_for_and_its_choice_lands(server):
    async def visit():
        v = visitors.Visitor(server, "one")
        await v.connect()
        opened = await v.open("kaart", "level=buurt")
        options = v.widgets["m_dim"].options
        chosen = await v.choose("m_dim", lambda opts: opts[3])
        await v.open("over", "lang=en")
        over_widgets = set(v.widgets)
        await v.close()
        return opened, options, chosen, over_widgets

    opened, options, chosen, over_widgets = asyncio.run(visit())
    assert opened.seconds is not None and chosen.seconds is not None
    assert options[:2] == ["Totaal", "Fysieke omgeving"]  # the Dutch labels of the map's measures
    assert "m_dim" not in over_widgets  # a different page, with its own widgets


def test_the_quick_run_of_the_command_reports_and_exits_cleanly(server, capsys):
    assert capacity.main(["--quick", "--url", server]) == 0
    out = capsys.readouterr().out
    assert "| given server | 3 |" in out


def test_the_policy_officer_opens_the_ranking_part(server):
    """The load keeps the ranking's cost in its mix (issue 32: a part of its own now): the
    visitor's choice of the second part lands and the ranking's filters come with it."""
    async def visit():
        v = visitors.Visitor(server, "policy")
        await v.connect()
        await v.open("vergelijk", "gm=GM0363,GM0599")
        parts, before = v.widgets["cmp_section"].options, set(v.widgets)
        chosen = await v.choose("cmp_section", lambda opts: opts[1], "vergelijk: open the ranking")
        after = set(v.widgets)
        await v.close()
        return parts, before, chosen, after

    parts, before, chosen, after = asyncio.run(visit())
    assert parts[1] == "Alle gemeenten gerangschikt" and chosen.seconds is not None, chosen
    assert "f_grp" not in before and "f_grp" in after
