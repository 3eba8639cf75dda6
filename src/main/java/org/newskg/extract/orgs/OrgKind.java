package org.newskg.extract.orgs;

/** The kinds of organisation the ontology distinguishes; each maps to one class. */
public enum OrgKind {
    GOVERNMENT("GovernmentBody"),
    COMPANY("Company"),
    UNIVERSITY("University"),
    RESEARCH_INSTITUTE("ResearchInstitute"),
    ASSOCIATION("Association"),
    CHAMBER_OF_COMMERCE("ChamberOfCommerce"),
    MEDIA("MediaOrganization"),
    OTHER("Organization");

    private final String className;

    OrgKind(String className) {
        this.className = className;
    }

    /** Local name of the ontology class, e.g. {@code GovernmentBody}. */
    public String className() {
        return className;
    }

    /**
     * The broad class among GovernmentBody, Company and Organization: universities, institutes,
     * associations, chambers and media are kinds of Organization.
     */
    public String broadClassName() {
        return this == GOVERNMENT || this == COMPANY ? className : OTHER.className;
    }
}
