// The translation catalogs are complete and current, and user-visible text in ui/ goes through tr().
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    bool numerus = false;
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readCatalog(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList translatableSources()
{
    const QDir root(QStringLiteral(C1_SOURCE_DIR));
    QStringList files;
    for (const QString& folder : { QStringLiteral("app"), QStringLiteral("ui") }) {
        QDirIterator it(root.filePath(folder),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

// The user-visible literals on one line of C++ that are not wrapped in tr(): "setText(“Hello”)".
QStringList untranslatedLiterals(const QString& line)
{
    static const QRegularExpression call(QStringLiteral(
        "\\b(setText|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setWindowTitle|setAccessibleName|"
        "setAccessibleDescription|setTitle|showMessage|addMenu|addAction|addItem|addTab|setTabText|"
        "setInformativeText|setDetailedText|setLabelText|setHeaderLabels?|setWindowIconText|"
        "QLabel|QPushButton|QToolButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMessageBox|QDockWidget)"
        "\\s*\\((?:[^\"()]*,\\s*)?\\s*(?:QStringLiteral\\s*\\(|QLatin1String\\s*\\(|QString::fromLatin1\\s*\\(|"
        "QString::fromUtf8\\s*\\(|u8?)?\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|%\\d|&\\w+;"));
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));

    QStringList found;
    if (line.contains(QLatin1String("i18n-ok")) || line.trimmed().startsWith(QLatin1String("//")))
        return found;
    for (auto m = call.globalMatch(line); m.hasNext();) {
        const auto match = m.next();
        QString text = match.captured(2);
        text.remove(markup);
        if (text.contains(letters))
            found << match.captured(1) + QStringLiteral("(“") + match.captured(2) + QStringLiteral("”)");
    }
    return found;
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void catalogComplete_data();
    void catalogComplete();
    void catalogCurrent_data();
    void catalogCurrent();
    void scanner_data();
    void scanner();
    void literalsAreTranslated();
};

void TestI18n::catalogComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
    QTest::newRow("English plural forms") << QStringLiteral("en");
}

// Every entry is translated (not unfinished, vanished or obsolete), keeps the source's placeholders, and the
// catalog is a translation rather than a copy of the English.
void TestI18n::catalogComplete()
{
    QFETCH(QString, language);
    const QString path = QStringLiteral(C1_SOURCE_DIR "/translations/c1console_%1.ts").arg(language);
    QString error;
    const QList<Message> messages = readCatalog(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > (language == QLatin1String("en") ? 20 : 50), "the catalog is (nearly) empty");

    QStringList problems;
    int identical = 0;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": “") + m.source + QStringLiteral("”");
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(" — ") + where;
            continue;
        }
        if (m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << QStringLiteral("empty — ") + where;
            continue;
        }
        for (const QString& t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ — ") + where + QStringLiteral(" → ") + t;
        }
        if (m.translations.constFirst() == m.source)
            ++identical;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    if (language == QLatin1String("en")) {
        // The source language's catalog has the entries with a number only, each with its singular and plural.
        for (const Message& m : messages) {
            QVERIFY2(m.numerus && m.translations.size() == 2, qPrintable(m.source));
            QVERIFY2(m.translations.constFirst() != m.source || !m.source.contains(QLatin1String("(s)")),
                qPrintable(QStringLiteral("“%1” has no English singular").arg(m.source)));
        }
        return;
    }
    // Some words are the same in both languages ("Proxy", "OK"); a catalog of copies is not a translation.
    QVERIFY2(identical * 10 < messages.size(),
        qPrintable(QStringLiteral("%1 of %2 translations are the English text").arg(identical).arg(messages.size())));
}

void TestI18n::catalogCurrent_data()
{
    catalogComplete_data();
}

