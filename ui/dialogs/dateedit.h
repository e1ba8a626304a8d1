#pragma once

#include <QDateEdit>

namespace ui {

/// A dd.MM.yyyy date field that never changes a typed date. QDateEdit edits section by section and
/// fixes each section against the others while one types: «31» typed over «30.06.2021» becomes 30
/// (June has no 31st) before the month is reached, so «31.03.2021» is recorded as 30.03.2021, and a
/// typed dot after a full day skips the month. Here digits overwrite the text from the cursor
/// (skipping the dots, as on a paper form), a dot moves to the next part, and the date is taken only
/// when the text is one; until then the text stays as typed, and problem() says why it is no date.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    /// «31.06.2021 is not a date», when the text typed is none; empty otherwise.
    QString problem() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    QValidator::State validate(QString &text, int &position) const override;
    QDateTime dateTimeFromText(const QString &text) const override;

private:
    void showProblem();
};

} // namespace ui
