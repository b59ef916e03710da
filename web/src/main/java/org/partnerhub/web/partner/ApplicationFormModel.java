package org.partnerhub.web.partner;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.file.FileService;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.StoredFileRef;

/**
 * The application form's values, shared by the apply page and the correction on the status page. Chosen files are
 * stored as soon as the form is sent, so that a mistake in another field never makes the applicant choose them again.
 */
public class ApplicationFormModel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A file already stored for this form. */
    public record Upload(String key, String name, long size) implements Serializable {}

    private String name;
    private PartnerType type;
    private String creditCode;
    private String legalRepresentative;
    private String contactName;
    private String contactPhone;
    private String homeRegionCode;
    private List<String> serviceRegionCodes = new ArrayList<>();
    private List<String> categoryCodes = new ArrayList<>();
    private String introduction;
    private boolean consent;
    private transient List<Part> files;
    private final List<Upload> uploads = new ArrayList<>();

    public ApplicationForm toForm() {
        return new ApplicationForm(name, type, creditCode, legalRepresentative, contactName, contactPhone, homeRegionCode,
                serviceRegionCodes, categoryCodes, introduction, consent);
    }

    /** The form filled with a returned application's content, for its correction. */
    public static ApplicationFormModel of(ApplicationView view) {
        ApplicationFormModel model = new ApplicationFormModel();
        model.name = view.name();
        model.type = view.type();
        model.creditCode = view.creditCode();
        model.legalRepresentative = view.legalRepresentative();
        model.contactName = view.contactName();
        model.contactPhone = view.contactPhone();
        model.homeRegionCode = view.homeRegion().code();
        model.serviceRegionCodes = new ArrayList<>(view.serviceRegions().stream().map(CodedName::code).toList());
        model.categoryCodes = new ArrayList<>(view.categories().stream().map(CodedName::code).toList());
        model.introduction = view.introduction();
        return model;
    }

    /**
     * Stores the files chosen this time; a file that is refused (empty, too large, not a PDF/JPEG/PNG) becomes an
     * error on the {@code documents} field, the others are kept.
     */
    public List<FieldError> storeChosenFiles(FileService store, int alreadyAttached, int max) {
        List<FieldError> errors = new ArrayList<>();
        if (files != null) {
            for (Part part : files) {
                if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null
                        || part.getSubmittedFileName().isBlank())) {
                    continue;
                }
                if (alreadyAttached + uploads.size() >= max) {
                    errors.add(new FieldError("documents", null, Message.of("document.tooMany", max)));
                    break;
                }
                try (InputStream in = part.getInputStream()) {
                    byte[] content = Uploads.read(in, part.getSubmittedFileName(), "documents");
                    StoredFileRef stored = store.store(content, part.getSubmittedFileName());
                    uploads.add(new Upload(stored.key(), stored.originalName(), stored.size()));
                } catch (InvalidValueException e) {
                    errors.add(new FieldError("documents", null, e.message()));
                } catch (InvalidInputException e) {
                    errors.addAll(e.errors());
                } catch (IOException e) {
                    errors.add(new FieldError("documents", null, Message.of("document.unreadable")));
                }
            }
        }
        files = null;
        return errors;
    }

    public List<String> uploadKeys() {
        return uploads.stream().map(Upload::key).toList();
    }

    public void removeUpload(String key) {
        uploads.removeIf(u -> u.key().equals(key));
    }

    public void clearUploads() {
        uploads.clear();
    }

    public List<Upload> getUploads() {
        return uploads;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getHomeRegionCode() {
        return homeRegionCode;
    }

    public void setHomeRegionCode(String homeRegionCode) {
        this.homeRegionCode = homeRegionCode;
    }

    public List<String> getServiceRegionCodes() {
        return serviceRegionCodes;
    }

    public void setServiceRegionCodes(List<String> serviceRegionCodes) {
        this.serviceRegionCodes = serviceRegionCodes == null ? new ArrayList<>() : new ArrayList<>(serviceRegionCodes);
    }

    public List<String> getCategoryCodes() {
        return categoryCodes;
    }

    public void setCategoryCodes(List<String> categoryCodes) {
        this.categoryCodes = categoryCodes == null ? new ArrayList<>() : new ArrayList<>(categoryCodes);
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }
}
