package se.reorgledger.api.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core run inside the page: the serious and critical violations of WCAG 2.1 A and AA it finds. The script
 * comes from npm's axe-core package, installed outside the repository ({@code .ci/run} does it when missing):
 * {@code LEDGER_AXE_CORE} names its axe.min.js, else it is looked for under ~/.cache/ledger-axe.
 */
final class AxeCheck {

    static final String VERSION = "4.14.1";
    private static String source;

    private AxeCheck() {
    }

    /** Each serious or critical violation on the page as one line: rule, impact, help and where. */
    @SuppressWarnings("unchecked")
    static List<String> violations(JavascriptExecutor page) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe !== 'undefined'"))) {
            page.executeScript(source());
        }
        Object found = page.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                    .then(function (results) {
                        done(results.violations
                            .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                            .map(function (v) {
                                return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                                    + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ');
                            }));
                    })
                    .catch(function (e) { done(['axe failed: ' + e]); });
                """);
        return (List<String>) found;
    }

    private static synchronized String source() {
        if (source == null) {
            Path file = location();
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("The accessibility checks need axe-core " + VERSION + " at " + file
                        + " (npm install --prefix ~/.cache/ledger-axe axe-core@" + VERSION
                        + ", or set LEDGER_AXE_CORE to its axe.min.js)");
            }
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static Path location() {
        Map<String, String> environment = System.getenv();
        String named = environment.get("LEDGER_AXE_CORE");
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "ledger-axe", "node_modules", "axe-core",
                "axe.min.js");
    }
}
