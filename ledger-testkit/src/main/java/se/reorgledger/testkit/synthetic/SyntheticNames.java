package se.reorgledger.testkit.synthetic;

import java.util.Random;

/** Swedish names for synthetic organisations: förvaltningar, avdelningar, enheter, people and kommuner. */
final class SyntheticNames {

    private static final String[] FORVALTNINGAR = {"Socialförvaltningen", "Barn- och utbildningsförvaltningen",
            "Tekniska förvaltningen", "Kultur- och fritidsförvaltningen", "Samhällsbyggnadsförvaltningen",
            "Kommunledningsförvaltningen", "Miljö- och byggförvaltningen", "Vård- och omsorgsförvaltningen",
            "Arbetsmarknadsförvaltningen", "Serviceförvaltningen"};
    private static final String[] AREAS = {"Ekonomi", "Personal", "IT", "Kommunikation", "Individ- och familjeomsorg",
            "Äldreomsorg", "Förskole", "Grundskole", "Gymnasie", "Gata- och park", "VA-", "Fastighets", "Kost",
            "Lokalvårds", "Biblioteks", "Fritids", "Kultur", "Miljö", "Bygglovs", "Plan", "Arbetsmarknads",
            "Integrations", "Kundtjänst", "Upphandlings", "Säkerhets", "Löne", "Funktionsstöds", "Hälso- och sjukvårds",
            "Elevhälso", "Näringslivs"};
    private static final String[] PLACES = {"Åsbo", "Ängsgården", "Östra", "Västra", "Norra", "Södra", "Centrala",
            "Ekbacken", "Björkhagen", "Lindgården", "Solgläntan", "Tallåsen", "Hagaby", "Ödeby", "Älvsnäs",
            "Strandvägen", "Kyrkbacken", "Sjöängen", "Rönnen", "Granbacken"};
    private static final String[] ENHETER = {"förskola", "skola", "hemtjänst", "äldreboende", "gruppbostad",
            "fritidsgård", "bibliotek", "kök", "driftenhet", "mottagning", "arbetslag", "enhet"};
    private static final String[] FIRST = {"Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan",
            "Åsa", "Örjan", "Malin", "Per", "Sofia", "Mikael", "Elin", "Björn", "Ingrid", "Göran", "Lena", "Jonas"};
    private static final String[] LAST = {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson",
            "Olsson", "Persson", "Svensson", "Gustafsson", "Rosén", "Åberg", "Öberg", "Ek", "Lund", "Holm",
            "Sjöberg", "Wallin", "Engström", "Lindqvist"};
    private static final String[] KOMMUNER = {"Askersund", "Laxå", "Lekeberg", "Hallsberg", "Kumla", "Nora",
            "Lindesberg", "Ljusnarsberg", "Hällefors", "Degerfors", "Karlskoga", "Örebro", "Vadstena", "Ödeshög"};

    private SyntheticNames() {
    }

    static String forvaltning(Random random) {
        return pick(random, FORVALTNINGAR);
    }

    static String kontor(Random random) {
        return pick(random, AREAS) + "kontoret";
    }

    static String avdelning(Random random) {
        return pick(random, AREAS) + "avdelningen";
    }

    static String verksamhet(Random random) {
        return pick(random, AREAS) + "verksamheten";
    }

    static String enhet(Random random) {
        return pick(random, PLACES) + " " + pick(random, ENHETER);
    }

    static String person(Random random) {
        return pick(random, FIRST) + " " + pick(random, LAST);
    }

    static String kommun(int number) {
        String base = KOMMUNER[number % KOMMUNER.length];
        return number < KOMMUNER.length ? base + "s kommun" : base + " " + (number / KOMMUNER.length + 1) + " kommun";
    }

    static String kommunNamed(Random random) {
        return pick(random, KOMMUNER);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
