package dev.cachedcompletion.reliability.core;

/**
 * Stands in for a gadget of no relation to the return type: a decoder that loads a named class
 * before checking it against the declared type would still run this static initializer.
 */
public class UnrelatedCanary {

    static {
        CanaryEvidence.INITIALIZED.incrementAndGet();
    }

    public UnrelatedCanary() {
        CanaryEvidence.BUILT.incrementAndGet();
    }

    public void setCommand(String command) {
        CanaryEvidence.BUILT.incrementAndGet();
    }
}
