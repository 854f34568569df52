package dev.cachedcompletion.reliability.core;

/**
 * A bean return type with a field whose type asks for class-name type ids. The processor rejects
 * such a type as a return type itself, but does not look inside bean fields, so this is where a
 * hostile cache file can still try class names: the codec must refuse them at run time.
 */
public class AnimalPen {

    public Animal animal;

    public AnimalPen() {
    }

    public AnimalPen(Animal animal) {
        this.animal = animal;
    }
}
