#pragma once

#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace ui {

/// A dialog whose input the caller saves: OK emits submitRequested() after the dialog's own
/// checks, and the dialog stays open until the caller accepts it. A failed save is shown inside
/// the dialog with showError(), and everything typed stays where it was.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget *parent = nullptr);

    /// Shows why saving failed, above the buttons; the fields keep their contents.
    void showError(const QString &message);
    void clearError();
    QString errorText() const;
    /// True when the person confirmed what doubt() warned about; the caller passes it on to core.
    bool isConfirmed() const { return m_confirmed; }

signals:
    /// OK was pressed and the input passed validate().
    void submitRequested();

protected:
    /// Where subclasses put their widgets, between the title and the error banner.
    QVBoxLayout *contentLayout() const { return m_content; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }
    void setSubmitText(const QString &text);
    /// Word-wrapped labels need the height that goes with the dialog's width, which layouts do
    /// not give by themselves: sets the width (when given) and grows the height to fit.
    void fitToContents(int width = 0);
    /// A word-wrapped note under the field above it in form, hidden until showNote() gives it text.
    QLabel *addNoteRow(QFormLayout *form, const QString &objectName);
    /// Shows the note (hidden when empty) and grows the dialog to fit the lines it takes.
    void showNote(QLabel *note, const QString &text);
    /// The dialog's own checks; a message when the input cannot be submitted.
    virtual QString validate() const { return {}; }
    /// A warning about input a person may mean (a doubtful date): OK asks them to confirm it.
    virtual QString doubt() const { return {}; }

private:
    void submit();

    QVBoxLayout *m_content = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_confirmed = false;
};

} // namespace ui
