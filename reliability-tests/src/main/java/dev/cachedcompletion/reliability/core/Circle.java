package dev.cachedcompletion.reliability.core;

/** The one declared subtype of {@link Shape}. */
public class Circle extends Shape {

    public double radius;
}
