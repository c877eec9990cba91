package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracker.graph.Skill;
import dev.tracker.graph.SkillGraph;
import dev.tracker.graph.SkillStatus;
import dev.tracker.report.OverviewReport;
import dev.tracker.roadmap.MarkdownRoadmapParser;
import dev.tracker.state.HistoryEntry;
import dev.tracker.state.Progress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report's page: well-formed, self-contained, escaped, and the matrix holds the gaps' counts. */
class HtmlReportRendererTest {
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final String LEVELS = """
            # Go `<b>levels</b>` & "more"
            ## Interfaces \u001b[31mred
            ### L1: Junior
            - [x] one
            - [x] two
            ### L2: Senior
            - [ ] three `<script>alert(1)</script>`
            - [x] four
            - [ ] five
            ## Maps
            ### L1: Junior
            - [ ] six
            """;

    private static SkillGraph graph() {
        return new SkillGraph(List.of(MarkdownRoadmapParser.parse("levels.md", LEVELS)));
    }

    private static String render(Progress progress) {
        return HtmlReportRenderer.render(OverviewReport.of(graph(), progress, NOW, ZoneOffset.UTC, 0.9, DayOfWeek.MONDAY));
    }

    /** Parsed as XML: a strict check that every tag closes and every entity is one. */
    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    static NodeList select(Document page, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }

    private static Progress checkedOnTwoDays() {
        List<HistoryEntry> history = new ArrayList<>();
        List<Skill> skills = graph().skills();
        history.add(HistoryEntry.status(Instant.parse("2026-12-01T10:00:00Z"), "c1", skills.get(5).id(), SkillStatus.TODO,
                SkillStatus.DONE, false, "six"));
        history.add(HistoryEntry.status(Instant.parse("2026-12-03T10:00:00Z"), "c2", skills.get(2).id(), SkillStatus.TODO,
                SkillStatus.DONE, false, "three"));
        history.add(HistoryEntry.review(Instant.parse("2026-10-03T10:00:00Z"), "c0", skills.get(2).id(), "again", 0.9));
        return new Progress(history);
    }

    @Test
    void pageIsWellFormedAndSelfContained() throws Exception {
        String html = render(checkedOnTwoDays());
        parse(html);
        assertThat(html).startsWith("<!DOCTYPE html>").contains(HtmlReportRenderer.GENERATOR)
                .contains("prefers-color-scheme:dark").contains("name=\"viewport\"");
        assertThat(html.toLowerCase()).doesNotContain("<script", "http://", "https://", "src=", "href=", "url(", "@import");
    }

    @Test
    void textFromTheRoadmapIsEscapedAndMadePrintable() throws Exception {
        String html = render(checkedOnTwoDays());
        Document page = parse(html);
        assertThat(html).contains("<h3>Go &lt;b&gt;levels&lt;/b&gt; &amp; &quot;more&quot;</h3>")
                .contains(">Interfaces ^[[31mred</td>").contains("three &lt;script&gt;alert(1)&lt;/script&gt; <span")
                .doesNotContain("\u001b", "<b>", "<script");
        assertThat(select(page, "//b | //script").getLength()).isZero();
        assertThat(HtmlText.of("a'b\u009b<c>&\t")).isEqualTo("a&#39;b<U+009B>&lt;c&gt;&amp;\t".replace("<U+009B>", "&lt;U+009B&gt;"));
    }

    @Test
    void matrixHoldsEachLevelsCounts() throws Exception {
        Document page = parse(render(checkedOnTwoDays()));
        NodeList cells = select(page, "//table[@class='matrix']//td[@data-level]");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            Element cell = (Element) cells.item(i);
            values.add("L" + cell.getAttribute("data-level") + " " + cell.getTextContent() + " " + cell.getAttribute("class"));
        }
        // Interfaces: L1 2/2 complete, L2 2 of 3 (three checked on 12-03); Maps: L1 1/1 (six), no L2 cell
        assertThat(values).containsExactly("L1 2/2 cell s4", "L2 2/3 cell s2", "L1 1/1 cell s4");
        assertThat(select(page, "//td[@class='cell none']").getLength()).isEqualTo(1);
        assertThat(select(page, "//th").getLength()).isEqualTo(4); // topic, L1 Junior, L2 Senior, frontier
    }

    @Test
    void calendarAndBurndownFollowTheHistory() throws Exception {
        Document page = parse(render(checkedOnTwoDays()));
        assertThat(select(page, "//rect[@data-changes!='0']/@data-date").getLength()).isEqualTo(3);
        assertThat(((Element) select(page, "//rect[@data-date='2026-12-03']").item(0)).getAttribute("data-changes"))
                .isEqualTo("1");
        assertThat(select(page, "//rect").getLength()).as("53 weeks up to Friday").isEqualTo(52 * 7 + 5);
        assertThat(select(page, "//polyline").getLength()).isEqualTo(1);
        assertThat(page.getDocumentElement().getTextContent()).contains("1 of 6 left")
                .contains("streak: 1 day (longest 1 day), last active 2026-12-03");
    }

    @Test
    void anEmptyHistoryStillGivesAPageThatSaysSo() throws Exception {
        Document page = parse(render(new Progress(List.of())));
        assertThat(select(page, "//p[@class='empty']").item(0).getTextContent()).startsWith("No changes yet");
        assertThat(select(page, "//polyline").getLength()).isZero();
        assertThat(page.getDocumentElement().getTextContent()).contains("no change in it yet", "none due now");
    }

    @Test
    void dueReviewsAreListedWithTheirOverdueDays() throws Exception {
        Document page = parse(render(checkedOnTwoDays()));
        NodeList due = select(page, "//ul[@class='due']/li");
        assertThat(due.getLength()).isEqualTo(1);
        assertThat(due.item(0).getTextContent()).startsWith("levels/interfaces-31mred/l2/three-script-alert-script three <script>").contains("overdue");
    }
}
