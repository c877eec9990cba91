package dev.tracker.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden report in a real browser: headless Chromium (Debian's package, which .ci/run
 * installs) reads the page as a user's would, from a file URL. Skipped, saying so, where there
 * is no Chromium. Asserts on the DOM Chromium built and on the pictures it took, light and dark.
 */
@Tag("process")
class ReportBrowserTest {
    private static String chromium;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                chromium = candidate;
                break;
            }
        }
        if (chromium == null) {
            System.out.println("ReportBrowserTest skipped: no Chromium (apt-get install chromium; .ci/run does)");
        }
        Assumptions.assumeTrue(chromium != null, "no Chromium at /usr/bin/chromium: apt-get install chromium");
    }

    /** Runs Chromium headless on the golden page with these flags; returns its standard output. */
    private static String run(String... flags) throws IOException, InterruptedException {
        Path page = tmp.resolve("report.html");
        if (!Files.exists(page)) {
            Files.writeString(page, ReportGoldenTest.page());
        }
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(tmp, "profile")));
        command.addAll(List.of(flags));
        command.add(page.toUri().toString());
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished in 90 s").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static BufferedImage screenshot(String name, String... flags) throws Exception {
        File png = tmp.resolve(name).toFile();
        List<String> all = new ArrayList<>(List.of("--screenshot=" + png, "--window-size=1280,2000"));
        all.addAll(List.of(flags));
        run(all.toArray(String[]::new));
        return ImageIO.read(png);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theBrowsersDomHoldsTheMatrixTheCalendarAndTheBurndowns() throws Exception {
        String page = ReportGoldenTest.page();
        String dom = run("--dump-dom");
        int cells = count(page, "<td class=\"cell s");
        assertThat(cells).isGreaterThan(70); // 25 topics of 3 levels and 1 of 4, less the levels some lack
        assertThat(count(dom, "<td class=\"cell s")).isEqualTo(cells);
        assertThat(count(dom, "<rect class=\"day s")).isEqualTo(count(page, "<rect class=\"day s")).isGreaterThan(360);
        assertThat(count(dom, "<polyline")).isEqualTo(2); // the two roadmaps with changes
        assertThat(count(dom, "<section id=")).isEqualTo(5);
        assertThat(dom).doesNotContain("<parsererror");
    }

    @Test
    void itDrawsAPictureLightOrDarkAsTheBrowserPrefers() throws Exception {
        BufferedImage light = screenshot("light.png");
        BufferedImage dark = screenshot("dark.png", "--force-dark-mode", "--blink-settings=preferredColorScheme=0");
        assertThat(light.getWidth()).isEqualTo(1280);
        assertThat(light.getHeight()).isEqualTo(2000);
        assertThat(colours(light)).as("distinct colours: text, shades, bars").isGreaterThan(20);
        assertThat(light.getRGB(4, 4) & 0xFFFFFF).as("light background").isEqualTo(0xFFFFFF);
        assertThat(dark.getRGB(4, 4) & 0xFFFFFF).as("dark background").isEqualTo(0x0D1117);
        assertThat(colours(dark)).isGreaterThan(20);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
