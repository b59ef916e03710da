package org.partnerhub.application.partner;

import org.partnerhub.domain.partner.ApplicationStatus;

/** A submitted application's number and its private status token (shown once; only its hash is stored). */
public record SubmittedApplication(String number, String statusToken, ApplicationStatus status) {}
