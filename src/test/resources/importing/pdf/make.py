#!/usr/bin/env python3
"""Writes the HTML of each synthetic layout from values-<edition>.tsv and prints it to PDF with LibreOffice.

Run from this directory: python3 make.py  (needs soffice and fonts-wqy-microhei). See README.md.
"""
import html
import subprocess
import sys

COLUMNS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
APPEAL = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
# a row the catalogue names shorter than the format prints it
PRINTED = {"（二）部分公开": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"}

# name: edition, and how the page and the table are laid out
LAYOUTS = {
    # Word-like: portrait, full grid, group labels one character a line, numbers centred, header repeated on page 2
    "2021-word-grid": dict(edition="2021", landscape=False, groups="stacked", align="center", repeat=True,
                           font=10.5, label_width=(6, 9, 30), prose=4),
    # landscape, group labels written across, numbers right-aligned, no page header or footer
    "2021-landscape-right": dict(edition="2021", landscape=True, groups="across", align="right", repeat=False,
                                 font=9, label_width=(8, 12, 40), prose=0, furniture=False),
    # narrow label columns: sub-row labels wrap over two or three lines; the table runs over two pages, header not repeated
    "2021-narrow-wrapped": dict(edition="2021", landscape=False, groups="narrow", align="center", repeat=False,
                                font=12, label_width=(3, 4, 14), prose=8),
    # no borders at all (a table laid out by spacing alone): group labels one character a line, numbers centred
    "2021-borderless": dict(edition="2021", landscape=False, groups="stacked", align="center", repeat=False,
                            font=10.5, label_width=(6, 9, 30), prose=2, border=0),
    # the 2019 table, portrait, group labels one character a line, numbers right-aligned, header repeated
    "2019-word-grid": dict(edition="2019", landscape=False, groups="stacked", align="right", repeat=True,
                           font=10.5, label_width=(6, 9, 30), prose=3),
    # thick outer rules and double inner ones (cells apart by spacing), labels spaced out with full-width spaces
    # (总　　计, 自 然 人), blank cells written as — : a blank stays blank, a 0 is a stated zero
    "2021-double-spaced": dict(edition="2021", landscape=False, groups="across", align="center", repeat=False,
                               font=10.5, label_width=(8, 12, 40), prose=6, border=4, cellspacing=2, spaced=True, blank="—"),
}


def load(edition):
    proactive, requests, appeals = [], [], []
    with open(f"values-{edition}.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if cells[0] == "二":
                proactive.append(cells[1:])
            elif cells[0] == "三":
                requests.append((PRINTED.get(cells[1], cells[1]), cells[2:]))
            else:
                appeals = cells[1:]
    return proactive, requests, appeals


LAYOUT = {}


def td(text, attrs="", align=None):
    a = f' align="{align}"' if align else ""
    if text == "" and LAYOUT.get("blank"):
        text = LAYOUT["blank"]
    elif LAYOUT.get("spaced") and 2 <= len(text) <= 4 and not text[0].isdigit() and text not in ("—",):
        text = ("\u3000" if len(text) == 2 else " ").join(text)  # 总　　计, 自 然 人: a short label spaced out to the cell's width
    return f"<td{attrs}{a}>{text}</td>"


def label(text, groups):
    """A group label: one character a line (stacked), wrapped by a narrow column (narrow), or across (across)."""
    if groups == "stacked":
        return "<br>".join(html.escape(c) for c in text)
    return html.escape(text)


def section2(proactive, layout):
    blocks = {}
    for block, row, column, _metric, value in proactive:
        blocks.setdefault(block, {}).setdefault(row, []).append((column, value))
    width = max(len(cols) for rows in blocks.values() for cols in rows.values())
    out = ['<p>二、主动公开政府信息情况</p>', f'<table border="{layout.get("border", 1)}" cellspacing="{layout.get("cellspacing", 0)}" cellpadding="4" width="100%">']
    for block, rows in blocks.items():
        columns = [c for c, _ in next(iter(rows.values()))]
        span = width // len(columns) if width % len(columns) == 0 else 1
        out.append("<tr>" + td(block, f' colspan="{width + 1}"') + "</tr>")
        out.append("<tr>" + td("信息内容") + "".join(td(html.escape(c), f' colspan="{span}"', "center") for c in columns) + "</tr>")
        for row, cells in rows.items():
            out.append("<tr>" + td(row) + "".join(td(v, f' colspan="{span}"', layout["align"]) for _, v in cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def section3(requests, layout):
    w = layout["label_width"]
    head = [
        "<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", ' colspan="3" rowspan="3"')
        + td("申请人情况", ' colspan="7"', "center") + "</tr>",
        "<tr>" + td("自然人", ' rowspan="2"', "center") + td("法人或其他组织", ' colspan="5"', "center")
        + td("总计", ' rowspan="2"', "center") + "</tr>",
        "<tr>" + "".join(td(c, "", "center") for c in COLUMNS[1:6]) + "</tr>",
    ]
    results = [r for r in requests if r[0].startswith("（")]
    groups = {}
    for name, _ in results:
        if " " in name:
            g = name.split(" ")[0]
            groups[g] = groups.get(g, 0) + 1
    body, opened = [], set()
    for name, values in requests:
        cells = "".join(td(v, "", layout["align"]) for v in values)
        if not name.startswith("（"):
            body.append("<tr>" + td(html.escape(name), ' colspan="3"') + cells + "</tr>")
            continue
        lead = ""
        if not opened:
            lead = td(label("三、本年度办理结果", layout["groups"]), f' rowspan="{len(results)}" valign="middle" width="{w[0]}%"')
            opened.add("三")
        if " " in name:
            g, item = name.split(" ", 1)
            if g not in opened:
                lead += td(label(g, layout["groups"]), f' rowspan="{groups[g]}" valign="middle" width="{w[1]}%"')
                opened.add(g)
            body.append("<tr>" + lead + td(html.escape(item), f' width="{w[2]}%"') + cells + "</tr>")
        else:
            body.append("<tr>" + lead + td(html.escape(name), ' colspan="2"') + cells + "</tr>")
    thead = "<thead>" + "".join(head) + "</thead>" if layout["repeat"] else "".join(head)
    return ('<p>三、收到和处理政府信息公开申请情况</p>\n' + f'<table border="{layout.get("border", 1)}" cellspacing="{layout.get("cellspacing", 0)}" cellpadding="3" width="100%">\n'
            + thead + "\n" + "\n".join(body) + "\n</table>")


def section4(appeals, layout):
    rows = [
        "<tr>" + td("行政复议", ' colspan="5"', "center") + td("行政诉讼", ' colspan="10"', "center") + "</tr>",
        "<tr>" + "".join(td(c, ' rowspan="2"', "center") for c in APPEAL) + td("未经复议直接起诉", ' colspan="5"', "center")
        + td("复议后起诉", ' colspan="5"', "center") + "</tr>",
        "<tr>" + "".join(td(c, "", "center") for c in APPEAL * 2) + "</tr>",
        "<tr>" + "".join(td(v, "", layout["align"]) for v in appeals) + "</tr>",
    ]
    return ('<p>四、政府信息公开行政复议、行政诉讼情况</p>\n' + f'<table border="{layout.get("border", 1)}" cellspacing="{layout.get("cellspacing", 0)}" cellpadding="3" width="100%">\n'
            + "\n".join(rows) + "\n</table>")


PROSE = "本机关坚持以公开为常态、不公开为例外，依法做好政府信息公开工作，各项工作有序推进。"


def page(name, layout):
    proactive, requests, appeals = load(layout["edition"])
    size = "29.7cm 21cm" if layout["landscape"] else "21cm 29.7cm"
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
        f'@page {{ size: {size}; margin: 2cm 2cm }} body, p, td {{ font-family: "WenQuanYi Micro Hei"; font-size: {layout["font"]}pt }}',
        "</style></head><body>",
    ]
    if layout.get("furniture", True):
        parts.append('<div title="header"><p align="right">某区人民政府办公室政府信息公开工作年度报告</p></div>')
    parts.append(f'<p align="center"><b>某区人民政府办公室{layout["edition"]}年政府信息公开工作年度报告</b></p>')
    parts.append("<p>一、总体情况</p>")
    parts += ["<p>" + PROSE + "</p>"] * layout["prose"]
    parts += [section2(proactive, layout), section3(requests, layout), section4(appeals, layout)]
    parts.append("<p>五、存在的主要问题及改进情况</p><p>" + PROSE + "</p>")
    if layout.get("furniture", True):
        parts.append('<div title="footer"><p align="center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>')
    parts.append("</body></html>")
    with open(f"{name}.html", "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")


def main(names):
    for name in names or LAYOUTS:
        LAYOUT.clear()
        LAYOUT.update(LAYOUTS[name])
        page(name, LAYOUTS[name])
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", ".", f"{name}.html"], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
