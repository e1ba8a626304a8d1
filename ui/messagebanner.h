#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QPushButton;

namespace ui {

/// A coloured strip above the content that says something the person must not miss:
/// the share is gone, the file is read-only, this is demo data.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    void setText(const QString &text);
    QString text() const;
    /// Adds a button at the right end; returns it so that the caller can connect it.
    QPushButton *addButton(const QString &text);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QHBoxLayout *m_layout;
};

} // namespace ui
