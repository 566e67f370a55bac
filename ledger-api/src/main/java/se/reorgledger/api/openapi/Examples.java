package se.reorgledger.api.openapi;

/** Examples shown in the API description, from Askersund's reorganisation. */
public final class Examples {

    public static final String DECISION = """
            {"id":"ks-2025-11-18-uppdrag-2","organ":"Kommunstyrelsen","decidedOn":"2025-11-18","paragraph":"§ 146",
             "caseNumber":"KS 2025/202","title":"Flytt av serviceavdelningen till kommunledningskontoret",
             "illustrative":true,"kind":"beslut"}""";

    public static final String DELEGATED_DECISION = """
            {"id":"kd-2025-12-15-enhetsindelning","organ":"Kommunstyrelsen","decidedOn":"2025-12-15",
             "title":"Enhetsindelning inom bygg- och miljömyndigheten","illustrative":true,
             "kind":"delegationsbeslut","delegate":"Kommundirektören","delegationPoint":"1.4"}""";

    public static final String PACKAGE = """
            {"changes":[
              {"type":"establishUnit","unitId":"kommunledningskontoret","name":"Kommunledningskontoret",
               "kind":"kontor","parentId":"kommunforvaltningen","effectiveDate":"2026-01-01"},
              {"type":"moveUnit","unitId":"serviceavdelningen","parentId":"kommunledningskontoret",
               "effectiveDate":"2026-01-01"},
              {"type":"endChefRole","chefRoleId":"forvaltningschef-tekniska-forvaltningen",
               "effectiveDate":"2026-01-01"},
              {"type":"dissolveUnit","unitId":"tekniska-forvaltningen",
               "successorIds":["samhallsbyggnadskontoret","kommunledningskontoret"],"effectiveDate":"2026-01-01"}]}""";

    public static final String REFUSAL = """
            {"type":"/problems/no-cycles","title":"A unit can never be placed under itself or under one of its own
            descendants.","status":422,"detail":"On 2026-02-01, förvaltning 'Kommunförvaltningen' (kommunforvaltningen)
            would end up under itself: ... (nothing was recorded)","violations":[{"rule":"no-cycles",
            "type":"/problems/no-cycles","date":"2026-02-01","changeId":"ks-2025-11-24-145.3","field":"changes[0]",
            "subjects":["kommunforvaltningen","kommunledningskontoret"],"message":"..."}]}""";

    public static final String STRUCTURE = """
            {"organisation":"askersund","asOf":"2026-01-01","knownAt":"2026-01-15T00:00:00Z",
             "root":{"id":"askersund","name":"Askersunds kommun","kind":"kommun","authority":false,"chefRoles":[],
              "children":[{"id":"kommunforvaltningen","name":"Kommunförvaltningen","kind":"forvaltning",
               "authority":false,"chefRoles":[{"id":"forvaltningschef-kommunforvaltningen",
               "title":"Förvaltningschef tillika kommundirektör","holder":{"id":"joakim-ljungqvist",
               "name":"Joakim Ljungqvist"}}],"children":[{"id":"samhallsbyggnadskontoret",
               "name":"Samhällsbyggnadskontoret","kind":"kontor","authority":false,"chefRoles":[
               {"id":"kontorschef-samhallsbyggnadskontoret","title":"Kontorschef","holder":{"id":"malin-rosen",
               "name":"Malin Rosén"}}],"children":[]}]}]}}""";

    private Examples() {
    }
}
