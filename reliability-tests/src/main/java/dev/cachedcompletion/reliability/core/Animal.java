package dev.cachedcompletion.reliability.core;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A return type that asks Jackson for class-name type ids: the shape deserialization gadgets need.
 * Concrete, as the processor requires, and open to subclasses such as {@link GadgetCanary}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
public class Animal {

    public String name;

    public Animal() {
    }

    public Animal(String name) {
        this.name = name;
    }
}
