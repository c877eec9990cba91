package dev.tracker.render;

import dev.tracker.report.OverviewReport;

/**
 * `tracker report --html`: one self-contained page (inline CSS and SVG, no script, nothing
 * fetched), readable at 1280 px and on a phone, light or dark by {@code prefers-color-scheme}.
 * The skeleton and style are here; the sections in {@link HtmlSections}, the charts in {@link HtmlCharts}.
 */
public final class HtmlReportRenderer {
    /** Marks a page as the tracker's own, so that writing a report may replace it and nothing else. */
    public static final String GENERATOR = "<meta name=\"generator\" content=\"tracker report\"/>";

    private static final String STYLE = """
            :root{--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--card:#f6f8fa;
            --s0:#ebedf0;--s1:#c6e48b;--s2:#7bc96f;--s3:#239a3b;--s4:#196127;--bar:#2da44e;--burn:#0969da;color-scheme:light dark}
            @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--card:#151b23;
            --s0:#212830;--s1:#0e4429;--s2:#006d32;--s3:#26a641;--s4:#39d353;--bar:#3fb950;--burn:#4493f8}}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
            main{max-width:1200px;margin:0 auto;padding:16px}
            h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.25em;margin:1.4em 0 .5em;border-bottom:1px solid var(--line)}
            h3{font-size:1.05em;margin:1em 0 .3em}.muted{color:var(--muted)}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:12px}
            .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 12px;overflow-wrap:anywhere}
            .bar{height:10px;background:var(--s0);border-radius:5px;overflow:hidden;margin:6px 0}
            .bar span{display:block;height:100%;background:var(--bar)}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
            table.matrix{border-collapse:separate;border-spacing:3px;font-size:.9em}
            .matrix th{text-align:left;font-weight:600;padding:2px 6px;white-space:nowrap}
            .matrix td.topic{max-width:22em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding-right:8px}
            .matrix td.cell{min-width:4.2em;text-align:center;border-radius:4px;padding:3px 6px}
            .matrix td.none{background:transparent}
            .s0{background:var(--s0);fill:var(--s0)}.s1{background:var(--s1);fill:var(--s1)}
            .s2{background:var(--s2);fill:var(--s2)}.s3{background:var(--s3);fill:var(--s3);color:#fff}
            .s4{background:var(--s4);fill:var(--s4);color:#fff}
            svg{display:block;max-width:100%;height:auto}svg.calendar{min-width:640px}svg text{fill:var(--muted);font-size:10px}
            .burn{fill:none;stroke:var(--burn);stroke-width:2}.axis{stroke:var(--line)}
            ul.due{padding-left:1.2em}ul.due li{overflow-wrap:anywhere}
            code{font-size:.9em}
            @media (max-width:600px){body{font-size:14px}main{padding:10px}.matrix td.topic{max-width:11em}}
            """;

    private HtmlReportRenderer() {
    }

    public static String render(OverviewReport report) {
        StringBuilder page = new StringBuilder(1 << 16);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append(GENERATOR).append('\n')
                .append("<title>tracker report, ").append(report.today()).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>Learning report</h1>\n<p class=\"muted\">made by tracker on ").append(report.today())
                .append("</p>\n");
        HtmlSections.progress(page, report);
        HtmlSections.activity(page, report);
        HtmlMatrix.render(page, report);
        HtmlSections.burndowns(page, report);
        HtmlSections.reviews(page, report);
        return page.append("</main>\n</body>\n</html>\n").toString();
    }
}
