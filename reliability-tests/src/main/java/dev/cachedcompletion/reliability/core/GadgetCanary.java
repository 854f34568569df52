package dev.cachedcompletion.reliability.core;

/**
 * Stands in for a deserialization gadget that is a subtype of the declared return type: loading it
 * runs its static initializer, building it runs its constructor and setters. Nothing refers to it
 * except by name, so any evidence it leaves came from decoding stored data.
 */
public class GadgetCanary extends Animal {

    static {
        CanaryEvidence.INITIALIZED.incrementAndGet();
    }

    public GadgetCanary() {
        CanaryEvidence.BUILT.incrementAndGet();
    }

    public void setCommand(String command) {
        CanaryEvidence.BUILT.incrementAndGet();
    }
}
