package se.reorgledger.api.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver: both named by path, so Selenium never looks
 * for (or downloads) a browser or driver of its own. {@code .ci/run} installs the two packages when missing.
 */
final class Browser implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final java.util.Set<String> checked = new java.util.HashSet<>();

    Browser(String base) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        this.base = base;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
        checkAccessibility();
    }

    /**
     * Runs axe-core in the page once per address and content and fails on a serious or critical violation.
     * Called on every {@link #open} and on every look-up in a page reached by a click or a form, so every page a
     * journey visits is checked (a form's answer at the form's own address too, told apart by its content).
     */
    void checkAccessibility() {
        String address = driver.getCurrentUrl();
        if (!address.startsWith(base)) {
            return;
        }
        Object size = driver.executeScript("return document.body ? document.body.innerHTML.length : 0");
        if (!checked.add(address + " " + size)) {
            return;
        }
        java.util.List<String> violations = AxeCheck.violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical violations on " + address + ":\n"
                    + String.join("\n", violations));
        }
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        checkAccessibility();
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        checkAccessibility();
        return driver.findElements(By.cssSelector(css));
    }

    /** The path once the page asked for has come (a form's answer may take a while), or the page's text. */
    String awaitPath(String prefix) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ignored -> path().startsWith(prefix));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected " + prefix + " but stayed on " + path() + ":\n"
                    + driver.findElement(By.cssSelector("main")).getText(), e);
        }
        return path();
    }

    String text() {
        return find("body").getText();
    }

    void signIn(String user, String password) {
        open("/logga-in");
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("form.inloggning button[type=submit]").click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ignored -> !path().startsWith("/logga-in"));
    }

    /** The session cookie, for downloads fetched beside the browser. */
    String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** Keeps a picture of the page under target/screenshots/, for people to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the page's HTML beside its screenshots, for reading when a test fails. */
    void keepSource(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
