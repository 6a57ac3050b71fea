#!/usr/bin/env python3
"""Writes the HTML of the pre-2019 documents (a prose report, a statistics table) and prints them to PDF with LibreOffice.

Run from this directory: python3 make_more.py  (needs soffice and fonts-wqy-microhei). See README.md.
The prose report's text is also written as plain text (legacy-prose.txt): the reader must get the same figures from both.
"""
import html
import subprocess
import sys

STYLE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page {{ size: {size}; margin: 2.5cm 2.5cm }} '
         'body, p, td {{ font-family: "WenQuanYi Micro Hei"; font-size: {font}pt }} p {{ text-align: justify }}</style></head><body>')
HEADER = '<div title="header"><p align="center">{}</p></div>'
# 第 N 页 共 M 页 as Word and WPS print it
FOOTER = ('<div title="footer"><p align="center">第 <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> 页 '
          '共 <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield> 页</p></div>')

TITLE = "某县人民政府2016年政府信息公开工作年度报告"
# Paragraphs long enough to wrap over several lines; a heading or a list item opens its own line. Full-width digits
# (１件) as some reports type them. The figures are made up.
PROSE = [
    TITLE,
    "本报告根据《中华人民共和国政府信息公开条例》的规定，由某县人民政府办公室编制。全文包括概述、主动公开政府信息情况、"
    "依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请提起行政复议和行政诉讼的情况、存在的主要问题及改进措施。"
    "本报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。",
    "一、概述",
    "2016年，我县认真贯彻落实《条例》和省、市关于政府信息公开工作的部署要求，以公开为常态、不公开为例外，"
    "进一步完善工作机制，拓展公开渠道，加强平台建设，全县政府信息公开工作取得了新的进展，各项工作有序推进。"
    "县政府领导高度重视政府信息公开工作，多次召开专题会议研究部署，明确分管领导和具体工作人员，形成了主要领导亲自抓、"
    "分管领导具体抓、工作人员抓落实的工作格局。"
    "全县各级行政机关按照统一部署，认真梳理公开目录，及时更新公开内容，确保信息公开工作落到实处。",
    "二、主动公开政府信息情况",
    "2016年，全县共主动公开政府信息2367条，其中通过政府网站公开1850条，通过政府公报公开42条，通过新闻发布会公开15条。"
    "县政府门户网站全年更新各类信息，及时发布政府文件、人事任免、财政预决算、重大项目建设等群众关注的信息，"
    "方便公众查阅和监督政府工作，社会反响良好，群众满意度进一步提高。",
    "三、依申请公开政府信息情况",
    "全年共受理政府信息公开申请39件，其中当面申请12件，网上申请25件，信函申请2件。已办结的申请中，同意公开30件，"
    "部分同意公开4件，不予公开3件，信息不存在2件，所有申请均在规定时限内答复。",
    "四、政府信息公开的收费及减免情况",
    "2016年，我县在政府信息公开工作中未收取任何费用。",
    "五、因政府信息公开申请提起行政复议和行政诉讼的情况",
    "全年因政府信息公开申请提起行政复议４件，提起行政诉讼１件。",
    "六、存在的主要问题及改进措施",
    "一是部分单位对政府信息公开工作重视不够，信息更新不够及时；二是公开内容的深度和广度还需进一步拓展，"
    "群众关注的热点信息公开还不够全面。下一步，我县将进一步加强组织领导，完善工作制度，强化监督检查，"
    "不断提高政府信息公开工作水平，切实保障人民群众的知情权、参与权和监督权。",
]

# The statistics table of the years before 2019 (指标名称 | 计量单位 | 本年度 | 历年累计): a blank cell and a cell of —
# state nothing (blank), 0 and 无 are stated zeros. The table runs over a page break without repeating its header.
TABLE = [
    ("一、主动公开情况", "", "", ""),
    ("（一）主动公开政府信息数", "条", "1,234", "15678"),
    ("其中：主动公开规范性文件数", "条", "56", "890"),
    ("二、依申请公开情况", "", "", ""),
    ("（一）收到申请数", "件", "39", "311"),
    ("1.当面申请数", "件", "12", "102"),
    ("2.传真申请数", "件", "", "4"),
    ("3.网上申请数", "件", "25", "190"),
    ("4.信函申请数", "件", "—", "15"),
    ("（二）申请答复数", "件", "39", "311"),
    ("1.同意公开答复数", "件", "30", "280"),
    ("2.不同意公开答复数", "件", "0", "6"),
    ("三、行政复议数量", "件", "4", "12"),
    ("（一）维持具体行政行为数", "件", "3", "10"),
    ("（二）被依法纠错数", "件", "无", "1"),
    ("四、行政诉讼数量", "件", "1", "5"),
    ("五、依申请公开信息收取的费用", "万元", "0", "0.3"),
]


def prose_document():
    with open("legacy-prose.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(PROSE) + "\n")
    parts = [STYLE.format(size="21cm 29.7cm", font=16), HEADER.format(TITLE)]
    parts += [f'<p align="center"><b>{html.escape(p)}</b></p>' if p == TITLE else f"<p>{html.escape(p)}</p>" for p in PROSE]
    parts += [FOOTER, "</body></html>"]
    return "\n".join(parts)


def table_document():
    parts = [STYLE.format(size="21cm 29.7cm", font=11), HEADER.format("某县人民政府办公室"),
             '<p align="center"><b>某县人民政府办公室2012年政府信息公开工作年度报告</b></p>']
    parts += ["<p>" + html.escape(PROSE[5]) + "</p>"] * 7  # prose before the table, so that it runs over a page break
    parts.append("<p>附件：2012年政府信息公开情况统计表</p>")
    parts.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    parts.append("<tr>" + "".join(f'<td align="center">{h}</td>' for h in ("指标名称", "计量单位", "本年度", "历年累计")) + "</tr>")
    for label, unit, year, total in TABLE:
        parts.append(f"<tr><td>{html.escape(label)}</td><td align=\"center\">{unit}</td><td align=\"right\">{year}</td>"
                     f"<td align=\"right\">{total}</td></tr>")
    parts += ["</table>", FOOTER, "</body></html>"]
    return "\n".join(parts)


DOCUMENTS = {"legacy-prose": prose_document, "legacy-table": table_document}


def main(names):
    for name in names or DOCUMENTS:
        with open(f"{name}.html", "w", encoding="utf-8") as f:
            f.write(DOCUMENTS[name]() + "\n")
        subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                        "--outdir", ".", f"{name}.html"], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
