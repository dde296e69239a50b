"""The house style: every chart's frame, and its larger type in presenter mode."""
import plotly.graph_objects as go
import pytest

from core import charts


def framed(title="Titel", source="Bron: Leefbaarometer 3.0") -> go.Figure:
    return charts.frame(go.Figure(go.Bar(x=["a"], y=[1])), title, "ondertitel", source, height=400)


@pytest.fixture
def presenting():
    charts.set_type_scale(charts.PRESENTER_TYPE_SCALE)
    yield
    charts.set_type_scale(1.0)


def test_frame_puts_title_and_source_on_the_chart():
    fig = framed()
    assert "Titel" in fig.layout.title.text
    assert fig.layout.annotations[-1].text == "Bron: Leefbaarometer 3.0"
    assert fig.layout.annotations[-1].y < 0  # the footer sits under the plot


def test_long_sources_wrap_into_lines():
    fig = framed(source=" ".join(["woord"] * 60))
    assert fig.layout.annotations[-1].text.count("<br>") >= 2


def test_presenter_scale_enlarges_type_and_height(presenting):
    big = framed()
    charts.set_type_scale(1.0)
    normal = framed()
    assert big.layout.font.size == round(14 * charts.PRESENTER_TYPE_SCALE) > normal.layout.font.size
    assert big.layout.title.font.size > normal.layout.title.font.size
    assert big.layout.annotations[-1].font.size > normal.layout.annotations[-1].font.size
    assert big.layout.height > normal.layout.height
    # Streamlit's theme styles ticks, legend and subtitle unless the figure says otherwise.
    assert big.layout.xaxis.tickfont.size > 13 and big.layout.legend.font.size > 14
    assert big.layout.title.subtitle.font.size > 14
    assert normal.layout.xaxis.tickfont.size is None  # normal charts keep the theme's own sizes
    # The plot area keeps room: margins grow with the type, the plot does not shrink.
    plot = lambda f: f.layout.height - f.layout.margin.t - f.layout.margin.b  # noqa: E731
    assert plot(big) >= plot(normal)


def test_axes_write_whole_numbers_out_with_the_readers_separator():
    """Plotly wrote household counts as "300k" (a Dutch reader sees a decimal comma-less k) and
    "1000" without a thousands dot; every framed chart now asks for "300.000"."""
    from core import format as format_
    format_.set_language("nl")
    fig = charts.frame(go.Figure(go.Scatter(x=[1000, 2000], y=[100_000, 300_000])), "t", "", "s", height=400)
    assert fig.layout.xaxis.exponentformat == fig.layout.yaxis.exponentformat == "none"
    assert fig.layout.xaxis.separatethousands and fig.layout.yaxis.separatethousands
    assert fig.layout.separators == format_.plotly_separators("nl") == ",."


def test_year_axes_keep_their_years_whole():
    """"2.002" on a trend's axis reads as two thousand and two in Dutch: year axes get no separator."""
    trend = charts.frame(go.Figure(go.Scatter(x=[2002, 2008, 2022], y=[0.01, 0.02, 0.03])), "t", "", "s", height=400)
    assert trend.layout.xaxis.separatethousands is False
    assert trend.layout.yaxis.separatethousands is True
    import numpy as np
    import pandas as pd
    from_frame = charts.frame(go.Figure(go.Scatter(x=pd.Series([2002, 2022]), y=np.array([5000, 9000]))), "t", "", "s",
                              height=400)
    assert from_frame.layout.xaxis.separatethousands is False and from_frame.layout.yaxis.separatethousands is True


def test_the_scatter_draws_every_area_once_in_webgl():
    """12,000 buurten as SVG circles cost the browser seconds per run; WebGL draws them at once."""
    import pandas as pd
    joined = pd.DataFrame({"code": ["BU1", "BU2", "BU3"], "name": ["a", "b", "c"], "gemeente_name": ["x", None, "y"],
                           "value": [1.0, 2.0, 3.0], "afw": [-0.1, 0.0, 0.2], "klasse": [3, 5, 7]})
    fig = charts.scatter(joined, "afw", "klasse", "x", "nl", "standard", (0.1, -0.2), ["BU2"], "t", "s", "b", False)
    dots = [tr for tr in fig.data if tr.mode == "markers"]
    assert {tr.type for tr in dots} == {"scattergl"}
    assert sorted(x for tr in dots for x in tr.x) == [1.0, 2.0, 3.0]
    assert [tr.text for tr in fig.data if tr.mode == "markers+text"] == [("b",)]


def test_class_bars_name_each_class_without_slanting_and_lie_down_on_a_phone():
    """A stranger's walk: slanted class names ran into the source line; on a phone they overlapped."""
    import pandas as pd
    by_class = pd.DataFrame({"klasse": [1, 2, 9], "households": [5305, 32000, 852000]})
    upright = charts.class_bars(by_class, "nl", "official", "t", "s", "b")
    assert upright.data[0].orientation == "v" and upright.data[0].x[0] == "1<br>zeer<br>onvoldoende"
    phone = charts.class_bars(by_class, "nl", "official", "t", "s", "b", narrow=True)
    assert phone.data[0].orientation == "h" and phone.data[0].y[0] == "1 zeer onvoldoende"
    assert phone.layout.xaxis.range[1] > 852000 and phone.layout.yaxis.autorange == "reversed"
