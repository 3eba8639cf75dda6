package org.newskg.extract.events;

/** Kinds of event; each maps to a subclass of {@code nkg:Event}. */
public enum EventType {
    MEETING("Meeting"),
    INSPECTION("Inspection"),
    SIGNING("Signing"),
    AWARD("Award"),
    CEREMONY("Ceremony"),
    OTHER("Event");

    private final String className;

    EventType(String className) {
        this.className = className;
    }

    public String className() {
        return className;
    }
}
