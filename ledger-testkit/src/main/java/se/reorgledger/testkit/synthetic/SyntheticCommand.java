package se.reorgledger.testkit.synthetic;

import java.util.List;

/** The events of one command: recorded together, at one time, by one principal. */
record SyntheticCommand(String principal, List<Object> payloads) {
}
