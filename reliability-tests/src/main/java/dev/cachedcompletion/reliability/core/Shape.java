package dev.cachedcompletion.reliability.core;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A return type with logical type names: the polymorphism the codec allows. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME)
@JsonSubTypes(@JsonSubTypes.Type(value = Circle.class, name = "circle"))
public class Shape {

    public String label;
}