// lupdate over today's sources finds exactly the entries the catalog has: none missing, none left over.
void TestI18n::catalogCurrent()
{
    QFETCH(QString, language);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("c1console_%1.ts").arg(language));
    QProcess lupdate;
    // As the build's update_translations target runs it: the include paths let lupdate resolve namespaces.
    QStringList arguments { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
        QStringLiteral("-I"), QStringLiteral(C1_SOURCE_DIR "/app"), QStringLiteral("-I"),
        QStringLiteral(C1_SOURCE_DIR "/ui"), QStringLiteral("-I"), QStringLiteral(C1_SOURCE_DIR) };
    if (language == QLatin1String("en"))
        arguments << QStringLiteral("-pluralonly"); // as the c1console_plurals_lupdate target does
    arguments << translatableSources() << QStringLiteral("-ts") << fresh;
    lupdate.start(QStringLiteral(C1_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    QSet<QString> wanted;
    for (const Message& m : readCatalog(fresh, &error))
        wanted.insert(m.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> have;
    for (const Message& m :
        readCatalog(QStringLiteral(C1_SOURCE_DIR "/translations/c1console_%1.ts").arg(language), &error))
        have.insert(m.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    auto show = [](const QSet<QString>& keys) {
        QStringList lines;
        for (QString key : keys)
            lines << key.replace(QLatin1Char('\x1f'), QStringLiteral(" | "));
        lines.sort();
        return lines.join(QLatin1Char('\n'));
    };
    const QSet<QString> missing = wanted - have;
    const QSet<QString> leftOver = have - wanted;
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("Not in the catalog (run `cmake --build build --target update_translations` and "
                                  "translate):\n")
            + show(missing)));
    QVERIFY2(leftOver.isEmpty(), qPrintable(QStringLiteral("No longer in the sources:\n") + show(leftOver)));
}

void TestI18n::scanner_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("flagged");
    QTest::newRow("tr") << QStringLiteral("label->setText(tr(\"Hello there\"));") << 0;
    QTest::newRow("literal") << QStringLiteral("label->setText(QStringLiteral(\"Hello there\"));") << 1;
    QTest::newRow("plain") << QStringLiteral("button->setToolTip(\"Click me\");") << 1;
    QTest::newRow("u-literal") << QStringLiteral("box->setWindowTitle(u\"Settings\"_s);") << 1;
    QTest::newRow("constructor") << QStringLiteral("auto* b = new QPushButton(QStringLiteral(\"OK then\"), this);")
                                 << 1;
    QTest::newRow("action with icon") << QStringLiteral("menu->addAction(icon, QStringLiteral(\"Open it\"));") << 1;
    QTest::newRow("markup only") << QStringLiteral("l->setText(QStringLiteral(\"<b>%1</b>\").arg(tr(\"x\")));") << 0;
    QTest::newRow("escaped quotes") << QStringLiteral(
        "l->setText(QStringLiteral(\"<img src=\\\"%1\\\" width=\\\"%2\\\">\").arg(a, b));")
                                    << 0;
    QTest::newRow("opt-out") << QStringLiteral("l->setText(QStringLiteral(\"Deutsch\")); // i18n-ok: endonym") << 0;
    QTest::newRow("object name") << QStringLiteral("w->setObjectName(QStringLiteral(\"nameEdit\"));") << 0;
    QTest::newRow("style sheet") << QStringLiteral("w->setStyleSheet(QStringLiteral(\"color: red;\"));") << 0;
}

// The scanner finds what it should (and only that), so that its silence below means something.
void TestI18n::scanner()
{
    QFETCH(QString, line);
    QFETCH(int, flagged);
    QCOMPARE(untranslatedLiterals(line).size(), flagged);
}

// A string literal handed to a user-visible setter or widget constructor in ui/ must be wrapped in tr().
// Markup and placeholders around translated text are fine ("<b>%1</b>"); a line can opt out with "i18n-ok".
void TestI18n::literalsAreTranslated()
{
    QStringList problems;
    QDirIterator it(
        QStringLiteral(C1_SOURCE_DIR "/ui"), { QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    QVERIFY(files.size() > 3);
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            for (const QString& literal : untranslatedLiterals(line))
                problems << QStringLiteral("%1:%2: %3 is not translated")
                                .arg(QDir(QStringLiteral(C1_SOURCE_DIR)).relativeFilePath(path))
                                .arg(lineNumber)
                                .arg(literal);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
