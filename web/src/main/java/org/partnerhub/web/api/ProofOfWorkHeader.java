package org.partnerhub.web.api;

/** The request header that carries a proof of work ("challenge:solution") to a public form's operation. */
public final class ProofOfWorkHeader {

    public static final String NAME = "Proof-Of-Work";

    private ProofOfWorkHeader() {}
}
