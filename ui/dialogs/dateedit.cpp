#include "dateedit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QSignalBlocker>

namespace ui {

namespace {

const QString format = QStringLiteral("dd.MM.yyyy");
constexpr int length = 10; // dd.MM.yyyy

bool isSeparator(int position)
{
    return position == 2 || position == 5;
}

QDate parsed(const QString &text)
{
    return QDate::fromString(text, format);
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(format);
    setCalendarPopup(true);
    // A date set from the calendar or by the program clears the mark of a text that was no date.
    connect(this, &QDateEdit::dateChanged, this, &DateEdit::showProblem);
}

QString DateEdit::problem() const
{
    const QString text = lineEdit()->text();
    if (!specialValueText().isEmpty() && text == specialValueText())
        return {};
    const QDate date = parsed(text);
    if (!date.isValid())
        return tr("«%1» is not a date").arg(text.trimmed());
    if (date < minimumDate() || date > maximumDate())
        return tr("%1 is outside %2–%3").arg(text, minimumDate().toString(format), maximumDate().toString(format));
    return {};
}

QValidator::State DateEdit::validate(QString &text, int &position) const
{
    Q_UNUSED(position)
    if (const QDate date = parsed(text); date.isValid())
        return date >= minimumDate() && date <= maximumDate() ? QValidator::Acceptable : QValidator::Intermediate;
    // Digits and dots in their places: a date being typed, left as it is.
    if (text.size() > length)
        return QValidator::Invalid;
    for (int i = 0; i < text.size(); ++i) {
        if (isSeparator(i) ? text.at(i) != u'.' : !(text.at(i).isDigit() || text.at(i) == u' '))
            return QValidator::Invalid;
    }
    return QValidator::Intermediate;
}

QDateTime DateEdit::dateTimeFromText(const QString &text) const
{
    const QDate date = parsed(text);
    return date.isValid() ? date.startOfDay() : QDateEdit::dateTimeFromText(text);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!plain || typed.size() != 1 || !(typed.at(0).isDigit() || typed.at(0) == u'.' || typed.at(0) == u',' || typed.at(0) == u'/')) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    QLineEdit *edit = lineEdit();
    QString text = edit->text();
    int position = edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
    int unused = 0;
    if (validate(text, unused) == QValidator::Invalid) { // the special value's words: start afresh
        text = QStringLiteral("  .  .    ");
        position = 0;
    }
    text = text.leftJustified(length, u' ').left(length);
    text[2] = text[5] = u'.';
    if (typed.at(0).isDigit()) {
        if (isSeparator(position))
            ++position;
        if (position >= length) {
            event->accept();
            return;
        }
        text[position] = typed.at(0);
        ++position;
        if (isSeparator(position))
            ++position;
    } else {
        // A dot goes to the next part: after the day, the month; after the month, the year. Right
        // after a full day or month the cursor is already there.
        position = position <= 3 ? 3 : 6;
    }
    {
        // QDateEdit would read every keystroke section by section and put its last valid date back.
        const QSignalBlocker quiet(edit);
        edit->setText(text);
    }
    // A date outside the field's range stays as typed too: setDate() would pull it into the range.
    if (const QDate date = parsed(text); date.isValid() && date >= minimumDate() && date <= maximumDate())
        setDate(date);
    const QSignalBlocker quiet(edit);
    edit->setCursorPosition(position);
    showProblem();
    event->accept();
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    // QDateEdit would put the last valid date back: a typed text that is no date stays, marked.
    if (!problem().isEmpty()) {
        showProblem();
        QWidget::focusOutEvent(event);
        return;
    }
    QDateEdit::focusOutEvent(event);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // Tab moves between the parts of a date; with no date typed it leaves the field as it is.
    return problem().isEmpty() ? QDateEdit::focusNextPrevChild(next) : QWidget::focusNextPrevChild(next);
}

void DateEdit::showProblem()
{
    const QString why = lineEdit()->text().trimmed().size() == length ? problem() : QString();
    setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("QDateEdit { color: #b3261e; }"));
}

} // namespace ui
