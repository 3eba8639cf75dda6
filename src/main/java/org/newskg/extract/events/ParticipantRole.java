package org.newskg.extract.events;

/** How someone takes part in an event; each maps to a subproperty of {@code nkg:participant}. */
public enum ParticipantRole {
    CHAIR("chair"),          // 主持
    SPEAKER("speaker"),      // 讲话, 致辞, 发言
    LEADER("leader"),        // 带队, 率队, 率团
    ATTENDEE("attendee"),    // 出席, 参加
    PARTICIPANT("participant");

    private final String property;

    ParticipantRole(String property) {
        this.property = property;
    }

    /** Local name of the property in the ontology. */
    public String property() {
        return property;
    }
}
