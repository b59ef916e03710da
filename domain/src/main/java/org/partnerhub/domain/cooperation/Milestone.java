package org.partnerhub.domain.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One step of a project's plan: what, by when, and whether it is done. */
@Embeddable
public class Milestone {

    public static final int TITLE_MAX = 100;

    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "done", nullable = false)
    private boolean done;

    protected Milestone() {
        // for JPA
    }

    public Milestone(String title, LocalDate dueDate, boolean done) {
        this.title = Objects.requireNonNull(title, "title");
        this.dueDate = dueDate;
        this.done = done;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isDone() {
        return done;
    }
}
