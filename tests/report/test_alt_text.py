"""Every figure carries alt text into the reports: from :func:`describe`, else from its titles and
axis labels (bilingual by the figure convention), else an honest generic one."""

from __future__ import annotations

import matplotlib.pyplot as plt

from danvan.plots.style import UNTITLED, describe, figure_alt


def test_alt_text_comes_from_titles_and_axis_labels():
    fig, ax = plt.subplots()
    ax.set_title("Số bài theo năm /\nArticles per year")
    ax.set_xlabel("năm / year")
    ax.set_ylabel("số bài / articles")
    assert figure_alt(fig) == ("Biểu đồ / Figure: Số bài theo năm / Articles per year "
                               "(trục / axes: năm / year; số bài / articles)")
    fig.suptitle("Kho mẫu / Sample corpus")
    assert figure_alt(fig).startswith("Biểu đồ / Figure: Kho mẫu / Sample corpus. Số bài theo năm")
    plt.close(fig)


def test_described_figure_uses_its_description_and_untitled_says_so():
    fig, ax = plt.subplots()
    assert figure_alt(fig) == UNTITLED == "Biểu đồ không có tiêu đề / Untitled figure"
    image = ax.imshow([[0, 1], [1, 0]])
    fig.colorbar(image, label="tỉ trọng / share")
    assert figure_alt(fig) == f"{UNTITLED}: thang màu / colour scale: tỉ trọng / share"
    describe(ax, "Bản đồ số bài", "Map of articles")
    assert figure_alt(fig) == "Bản đồ số bài / Map of articles"
    plt.close(fig)
