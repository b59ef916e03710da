package org.partnerhub.application.partner;

/** Fired when an application is submitted or resubmitted; observed after the commit to tell the reviewers. */
public record ApplicationSubmitted(String number, String organisationName, boolean resubmitted) {}
