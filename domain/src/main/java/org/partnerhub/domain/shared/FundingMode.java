package org.partnerhub.domain.shared;

/** How a need is paid for, or on what terms a supply item is offered: 公益 (free), 低偿 (subsidised), 有偿 (paid). */
public enum FundingMode {
    PUBLIC_BENEFIT,
    LOW_FEE,
    PAID
}
