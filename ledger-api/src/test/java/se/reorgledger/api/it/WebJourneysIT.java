package se.reorgledger.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import se.reorgledger.api.readmodel.ReadSideStatus;

/**
 * The web application's key journeys in a real headless browser, against the service on its embedded default
 * with the Askersund scenario loaded: one service and one browser for the whole class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebJourneysIT {

    @TempDir
    static Path data;

    private RunningLedger ledger;
    private Browser browser;

    @BeforeAll
    void start() {
        ledger = RunningLedger.start(Map.of("LEDGER_DATA_DIR", data.toString(), "LEDGER_ASKERSUND", "auto"));
        awaitCaughtUp();
        browser = new Browser(ledger.baseUrl());
        browser.signIn(RunningLedger.READER, RunningLedger.password(RunningLedger.READER));
    }

    /** Ready means at most max-lag events behind; the journeys count units, so they wait for every event. */
    private void awaitCaughtUp() {
        ReadSideStatus status = ledger.bean(ReadSideStatus.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!status.caughtUp() || status.lag() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the read models did not catch up with the ledger");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        ledger.close();
    }

    @Test
    void aSignedInReaderSeesSixForvaltningarBeforeTheCutOverAndFourKontorAfter() {
        browser.open("/organisationer/askersund?asOf=2025-12-31");
        assertThat(browser.find("h1").getText()).isEqualTo("Askersunds kommun den 2025-12-31");
        browser.keepSource("organisation-2025-12-31");
        assertThat(kinds("förvaltning")).hasSize(6).contains("Tekniska förvaltningen", "Socialförvaltningen");
        assertThat(kinds("kontor")).isEmpty();
        browser.screenshot("organisation-2025-12-31");

        browser.find("a[rel=next]").click();
        browser.awaitPath("/organisationer/askersund?asOf=2026-01-01");
        assertThat(kinds("kontor")).containsExactlyInAnyOrder("Barn- och utbildningskontoret",
                "Kommunledningskontoret", "Samhällsbyggnadskontoret", "Socialkontoret");
        assertThat(kinds("förvaltning")).containsExactly("Kommunförvaltningen");
        assertThat(browser.all(".schema svg a text.schema-namn")).extracting(WebElement::getText)
                .contains("Samhällsbyggnadskontoret", "Kommunledningskontoret");
        assertThat(browser.find(".trad").getText()).contains("illustrativ");
        browser.screenshot("organisation-2026-01-01");
        browser.driver().executeScript("document.querySelector('.schema').scrollIntoView()");
        browser.screenshot("organisationsschema-2026-01-01");

        browser.driver().navigate().back();
        assertThat(browser.awaitPath("/organisationer/askersund?asOf=2025-12-31"))
                .isEqualTo("/organisationer/askersund?asOf=2025-12-31");
    }

    @Test
    void theCutOverIsOneClickFromTheStartPageAndShowsServiceavdelningenMoved() {
        browser.open("/");
        browser.find("a[href='/organisationer/askersund']").click();
        browser.find("#jamfor-omstallning").click();
        browser.awaitPath("/organisationer/askersund/jamfor?from=2025-12-31&to=2026-01-01");
        String moved = browser.find("#flyttade").findElement(org.openqa.selenium.By.xpath("..")).getText();
        assertThat(moved).contains("Serviceavdelningen flyttas från Tekniska förvaltningen till");
        String ended = browser.find("#avvecklade").findElement(org.openqa.selenium.By.xpath("..")).getText();
        assertThat(ended).contains("Tekniska förvaltningen", "Kommunledningsförvaltningen",
                "Socialförvaltningen", "efterträds av Socialkontoret");
        String committees = browser.find("#namnder").findElement(org.openqa.selenium.By.xpath("..")).getText();
        assertThat(committees).contains("Socialkontoret börjar betjäna", "slutar betjäna");
        browser.screenshot("jamforelse-omstallningen");
    }

    @Test
    void samhallsbyggnadskontoretsPageLeadsToItsPrintableTrailAndItsCsv() throws Exception {
        browser.open("/organisationer/askersund/sok?asOf=2026-01-01&q=samhällsbyggnadskontoret");
        browser.find("ul.skillnader a").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Samhällsbyggnadskontoret");
        assertThat(browser.find(".sokvag").getText()).contains("Askersunds kommun", "Kommunförvaltningen");
        assertThat(browser.find("#harstamning").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .contains("avvecklas");
        browser.screenshot("enhet-samhallsbyggnadskontoret");

        browser.find("a[href*='/beslutsspar']").click();
        assertThat(browser.find("h1").getText()).isEqualTo("Beslutsspår: Samhällsbyggnadskontoret");
        assertThat(browser.all(".spar-beslut")).isNotEmpty();
        assertThat(browser.find("link[media=print]").getAttribute("href")).endsWith("/webb/utskrift.css");
        browser.screenshot("beslutsspar-samhallsbyggnadskontoret");

        String csvAddress = browser.find("a[href*='beslutsspar.csv']").getAttribute("href");
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvAddress))
                .header("Cookie", browser.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        byte[] bytes = csv.body();
        assertThat(List.of(bytes[0], bytes[1], bytes[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("Beslutsdatum;Organ;Paragraf");
        assertThat(text).contains("Samhällsbyggnadskontoret inrättas som kontor");

        String pdfAddress = browser.find("a[href*='beslutsspar.pdf']").getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfAddress))
                .header("Cookie", browser.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String pdfText = new PDFTextStripper().getText(document).replace("\n", " ");
            assertThat(pdfText).contains("Beslutsspår: Samhällsbyggnadskontoret", "Reskontrans huvud: position",
                    "Samhällsbyggnadskontoret inrättas som kontor");
        }
    }

    @Test
    void thePmIsShownAsAProposalAndADelegatedDecisionWithItsDelegate() {
        browser.open("/organisationer/askersund/beslut/kd-2025-06-18-pm-forslag");
        assertThat(browser.text()).contains("Ett förslag, inget beslut", "Förslag");

        browser.open("/organisationer/askersund/beslut/kd-2025-12-15-fastighetsfunktionen-tills-vidare");
        assertThat(browser.text()).contains("Delegationsbeslut", "Delegat", "Kommundirektören");
    }

    @Test
    void aWrongDateIsAnInlineMessageAndAnUnknownUnitASwedishNotFoundPage() {
        browser.open("/organisationer/askersund?asOf=2025-13-45");
        WebElement message = browser.find("#asOf-fel");
        assertThat(message.getText()).contains("är inget datum");
        assertThat(browser.find("#asOf").getAttribute("aria-describedby")).isEqualTo("asOf-fel");

        browser.open("/organisationer/askersund/enheter/finns-inte");
        assertThat(browser.find("h1").getText()).isEqualTo("Hittades inte (404)");
        assertThat(browser.find("form[role=search] input[type=search]").isDisplayed()).isTrue();
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("sv");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
                        URI.create(ledger.baseUrl() + "/logga-ut")).header("Cookie", browser.sessionCookie())
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Åtkomst nekad");
        browser.open("/organisationer/askersund");
        assertThat(browser.find(".logga-ut").getText()).contains("Inloggad som " + RunningLedger.READER);
    }

    @Test
    void anAuditorSeesTheLedgerHeadAndHasTheWholeChainVerified() {
        browser.open("/organisationer/askersund");
        browser.find("a[href='/reskontra']").click();
        String head = browser.find(".fakta").getText();
        assertThat(head).contains("Kedjehash", "Merkle-rot");
        browser.find("a[href='/reskontra?verifiera=ja']").click();
        assertThat(browser.find("#verifiering").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .containsPattern("Kedjan är intakt: \\d+ händelser kontrollerade");
        browser.screenshot("reskontrans-status");
    }

    @Test
    void signingOutEndsTheSessionAndSigningInAgainReturnsToTheAskedPage() {
        Browser other = new Browser(ledger.baseUrl());
        try {
            other.signIn(RunningLedger.READER, RunningLedger.password(RunningLedger.READER));
            other.find(".logga-ut button").click();
            assertThat(other.awaitPath("/logga-in")).isEqualTo("/logga-in?utloggad");
            other.open("/organisationer/askersund/beslut");
            assertThat(other.path()).isEqualTo("/logga-in");
            other.find("#username").sendKeys(RunningLedger.READER);
            other.find("#password").sendKeys(RunningLedger.password(RunningLedger.READER));
            other.find("form.inloggning button[type=submit]").click();
            other.awaitPath("/organisationer/askersund/beslut");
            assertThat(other.find("h1").getText()).contains("Beslut i reskontran");
        } finally {
            other.close();
        }
    }

    @Test
    void aRegistrarPreviewsARefusedPackageThenRecordsOneThatPasses() {
        try (Browser registrar = signedInRegistrar()) {
            registrar.open("/organisationer/askersund");
            registrar.find("a.skriv[href='/organisationer/askersund/registrera']").click();
            assertThat(registrar.find("h1").getText()).isEqualTo("Registrera beslut för Askersunds kommun");

            type(registrar, "#decidedOn", "2026-13-01");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find("#decidedOn-fel").getText()).contains("är inget datum");
            assertThat(registrar.find("#organ-fel").getText()).contains("Ange organet");
            assertThat(registrar.find("#decidedOn").getAttribute("aria-describedby")).isEqualTo("decidedOn-fel");
            assertThat(registrar.all("#registrera")).isEmpty();

            illustrativeDecision(registrar, "Kommunstyrelsen", "2026-03-10", "§ 30", "Ny enhet för lokalförsörjning");
            new Select(registrar.find("#c0-type")).selectByVisibleText("Inrätta enhet");
            type(registrar, "#c0-unitId", "lokalforsorjningsenheten");
            type(registrar, "#c0-name", "Lokalförsörjningsenheten");
            new Select(registrar.find("#c0-kind")).selectByValue("enhet");
            type(registrar, "#c0-parentId", "finns-inte");
            type(registrar, "#c0-effectiveDate", "2026-03-15");
            registrar.find("#forhandsgranska").click();
            String refusal = registrar.find(".vagrat").getText();
            assertThat(refusal).contains("Paketet kan inte registreras", "Ändring 1 i paketet",
                    "den 2026-03-15", "Lokalförsörjningsenheten", "finns-inte",
                    "En enhets överordnade enhet måste finnas");
            assertThat(registrar.all("#registrera")).isEmpty();
            registrar.screenshot("forhandsgranskning-vagrad");

            type(registrar, "#c0-parentId", "samhallsbyggnadskontoret");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find(".godkant").getText()).contains("Paketet följer reskontrans regler");
            assertThat(registrar.find(".jamforelse").getText()).contains("2026-03-15",
                    "Lokalförsörjningsenheten (enhet) inrättas under Samhällsbyggnadskontoret");
            registrar.screenshot("forhandsgranskning-godkand");
            browser.open("/organisationer/askersund/sok?asOf=2026-03-15&q=lokalförsörjning");
            assertThat(browser.find("main").getText()).doesNotContain("Lokalförsörjningsenheten");

            registrar.find("#registrera").click();
            registrar.awaitPath("/organisationer/askersund/beslut/kommunstyrelsen-2026-03-10-30");
            assertThat(registrar.find(".godkant").getText()).contains("registrerade");
            assertThat(registrar.find("main").getText()).contains("Lokalförsörjningsenheten inrättas som enhet",
                    "illustrativ");
            registrar.open("/organisationer/askersund/sok?asOf=2026-03-15&q=lokalförsörjning");
            assertThat(registrar.all("ul.skillnader a")).extracting(WebElement::getText)
                    .containsExactly("Lokalförsörjningsenheten");
        }
    }

    @Test
    void aRegistrarRecordsANamndAndTheKontorServingItThroughTheFormCorrectsItAndSeesTheMarks() {
        try (Browser registrar = signedInRegistrar()) {
            registrar.open("/organisationer/askersund?asOf=2026-01-01");
            assertThat(registrar.all(".trad .illustrativ-markering.innehavare")).isNotEmpty();

            registrar.open("/organisationer/askersund/registrera");
            illustrativeDecision(registrar, "Kommunfullmäktige", "2026-03-20", "§ 15", "En byggnämnd");
            new Select(registrar.find("#c0-type")).selectByVisibleText("Registrera nämnd");
            type(registrar, "#c0-committeeId", "byggnamnden");
            type(registrar, "#c0-name", "Byggnämnden");
            new Select(registrar.find("#c0-committeeType")).selectByValue("namnd");
            type(registrar, "#c0-effectiveDate", "2026-04-01");
            new Select(registrar.find("#c1-type")).selectByVisibleText("Kontor börjar betjäna nämnd");
            type(registrar, "#c1-unitId", "samhallsbyggnadskontoret");
            type(registrar, "#c1-committeeId", "Byggnämnden");
            type(registrar, "#c1-effectiveDate", "2026-04-01");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find("#c1-committeeId-fel").getText()).contains("är inget id");
            assertThat(registrar.find("#c1-committeeId").getAttribute("aria-describedby"))
                    .isEqualTo("c1-committeeId-fel");
            assertThat(registrar.all("#forhandsgranskning, #registrera")).isEmpty();

            type(registrar, "#c1-unitId", "serviceavdelningen");
            type(registrar, "#c1-committeeId", "byggnamnden");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find(".vagrat").getText()).contains("Ändring 2 i paketet", "den 2026-04-01",
                    "Serviceavdelningen", "Bara ett kontor eller en förvaltning kan betjäna en nämnd.");
            assertThat(registrar.all("#registrera")).isEmpty();

            type(registrar, "#c1-unitId", "samhallsbyggnadskontoret");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find(".godkant").getText()).contains("Paketet följer reskontrans regler");
            assertThat(registrar.find(".paketets-andringar").getText()).contains(
                    "Byggnämnden inrättas som nämnd från 2026-04-01",
                    "Samhällsbyggnadskontoret börjar betjäna Byggnämnden från 2026-04-01");
            assertThat(registrar.find(".jamforelse").getText()).contains("Nämnder som registreras (1)",
                    "Byggnämnden registreras", "Kontor som börjar betjäna en nämnd (1)",
                    "Samhällsbyggnadskontoret börjar betjäna Byggnämnden");
            assertThat(registrar.all(".varningar li .illustrativ-markering")).isNotEmpty();
            registrar.screenshot("forhandsgranskning-namnd");

            registrar.find("#registrera").click();
            registrar.awaitPath("/organisationer/askersund/beslut/kommunfullmaktige-2026-03-20-15");
            assertThat(registrar.find("main").getText()).contains("Byggnämnden inrättas som nämnd",
                    "Samhällsbyggnadskontoret börjar betjäna Byggnämnden", "kommunfullmaktige-2026-03-20-15.2");

            registrar.open("/organisationer/askersund/enheter/samhallsbyggnadskontoret?asOf=2026-04-01");
            assertThat(registrar.find(".betjanar").getText()).contains("Byggnämnden", "illustrativ");

            registrar.open("/organisationer/askersund/registrera");
            type(registrar, "#organ", "Kommunstyrelsen");
            type(registrar, "#decidedOn", "2026-03-25");
            type(registrar, "#title", "Rättelse av byggnämndens stöd");
            new Select(registrar.find("#c0-type")).selectByVisibleText("Rätta datumet för en tidigare ändring");
            type(registrar, "#c0-changeId", "kommunfullmaktige-2026-03-20-15.2");
            type(registrar, "#c0-effectiveDate", "2026-05-01");
            type(registrar, "#c0-reason", "Stödet börjar en månad senare");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find(".paketets-andringar").getText()).contains("Ändring "
                    + "kommunfullmaktige-2026-03-20-15.2 gäller i stället från 2026-05-01: Stödet börjar en månad senare");
            registrar.find("#registrera").click();
            registrar.awaitPath("/organisationer/askersund/beslut/kommunstyrelsen-2026-03-25");
            assertThat(registrar.find("#rattelser").findElement(org.openqa.selenium.By.xpath("..")).getText())
                    .contains("kommunfullmaktige-2026-03-20-15.2", "gäller i stället från 2026-05-01");
        }
    }

    @Test
    void aRegistrarUploadsAScenarioFileAndABrokenOneIsAMessageByTheField() {
        try (Browser registrar = signedInRegistrar()) {
            registrar.open("/organisationer/askersund/registrera/fil");
            registrar.find("#yaml").sendKeys("organisation: {id: askersund, name: Askersunds kommun}\n"
                    + "decisions:\n  - {id: ks-fil-1, organ: Kommunstyrelsen, decidedOn: 2026-04-01, title: T,\n"
                    + "     changes: [{type: renameUnit, unitId: samhallsbyggnadskontoret, nam: X}]}\n");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find("#fil-fel").getText()).contains("Ett fält är okänt", "rad 4");

            WebElement yaml = registrar.find("#yaml");
            yaml.clear();
            yaml.sendKeys("organisation: {id: askersund, name: Askersunds kommun}\n"
                    + "decisions:\n  - {id: ks-fil-1, organ: Kommunstyrelsen, decidedOn: 2026-04-01, "
                    + "title: Nytt namn, illustrative: true,\n"
                    + "     changes: [{type: renameUnit, unitId: kommunledningskontoret, name: Kommunkontoret,"
                    + " effectiveDate: 2026-05-01}]}\n");
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.find(".jamforelse").getText())
                    .contains("Kommunledningskontoret byter namn till Kommunkontoret");
            registrar.find("#registrera").click();
            registrar.awaitPath("/organisationer/askersund/beslut/ks-fil-1");
            assertThat(registrar.find("main").getText()).contains("byter namn till Kommunkontoret");
        }
    }

    @Test
    void aScenarioFileOverTheUploadLimitIsASwedishMessageByTheFileField() throws Exception {
        Path large = java.nio.file.Files.createTempFile("scenario-stor", ".yaml");
        java.nio.file.Files.writeString(large, "organisation: {id: askersund, name: Askersunds kommun}\n# "
                + "x".repeat(1_200_000) + "\n");
        try (Browser registrar = signedInRegistrar()) {
            registrar.open("/organisationer/askersund/registrera/fil");
            registrar.find("#fil").sendKeys(large.toString());
            registrar.find("#forhandsgranska").click();
            assertThat(registrar.awaitPath("/organisationer/askersund/registrera/fil?forStor="))
                    .startsWith("/organisationer/askersund/registrera/fil?forStor=");
            assertThat(registrar.find("#fil-fel").getText()).contains("för stor", "högst 1 MB");
            assertThat(registrar.find("#fil").getAttribute("aria-describedby")).isEqualTo("fil-fel");
            registrar.checkAccessibility();
        } finally {
            java.nio.file.Files.deleteIfExists(large);
        }
    }

    @Test
    void aReaderSeesNoWriteControlsAndARecordingPostIsRefusedWithAPage() throws Exception {
        browser.open("/organisationer/askersund");
        assertThat(browser.all("a[href*='/registrera']")).isEmpty();
        browser.open("/organisationer/askersund/beslut");
        String decision = browser.find("tbody a").getAttribute("href");
        browser.driver().get(decision);
        assertThat(browser.all("a[href*='/registrera'], .skriv, form[action*='/registrera']")).isEmpty();

        browser.open("/organisationer/askersund/registrera");
        assertThat(browser.find("h1").getText()).isEqualTo("Åtkomst nekad (403)");

        String csrf = browser.find("form.logga-ut input[name=_csrf]").getAttribute("value");
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = "_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8)
                + "&steg=registrera&organ=Kommunstyrelsen&decidedOn=2026-03-01&title=Obeh%C3%B6rigt"
                + "&id=las-forsok&changes%5B0%5D.type=renameUnit&changes%5B0%5D.unitId=socialkontoret"
                + "&changes%5B0%5D.name=X&changes%5B0%5D.effectiveDate=2026-03-01";
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(
                        URI.create(ledger.baseUrl() + "/organisationer/askersund/registrera"))
                .header("Cookie", browser.sessionCookie()).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Åtkomst nekad");
        browser.open("/organisationer/askersund/beslut/las-forsok");
        assertThat(browser.find("h1").getText()).isEqualTo("Hittades inte (404)");
    }

    @Test
    void aDecisionShowsItsPlaceInTheLedgerWithProofsThatVerifyAndDownloadsAsPdfAndCsv() throws Exception {
        browser.open("/organisationer/askersund/beslut/kf-2025-12-15-reglementen");
        List<WebElement> places = browser.all("#positioner tbody tr");
        assertThat(places).hasSizeGreaterThanOrEqualTo(3);
        assertThat(places.get(0).getText()).contains("Beslutet registreras");
        assertThat(browser.text()).contains("Nytt datum 2026-02-01: Fullmäktiges beslut");
        assertThat(browser.find("#beslutets-gang").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .contains("Status:");
        String position = places.get(1).findElement(org.openqa.selenium.By.cssSelector("td")).getText();
        assertThat(position).matches("\\d+");
        String proofAddress = places.get(1).findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href");
        assertThat(proofAddress).endsWith("/reskontra/bevis/" + position);
        browser.screenshot("beslut-i-reskontran");

        browser.open("/reskontra/bevis/" + position);
        assertThat(browser.find("h1").getText()).isEqualTo("Inklusionsbevis för position " + position);
        var proof = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                get(proofAddress + "/bevis.json").body(), se.reorgledger.integrity.merkle.InclusionProof.class);
        java.util.HexFormat hex = java.util.HexFormat.of();
        assertThat(se.reorgledger.integrity.merkle.MerkleProofs.verifyInclusion(proof.leafIndex(), proof.treeSize(),
                hex.parseHex(proof.leafHash()), proof.auditPath().stream().map(hex::parseHex).toList(),
                hex.parseHex(proof.merkleRoot()))).isTrue();
        assertThat(browser.text()).contains(proof.merkleRoot());
        String line = new String(get(proofAddress + "/handelse.ndjson").body(), StandardCharsets.UTF_8);
        assertThat(line.lines().findFirst().orElseThrow()).contains("\"position\":" + position + ",",
                proof.entryHash());
        browser.open("/reskontra/bevis/999999999");
        assertThat(browser.find("h1").getText()).isEqualTo("Hittades inte (404)");

        browser.open("/organisationer/askersund/beslut/kf-2025-12-15-reglementen");
        HttpResponse<byte[]> pdf = get(browser.find("a[href*='beslutsspar.pdf']").getAttribute("href"));
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertThat(text).contains("Beslut: Reviderade reglementen", "Reskontrans huvud: position",
                    "Nytt datum 2026-02-01", "Position " + position);
        }
        byte[] csv = get(browser.find("a[href*='beslutsspar.csv']").getAttribute("href")).body();
        assertThat(List.of(csv[0], csv[1], csv[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Beslutet registreras", "Kommunfullmäktige");

        browser.open("/organisationer/askersund?asOf=2026-01-01");
        HttpResponse<byte[]> organisation = get(browser.find("a[href*='organisation.pdf']").getAttribute("href"));
        try (PDDocument document = Loader.loadPDF(organisation.body())) {
            String text = new PDFTextStripper().getText(document).replace("\n", " ");
            assertThat(text).contains("Askersunds kommun den 2026-01-01", "Reskontrans huvud: position",
                    "Samhällsbyggnadskontoret (kontor)", "Kontorschef: Malin Rosén");
        }
    }

    @Test
    void aReaderSeesTheDecisionsDocumentsAndDownloadsTheBytesOfItsHash() throws Exception {
        String decision = "/api/v1/organisations/askersund/decisions/kf-2025-12-15-reglementen/documents";
        byte[] utdrag = "Protokollsutdrag, Kommunfullmäktige 2025-12-15: reglementen (illustrativt)\n"
                .getBytes(StandardCharsets.UTF_8);
        String held = DocumentsContract.sha256(utdrag);
        assertThat(ledger.send(HttpRequest.newBuilder(URI.create(ledger.baseUrl() + "/api/v1/documents/" + held))
                .header("Content-Type", "text/plain; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(utdrag))).status()).isEqualTo(201);
        assertThat(ledger.post(decision, """
                {"attachedTo":"decision","role":"protokollsutdrag","name":"utdrag kf 2025-12-15.txt",
                 "sha256":"%s"}""".formatted(held)).status()).isEqualTo(201);
        String notHeld = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
        assertThat(ledger.post(decision, """
                {"attachedTo":"reglemente","committeeId":"kommunstyrelsen","reglementeVersion":"2026",
                 "role":"reglemente","name":"reglemente.pdf","mediaType":"application/pdf","size":2048,
                 "sha256":"%s"}""".formatted(notHeld)).status()).isEqualTo(201);
        awaitCaughtUp();

        browser.open("/organisationer/askersund/beslut/kf-2025-12-15-reglementen");
        List<WebElement> rows = browser.all("#dokument tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("utdrag kf 2025-12-15.txt", "Protokollsutdrag", "Beslutet",
                "text/plain", utdrag.length + " byte", held);
        assertThat(rows.get(1).getText()).contains("reglemente.pdf", "Reglemente",
                "Reglemente för kommunstyrelsen, version 2026", "application/pdf, 2,0 kB", notHeld);
        String address = rows.get(0).findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href");

        HttpResponse<byte[]> download = get(address);
        assertThat(DocumentsContract.sha256(download.body())).isEqualTo(held);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("utdrag"));
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/logga-in"));

        browser.driver().get(rows.get(1).findElement(org.openqa.selenium.By.cssSelector("a")).getAttribute("href"));
        assertThat(browser.find("h1").getText()).isEqualTo("Handlingen finns inte i tjänsten (404)");
        browser.open("/organisationer/askersund/beslut/ks-2026-02-17-avdelningsnamn/dokument/" + held);
        assertThat(browser.find("h1").getText()).isEqualTo("Hittades inte (404)");
    }

    @Test
    void aRegistrarRecordsTheNextStepOfADecisionsLifeFromItsPageAndAReaderSeesNoForm() {
        assertThat(ledger.post("/api/v1/organisations/askersund/decisions", """
                {"id":"ks-2026-05-05-40","organ":"Kommunstyrelsen","decidedOn":"2026-05-05","paragraph":"§ 40",
                 "title":"Steg i beslutets gång","illustrative":true}""").status()).isEqualTo(201);
        awaitCaughtUp();
        String page = "/organisationer/askersund/beslut/ks-2026-05-05-40";
        try (Browser registrar = signedInRegistrar()) {
            registrar.open(page);
            assertThat(new Select(registrar.find("#ls-steg")).getFirstSelectedOption().getText())
                    .isEqualTo("Justering av protokollet");
            type(registrar, "#ls-datum", "2026-05-32");
            registrar.find("#livscykelsteg button[type=submit]").click();
            assertThat(registrar.find("#ls-datum-fel").getText()).contains("”2026-05-32” är inget datum");
            assertThat(registrar.find("#ls-datum").getAttribute("aria-describedby")).isEqualTo("ls-datum-fel");

            new Select(registrar.find("#ls-steg")).selectByVisibleText("Anslag på anslagstavlan");
            type(registrar, "#ls-datum", "2026-05-08");
            registrar.find("#livscykelsteg button[type=submit]").click();
            assertThat(registrar.find("#ls-avvisning").getText()).contains("Reskontran registrerade inte steget",
                    "Ett besluts protokoll justeras, sedan anslås det");
            registrar.screenshot("livscykelsteg-avvisat");

            new Select(registrar.find("#ls-steg")).selectByVisibleText("Justering av protokollet");
            type(registrar, "#ls-datum", "2026-05-07");
            registrar.find("#livscykelsteg button[type=submit]").click();
            registrar.awaitPath(page);
            assertThat(registrar.text()).contains("Steget är registrerat i reskontran.",
                    "Protokollet justerat 2026-05-07.");
            assertThat(new Select(registrar.find("#ls-steg")).getFirstSelectedOption().getText())
                    .isEqualTo("Anslag på anslagstavlan");
        }
        browser.open(page);
        assertThat(browser.text()).contains("Protokollet justerat 2026-05-07.");
        assertThat(browser.all("#livscykelsteg, form[action*='/livscykel']")).isEmpty();
    }

    private HttpResponse<byte[]> get(String address) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", browser.sessionCookie()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(address).isEqualTo(200);
        return response;
    }

    private Browser signedInRegistrar() {
        Browser registrar = new Browser(ledger.baseUrl());
        registrar.signIn(RunningLedger.REGISTRAR, RunningLedger.password(RunningLedger.REGISTRAR));
        return registrar;
    }

    /** The decision's own fields of the registration form, for a decision the PM does not state. */
    private static void illustrativeDecision(Browser browser, String organ, String decidedOn, String paragraph,
                                             String title) {
        type(browser, "#organ", organ);
        type(browser, "#decidedOn", decidedOn);
        type(browser, "#paragraph", paragraph);
        type(browser, "#title", title);
        browser.find("#illustrative").click();
    }

    private static void type(Browser browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** The names of the units of one kind in the tree on the page, read from the document as it stands. */
    @SuppressWarnings("unchecked")
    private List<String> kinds(String kind) {
        return (List<String>) browser.driver().executeScript("""
                var kind = arguments[0];
                return Array.from(document.querySelectorAll('.trad li')).filter(function (unit) {
                    var label = unit.querySelector(':scope > details > summary > .typ, :scope > .blad > .typ');
                    return label !== null && label.textContent.trim() === kind;
                }).map(function (unit) { return unit.querySelector('.enhet-namn').textContent.trim(); });
                """, kind);
    }
}
