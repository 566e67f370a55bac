package se.reorgledger.api.opendata;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ledger's own terms, for what ORG and CPOV have no word for: whether a fact rests on an illustrative
 * decision, myndighetsutövning, the particulars of a decision (organ, §) and what a change did. Declared in the
 * vocabulary the service serves ({@link VocabularyGraph}).
 */
final class LedgerTerms {

    final Resource decision;
    final Property illustrative;
    final Property authority;
    final Property organ;
    final Property paragraph;
    final Property changeKind;
    final Property fromParent;
    final Property toParent;
    final Property previousName;
    final Property post;
    final Property holderBefore;
    final Property holderAfter;
    final Property committee;
    final Property reglemente;
    final Property previousClassification;
    final Property roleEnded;
    final Property servingUnit;
    final Property membership;

    LedgerTerms(LedgerIris iris) {
        String ns = iris.vocabularyNamespace();
        decision = ResourceFactory.createResource(ns + "Decision");
        illustrative = ResourceFactory.createProperty(ns, "illustrative");
        authority = ResourceFactory.createProperty(ns, "authority");
        organ = ResourceFactory.createProperty(ns, "organ");
        paragraph = ResourceFactory.createProperty(ns, "paragraph");
        changeKind = ResourceFactory.createProperty(ns, "changeKind");
        fromParent = ResourceFactory.createProperty(ns, "fromParent");
        toParent = ResourceFactory.createProperty(ns, "toParent");
        previousName = ResourceFactory.createProperty(ns, "previousName");
        post = ResourceFactory.createProperty(ns, "post");
        holderBefore = ResourceFactory.createProperty(ns, "holderBefore");
        holderAfter = ResourceFactory.createProperty(ns, "holderAfter");
        committee = ResourceFactory.createProperty(ns, "committee");
        reglemente = ResourceFactory.createProperty(ns, "reglemente");
        previousClassification = ResourceFactory.createProperty(ns, "previousClassification");
        roleEnded = ResourceFactory.createProperty(ns, "roleEnded");
        servingUnit = ResourceFactory.createProperty(ns, "servingUnit");
        membership = ResourceFactory.createProperty(ns, "membership");
    }
}
