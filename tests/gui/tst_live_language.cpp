// Language > Русский / English while PayDesk runs: every visible text of the main window and of an open
// dialog is the catalogue's translation for the new language at once, English → Russian → English; and
// the gateway's messages follow the interface unless the profile says otherwise, with PayDesk's own
// explanation of the code when they come in another language than the interface's.
#include "core/gateway/rbs/RbsClient.h"
#include "core/i18n/UiLanguage.h"
#include "core/model/GatewayCodeText.h"
#include "core/profiles/ProfileStore.h"
#include "core/session/Desk.h"
#include "core/session/Workplace.h"
#include "core/store/OrderStore.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/OperationDialog.h"
#include "gui/dialogs/ProfilesDialog.h"
#include "gui/itemmodels/OrderListModel.h"
#include "support/GuiSupport.h"
#include "support/SandboxFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace PayDesk;

namespace {

// What a person reads: without the mnemonic's &, rich text as plain text.
QString readable(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    static const QRegularExpression mnemonic(QStringLiteral("&(?=[^\\s&])"));
    return text.remove(mnemonic);
}

// Every text of LANGUAGE's catalogue as a pattern its placeholders (%1, %n, %L1) match anything in; texts
// of placeholders and punctuation alone ("%1 · %2") would match anything and are left out.
QList<QStringList> catalogue(const QString& language)
{
    QFile file(QStringLiteral(PAYDESK_TRANSLATIONS_DIR "/paydesk_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
    QList<QStringList> patterns; // the literal pieces between the placeholders
    QXmlStreamReader ts(&file);
    bool numerus = false;
    while (!ts.atEnd()) {
        if (ts.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (ts.name() == QLatin1String("message"))
            numerus = ts.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
        const bool form =
            ts.name() == QLatin1String("numerusform") || (ts.name() == QLatin1String("translation") && !numerus);
        if (!form)
            continue;
        const QString text = readable(ts.readElementText()).trimmed();
        if (!QString(text)
                 .remove(placeholder)
                 .contains(
                     QRegularExpression(QStringLiteral("\\w{2}"), QRegularExpression::UseUnicodePropertiesOption)))
            continue;
        patterns << text.split(placeholder);
    }
    return patterns;
}

// TEXT is PIECES with anything in the gaps between them.
bool matches(const QString& text, const QStringList& pieces)
{
    if (!text.startsWith(pieces.first()) || !text.endsWith(pieces.last())
        || text.size() < pieces.first().size() + (pieces.size() > 1 ? pieces.last().size() : 0))
        return false;
    qsizetype at = pieces.first().size();
    for (int i = 1; i + 1 < pieces.size(); ++i) {
        at = text.indexOf(pieces.at(i), at);
        if (at < 0)
            return false;
        at += pieces.at(i).size();
    }
    return pieces.size() == 1 ? text == pieces.first() : at <= text.size() - pieces.last().size();
}

// Data, not words: numbers, amounts and currencies, days of the week in the locale, "E-mail" (Russian too), the sandbox
// profile's name, the languages' own names, wallets' brand names; and Qt's own words (its standard buttons), from Qt's
// catalogue.
bool isData(QString text)
{
    for (const char* qt : {"OK", "Cancel", "Close"}) {
        if (text == QCoreApplication::translate("QPlatformTheme", qt))
            return true;
    }
    QStringList names{QStringLiteral("PayDesk"),   QStringLiteral("Sandbox"),    QStringLiteral("RUB"),
                      QStringLiteral("E-mail"),    QStringLiteral("USD"),        QStringLiteral("EUR"),
                      QStringLiteral("English"),   QStringLiteral("Русский"),    QStringLiteral("Mir Pay"),
                      QStringLiteral("Apple Pay"), QStringLiteral("Google Pay"), QStringLiteral("Samsung Pay")};
    for (int day = 1; day <= 7; ++day)
        names << QLocale().dayName(day, QLocale::ShortFormat);
    const QRegularExpression words(
        QStringLiteral("\\b(%1)\\b|[₽$€?+]|[\\d\\s.,:/()·—–-]").arg(names.join('|')),
        QRegularExpression::UseUnicodePropertiesOption);
    return text.remove(words).isEmpty();
}

} // namespace

class TestLiveLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(
            QStringLiteral("PayDesk")); // the app's settings, as UiLanguage reads them
        QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
        QSettings().remove(QStringLiteral("ui/language"));
        UiLanguage::apply(QStringLiteral("en"));
        QVERIFY(!catalogue(QStringLiteral("ru")).isEmpty());
    }

    void init()
    {
        PayDesk::Sandbox::SandboxOptions options;
        options.seedOrders = 60;
        m_sb = std::make_unique<SandboxFixture>(options);
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<OrderStore>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("live-%1.sqlite").arg(++m_n))));
    }

    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_client.reset();
        m_store.reset();
        m_sb.reset();
        UiLanguage::apply(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // English → Russian → English through the Language menu, with an open capture dialog: each time
    // every visible text is the catalogue's for the language, none of the other's is left.
    void switchesEveryVisibleTextLive()
    {
        const QString held = m_sb->registerOrder(123456, true);
        m_sb->pay(held, "2202205000012424", "05/28", "649");
        openWindow();
        m_window->showView(MainWindow::View::NeedsCapture);
        QTableView* table = m_window->findChild<QTableView*>(QStringLiteral("orderView"));
        table->selectRow(m_window->orderModel()->rowOf(held));
        const QString number = m_window->orderModel()->summaryAt(m_window->orderModel()->rowOf(held)).orderNumber;
        QDialog* capture = m_window->openOperation(OperationKind::Capture);
        QVERIFY(capture);
        table->selectAll();
        QDialog* batch = m_window->openBatchCapture();
        QVERIFY(batch);
        const QList<QWidget*> dialog{capture, batch};
        checkLanguage(QStringLiteral("en"), dialog);

        choose(QStringLiteral("language_ru"));
        checkLanguage(QStringLiteral("ru"), dialog);
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionSync"))->text(),
                 QCoreApplication::translate("MainWindow", "&Sync"));
        QCOMPARE(table->model()->headerData(OrderListModel::Status, Qt::Horizontal).toString(),
                 QCoreApplication::translate("PayDesk::OrderListModel", "Status"));
        QCOMPARE(capture->windowTitle(),
                 QCoreApplication::translate("PayDesk::OperationDialog", "Capture payment %1").arg(number));
        const int selected = int(table->selectionModel()->selectedRows().size()); // the details say how many
        QCOMPARE(
            m_window->findChild<QTextBrowser*>(QStringLiteral("detailsView"))->toPlainText().trimmed(),
            readable(QCoreApplication::translate("PayDesk::DetailsPane", "<p>%1 orders selected.</p>").arg(selected))
                .trimmed());
        shoot(QStringLiteral("ru"));
        QVERIFY(capture->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/live-switch-dialog-ru.png")));
        QVERIFY(batch->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/live-switch-batch-ru.png")));

        choose(QStringLiteral("language_en"));
        checkLanguage(QStringLiteral("en"), dialog);
        QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionSync"))->text(), QStringLiteral("&Sync"));
        shoot(QStringLiteral("en"));
        capture->close();
        batch->close();
    }

    // The profiles dialog offers the gateway's language, following the interface by default, and says so
    // in the language switched to while it is open.
    void profilesDialogOffersTheGatewayLanguage()
    {
        Workplace workplace(m_dir.filePath(QStringLiteral("profiles-dialog.ini")));
        ProfilesDialog dialog(&workplace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageBox"));
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QString()); // a new profile follows the interface
        QCOMPARE(language->currentText(), QStringLiteral("Follow the interface"));
        UiLanguage::apply(QStringLiteral("ru"));
        for (int round = 0; round < 5; ++round)
            QCoreApplication::processEvents();
        QCOMPARE(language->currentText(), QStringLiteral("Как в интерфейсе"));
        QCOMPARE(dialog.windowTitle(), QCoreApplication::translate("ProfilesDialog", "Gateway profiles"));
        QVERIFY(dialog.windowTitle() != QLatin1String("Gateway profiles"));
        QVERIFY(dialog.grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/live-switch-profiles-ru.png")));
    }

    // The gateway's messages come in the interface's language when the profile does not say otherwise,
    // and the language goes on the wire with each request: the sandbox answers in it.
    void gatewayLanguageFollowsTheInterface()
    {
        makeDesk({});
        UiLanguage::apply(QStringLiteral("ru"));
        QCOMPARE(missingOrderError().gatewayMessage, QStringLiteral("Заказ не найден"));
        UiLanguage::apply(QStringLiteral("en"));
        const GatewayError english = missingOrderError();
        QCOMPARE(english.gatewayMessage, QStringLiteral("Order not found"));
        QVERIFY(english.explanation().isEmpty()); // the same language as the interface: nothing to add
    }

    // A profile that asks for Russian gets Russian from the gateway in an English interface, with
    // PayDesk's explanation of the code beside it in English.
    void overriddenGatewayLanguageIsExplained()
    {
        makeDesk(QStringLiteral("ru"));
        UiLanguage::apply(QStringLiteral("en"));
        const GatewayError e = missingOrderError();
        QCOMPARE(e.gatewayMessage, QStringLiteral("Заказ не найден"));
        QCOMPARE(e.explanation(), QStringLiteral("the gateway has no such order"));
        QVERIFY2(e.userMessage().contains(QStringLiteral("Заказ не найден"))
                     && e.userMessage().contains(QStringLiteral("the gateway has no such order")),
                 qPrintable(e.userMessage()));
        // And in a Russian interface an English message is explained in Russian.
        makeDesk(QStringLiteral("en"));
        UiLanguage::apply(QStringLiteral("ru"));
        const GatewayError r = missingOrderError();
        QCOMPARE(r.gatewayMessage, QStringLiteral("Order not found"));
        QCOMPARE(r.explanation(), QCoreApplication::translate("GatewayCodeText", "the gateway has no such order"));
        QVERIFY(r.explanation().contains(QStringLiteral("заказ")));
    }

    // A profile follows the interface unless it says otherwise; one saved before this, with the old
    // default "ru", follows the interface too, while an old explicit "en" stays.
    void profilesKeepTheirGatewayLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("profiles-%1.ini").arg(++m_n));
        ProfileStore store(path);
        Profile follows;
        follows.name = QStringLiteral("follows");
        follows.url = QStringLiteral("https://3dsec.sberbank.ru/payment/rest/");
        follows.user = QStringLiteral("u");
        QVERIFY(!store.add(follows).isError());
        Profile english = follows;
        english.name = QStringLiteral("english");
        english.language = QStringLiteral("en");
        QVERIFY(!store.add(english).isError());
        QCOMPARE(store.find(QStringLiteral("follows"))->language, QString());
        QCOMPARE(store.find(QStringLiteral("english"))->language, QStringLiteral("en"));
        QSettings old(path, QSettings::IniFormat);
        for (const QString& group : old.childGroups()) {
            old.beginGroup(group);
            const bool isEnglish = old.value(QStringLiteral("name")).toString() == QLatin1String("english");
            old.remove(QStringLiteral("gatewayLanguage"));
            old.setValue(QStringLiteral("language"), isEnglish ? QStringLiteral("en") : QStringLiteral("ru"));
            old.endGroup();
        }
        old.sync();
        QCOMPARE(store.find(QStringLiteral("follows"))->language, QString());
        QCOMPARE(store.find(QStringLiteral("english"))->language, QStringLiteral("en"));
    }

private:
    void makeDesk(const QString& gatewayLanguage)
    {
        m_desk.reset();
        RbsSettings settings;
        settings.baseUrl = QUrl(m_sb->baseUrl());
        settings.timeoutMs = 5000;
        settings.language = gatewayLanguage;
        m_client = std::make_unique<RbsClient>(settings);
        m_client->setCredentials({"sandbox", "sandbox", {}});
        m_desk = std::make_unique<Desk>(m_client.get(), m_store.get(), "sandbox", "Sandbox");
    }

    GatewayError missingOrderError()
    {
        OrderJob* job = m_desk->refresh(QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QSignalSpy done(job, &OrderJob::finished);
        if (!done.wait(10000))
            return GatewayError::of(GatewayError::Kind::Timeout);
        return job->error();
    }

    void openWindow()
    {
        makeDesk({});
        m_window = std::make_unique<MainWindow>(m_desk.get());
        QVERIFY(GuiSupport::showSynced(m_window.get()));
    }

    void choose(const QString& action)
    {
        auto* item = m_window->findChild<QAction*>(action);
        QVERIFY(item);
        // The formats of numbers and dates follow the language too (the chart's days): the app's locale.
        QLocale::setDefault(action.endsWith(QLatin1String("ru")) ? QLocale(QLocale::Russian, QLocale::Russia)
                                                                 : QLocale(QLocale::English, QLocale::UnitedStates));
        item->trigger();
        for (int round = 0; round < 5; ++round) // the windows' LanguageChange events, then the texts set in code
            QCoreApplication::processEvents();
    }

    void shoot(const QString& language)
    {
        const QPalette light = QApplication::palette();
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? GuiSupport::darkPalette() : light);
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                m_window->resize(size);
                QTest::qWait(30);
                QVERIFY(m_window->grab().save(QStringLiteral(PAYDESK_SCREENSHOT_DIR "/live-switch-%1-%2-%3.png")
                                                  .arg(language, dark ? "dark" : "light")
                                                  .arg(size.width())));
            }
        }
        QApplication::setPalette(light);
        m_window->resize(1280, 760);
    }

    // Every text the main window and the DIALOGS show, each a text of LANGUAGE's catalogue or data.
    void checkLanguage(const QString& language, const QList<QWidget*>& dialogs)
    {
        QCOMPARE(UiLanguage::applied(), language);
        const QList<QStringList> words = catalogue(language);
        QStringList texts = visibleTexts(m_window.get());
        for (QWidget* dialog : dialogs)
            texts += visibleTexts(dialog);
        QVERIFY(texts.size() > 60);
        QStringList wrong;
        for (const QString& text : std::as_const(texts)) {
            if (!fromCatalogue(text, words))
                wrong << text;
            const bool cyrillic = text.contains(QRegularExpression(QStringLiteral("[А-Яа-яЁё]")));
            if (language == QLatin1String("en") && cyrillic && text != QStringLiteral("Русский"))
                wrong << QStringLiteral("Russian in English: ") + text;
            if (language == QLatin1String("ru") && !cyrillic && !isData(text))
                wrong << QStringLiteral("not Russian: ") + text;
        }
        wrong.removeDuplicates();
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("\n"))));
    }

    static bool fromCatalogue(const QString& text, const QList<QStringList>& words)
    {
        if (isData(text))
            return true;
        const auto matches = [&words](const QString& t) {
            return isData(t)
                   || std::any_of(words.cbegin(), words.cend(), [&t](const QStringList& p) { return ::matches(t, p); });
        };
        if (matches(text))
            return true;
        // Sentences joined in code ("Profile: X — synced 1 min ago — 60 orders changed").
        const QStringList parts = text.split(QRegularExpression(QStringLiteral(" [—·] ")));
        return parts.size() > 1 && std::all_of(parts.cbegin(), parts.cend(), matches);
    }

    static void addMenu(const QMenu* menu, QStringList* texts)
    {
        texts->append(readable(menu->title()));
        for (const QAction* a : menu->actions()) {
            if (a->menu())
                addMenu(a->menu(), texts);
            else if (!a->isSeparator() && a->isVisible() && !a->text().isEmpty())
                texts->append(readable(a->text()));
        }
    }

    // The texts a person sees: labels, buttons, group and tab titles, combo boxes' choices, placeholders,
    // menus and their actions, the table's headers, the sidebar, the chart, and the window's title.
    static QStringList visibleTexts(QWidget* top)
    {
        QStringList texts{readable(top->windowTitle())};
        for (const QLabel* l : top->findChildren<QLabel*>()) {
            if (l->isVisible() && l->objectName() != QLatin1String("fullAmount"))
                texts << readable(l->text());
        }
        for (const QAbstractButton* b : top->findChildren<QAbstractButton*>()) {
            if (b->isVisible())
                texts << readable(b->text());
        }
        for (const QGroupBox* g : top->findChildren<QGroupBox*>()) {
            if (g->isVisible())
                texts << readable(g->title());
        }
        for (const QTabWidget* t : top->findChildren<QTabWidget*>()) {
            for (int i = 0; t->isVisible() && i < t->count(); ++i)
                texts << readable(t->tabText(i));
        }
        for (const QComboBox* c : top->findChildren<QComboBox*>()) {
            for (int i = 0; c->isVisible() && i < c->count(); ++i)
                texts << c->itemText(i);
        }
        for (const QLineEdit* e : top->findChildren<QLineEdit*>()) {
            if (e->isVisible() && !e->placeholderText().isEmpty())
                texts << e->placeholderText();
        }
        if (auto* window = qobject_cast<QMainWindow*>(top)) {
            for (const QAction* a : window->menuBar()->actions())
                addMenu(a->menu(), &texts);
        }
        for (const QTableView* v : top->findChildren<QTableView*>()) {
            for (int c = 0; v->isVisible() && c < v->model()->columnCount(); ++c) {
                if (!v->isColumnHidden(c))
                    texts << v->model()->headerData(c, Qt::Horizontal).toString();
            }
        }
        for (const QTreeWidget* t : top->findChildren<QTreeWidget*>()) {
            for (int c = 0; t->isVisible() && c < t->columnCount(); ++c)
                texts << t->headerItem()->text(c);
        }
        for (const QListWidget* l : top->findChildren<QListWidget*>()) {
            for (int i = 0; l->isVisible() && i < l->count(); ++i)
                texts << readable(l->item(i)->text());
        }
        for (QChartView* v : top->findChildren<QChartView*>()) {
            if (!v->isVisible())
                continue;
            texts << v->chart()->title();
            for (QAbstractAxis* axis : v->chart()->axes()) {
                if (auto* days = qobject_cast<QBarCategoryAxis*>(axis))
                    texts << days->categories();
            }
        }
        texts.removeAll(QString());
        return texts;
    }

    std::unique_ptr<SandboxFixture> m_sb;
    std::unique_ptr<RbsClient> m_client;
    std::unique_ptr<OrderStore> m_store;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    int m_n = 0;
};

QTEST_MAIN(TestLiveLanguage)
#include "tst_live_language.moc"
