package org.partnerhub.application.cooperation;

import java.util.List;

/** Whom the cooperation context tells about an intent or a project: the enabled accounts of each side. */
public interface IntentRecipients {

    /** The partner's own users. */
    List<Long> partnerUsers(Long partnerId);

    /** The staff of the community and of its street (their region holds the community). */
    List<Long> communityStaff(String communityPath);
}
