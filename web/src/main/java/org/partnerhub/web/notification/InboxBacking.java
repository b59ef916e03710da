package org.partnerhub.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;
import org.partnerhub.web.shared.ApiTime;

/** The signed-in user's inbox ({@code /inbox}), and the unread count the navigation shows. */
@Named
@RequestScoped
public class InboxBacking {

    @Inject
    NotificationService notifications;

    @Inject
    RequestActor actor;

    private Page<Notification> result;
    private Long unread;

    public Page<Notification> getResult() {
        if (result == null) {
            result = notifications.inbox(actor.get(), PageRequest.first(50));
        }
        return result;
    }

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(actor.get());
        }
        return unread;
    }

    public String text(Notification n) {
        return Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(), n.getMessageKey(),
                n.getMessageArgs().toArray());
    }

    public String time(Notification n) {
        return ApiTime.of(n.getCreatedAt()).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    public void markAllRead() {
        notifications.markAllRead(actor.get());
        result = null;
        unread = null;
        Forms.info("inbox.allRead");
    }
}
