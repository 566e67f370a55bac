package se.reorgledger.api.ledger;

/** Who is asking: the name recorded on every change as the one who recorded it. */
@FunctionalInterface
public interface CurrentPrincipal {

    String name();
}
