<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActionStates</name>
    <message>
        <source>Select an order first</source>
        <translation>Сначала выберите заказ</translation>
    </message>
    <message>
        <source>Select held payments first (Ctrl+click, Shift+click)</source>
        <translation>Сначала выберите платежи в холде (Ctrl+щелчок, Shift+щелчок)</translation>
    </message>
</context>
<context>
    <name>AssistParser</name>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>внутренняя ошибка</translation>
    </message>
    <message>
        <source>a required parameter is missing</source>
        <translation>не передан обязательный параметр</translation>
    </message>
    <message>
        <source>a parameter has the wrong format</source>
        <translation>неверный формат параметра</translation>
    </message>
    <message>
        <source>a parameter has an invalid value</source>
        <translation>недопустимое значение параметра</translation>
    </message>
    <message>
        <source>unsuitable system version</source>
        <translation>неподходящая версия системы</translation>
    </message>
    <message>
        <source>authentication error</source>
        <translation>ошибка аутентификации</translation>
    </message>
    <message>
        <source>authorisation error</source>
        <translation>ошибка авторизации</translation>
    </message>
    <message>
        <source>encryption error</source>
        <translation>ошибка шифрования</translation>
    </message>
    <message>
        <source>no such object</source>
        <translation>объект не найден</translation>
    </message>
    <message>
        <source>duplicate object</source>
        <translation>объект уже существует</translation>
    </message>
    <message>
        <source>the object is locked</source>
        <translation>объект заблокирован</translation>
    </message>
    <message>
        <source>the object is prohibited</source>
        <translation>объект запрещён</translation>
    </message>
    <message>
        <source>the operation is prohibited</source>
        <translation>операция запрещена</translation>
    </message>
    <message>
        <source>the operation timed out</source>
        <translation>истекло время операции</translation>
    </message>
    <message>
        <source>a limit was exceeded</source>
        <translation>превышен лимит</translation>
    </message>
    <message>
        <source>suspected fraud</source>
        <translation>подозрение на мошенничество</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>3-D Secure authorisation error</source>
        <translation>ошибка авторизации 3-D Secure</translation>
    </message>
    <message>
        <source>the operation was rejected</source>
        <translation>операция отклонена</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>ошибка %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>login and/or password</source>
        <translation>логин и/или пароль</translation>
    </message>
    <message>
        <source>order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>операция</translation>
    </message>
    <message>
        <source>cancellation of the authorisation</source>
        <translation>отмена авторизации</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>confirmation operation</source>
        <translation>операция подтверждения</translation>
    </message>
    <message>
        <source>completed successfully</source>
        <translation>завершено успешно</translation>
    </message>
    <message>
        <source>authorisation declined</source>
        <translation>авторизация отклонена</translation>
    </message>
    <message>
        <source>declined: incorrect card number or parameters</source>
        <translation>отклонено: неверный номер карты или параметры</translation>
    </message>
    <message>
        <source>declined: insufficient funds</source>
        <translation>отклонено: недостаточно средств</translation>
    </message>
    <message>
        <source>declined: incorrect expiry date</source>
        <translation>отклонено: неверный срок действия</translation>
    </message>
    <message>
        <source>declined: card limit exceeded</source>
        <translation>отклонено: превышен лимит карты</translation>
    </message>
    <message>
        <source>declined: incorrect PIN</source>
        <translation>отклонено: неверный PIN</translation>
    </message>
    <message>
        <source>declined: error receiving data</source>
        <translation>отклонено: ошибка получения данных</translation>
    </message>
    <message>
        <source>declined: suspected fraud</source>
        <translation>отклонено: подозрение на мошенничество</translation>
    </message>
    <message>
        <source>declined: Assist operations limit exceeded</source>
        <translation>отклонено: превышен лимит операций Assist</translation>
    </message>
    <message>
        <source>3-D Secure authorisation required</source>
        <translation>нужна авторизация 3-D Secure</translation>
    </message>
    <message>
        <source>repeat the authorisation</source>
        <translation>повторите авторизацию</translation>
    </message>
    <message>
        <source>operation in progress, wait</source>
        <translation>операция выполняется, подождите</translation>
    </message>
    <message>
        <source>no payment with such parameters exists</source>
        <translation>платежа с такими параметрами нет</translation>
    </message>
    <message>
        <source>system error, contact Assist</source>
        <translation>системная ошибка, обратитесь в Assist</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>код %1</translation>
    </message>
    <message>
        <source>the answer is not an Assist result</source>
        <translation>ответ не является результатом Assist</translation>
    </message>
    <message>
        <source>firstcode/secondcode are missing</source>
        <translation>нет firstcode/secondcode</translation>
    </message>
    <message>
        <source>an order's amount or currency cannot be read</source>
        <translation>не удаётся прочитать сумму или валюту заказа</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>no such object: Billnumber</source>
        <translation>объект не найден: Billnumber</translation>
    </message>
    <message>
        <source>no such object: order</source>
        <translation>объект не найден: заказ</translation>
    </message>
    <message>
        <source>Assist has no payments by binding in PayDesk.</source>
        <translation>В PayDesk для Assist нет оплаты по связке.</translation>
    </message>
    <message>
        <source>the hold expired before it was captured</source>
        <translation>холд истёк, не дождавшись подтверждения</translation>
    </message>
    <message>
        <source>The checkvalue of order %1 does not match: the answer cannot be trusted.</source>
        <translation>checkvalue заказа %1 не совпадает: ответу нельзя доверять.</translation>
    </message>
</context>
<context>
    <name>BatchCaptureDialog</name>
    <message>
        <source>Capture held payments</source>
        <translation>Подтверждение холдированных платежей</translation>
    </message>
    <message>
        <source>Each payment is captured in full, checked against its current status first, and recorded in the journal.</source>
        <translation>Каждый платёж подтверждается полностью: сначала проверяется его текущий статус, затем операция записывается в журнал.</translation>
    </message>
    <message>
        <source>Payments to capture</source>
        <translation>Платежи к подтверждению</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Outcomes in full</source>
        <translation>Итоги полностью</translation>
    </message>
</context>
<context>
    <name>CartJson</name>
    <message>
        <source>The cart is not a JSON object: %1</source>
        <translation>Корзина не является объектом JSON: %1</translation>
    </message>
    <message>
        <source>The cart has no "items" list.</source>
        <translation>В корзине нет списка "items".</translation>
    </message>
    <message>
        <source>Cart line %1: %2</source>
        <translation>Строка корзины %1: %2</translation>
    </message>
    <message>
        <source>"quantity" must be a number above zero with at most three decimals.</source>
        <translation>"quantity" — число больше нуля, не более трёх знаков после точки.</translation>
    </message>
    <message>
        <source>"price" must be a decimal amount such as "150.00".</source>
        <translation>"price" — сумма с точкой, например "150.00".</translation>
    </message>
    <message>
        <source>"measure" must be one of piece, g, kg, m, l, h, day, other.</source>
        <translation>"measure" — одно из: piece, g, kg, m, l, h, day, other.</translation>
    </message>
    <message>
        <source>"vat" must be one of none, 0, 5, 5/105, 7, 7/107, 10, 10/110, 20, 20/120, 22, 22/122.</source>
        <translation>"vat" — одно из: none, 0, 5, 5/105, 7, 7/107, 10, 10/110, 20, 20/120, 22, 22/122.</translation>
    </message>
    <message>
        <source>"amount" must be a decimal amount such as "300.00".</source>
        <translation>"amount" — сумма с точкой, например "300.00".</translation>
    </message>
</context>
<context>
    <name>CartText</name>
    <message>
        <source>no VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>5 %</source>
        <translation>5 %</translation>
    </message>
    <message>
        <source>5/105</source>
        <translation>5/105</translation>
    </message>
    <message>
        <source>7 %</source>
        <translation>7 %</translation>
    </message>
    <message>
        <source>7/107</source>
        <translation>7/107</translation>
    </message>
    <message>
        <source>10 %</source>
        <translation>10 %</translation>
    </message>
    <message>
        <source>10/110</source>
        <translation>10/110</translation>
    </message>
    <message>
        <source>18 %</source>
        <translation>18 %</translation>
    </message>
    <message>
        <source>18/118</source>
        <translation>18/118</translation>
    </message>
    <message>
        <source>20 %</source>
        <translation>20 %</translation>
    </message>
    <message>
        <source>20/120</source>
        <translation>20/120</translation>
    </message>
    <message>
        <source>22 %</source>
        <translation>22 %</translation>
    </message>
    <message>
        <source>22/122</source>
        <translation>22/122</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт</translation>
    </message>
    <message>
        <source>g</source>
        <translation>г</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>days</source>
        <translation>сут</translation>
    </message>
    <message>
        <source>units</source>
        <translation>ед.</translation>
    </message>
    <message>
        <source>Cart line %1: </source>
        <translation>Позиция корзины %1: </translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>the line needs a name.</source>
        <translation>нужно наименование.</translation>
    </message>
    <message>
        <source>the quantity must be above zero, with at most three decimals.</source>
        <translation>количество должно быть больше нуля, не более трёх знаков после запятой.</translation>
    </message>
    <message>
        <source>the price must be above zero.</source>
        <translation>цена должна быть больше нуля.</translation>
    </message>
    <message>
        <source>the amount is not the price times the quantity.</source>
        <translation>сумма не равна цене, умноженной на количество.</translation>
    </message>
    <message>
        <source>every line must be in the order's currency.</source>
        <translation>все позиции должны быть в валюте заказа.</translation>
    </message>
    <message>
        <source>the amount is too large or not a whole number of minor units.</source>
        <translation>сумма слишком велика или не выражается целым числом копеек.</translation>
    </message>
    <message>
        <source>The cart's total is too large.</source>
        <translation>Сумма корзины слишком велика.</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>Не удалось прочитать сертификат из %1.</translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation>Хранилище паролей недоступно.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
</context>
<context>
    <name>DueHolds</name>
    <message>
        <source>PayDesk %1: holds to capture today</source>
        <translation>PayDesk %1: удержания, которые нужно списать сегодня</translation>
    </message>
    <message>
        <source>PayDesk %1: holds expire within 2 hours</source>
        <translation>PayDesk %1: удержания истекают в ближайшие 2 часа</translation>
    </message>
    <message numerus="yes">
        <source>%n held payment(s) must be captured within 24 hours: %1.</source>
        <translation>
            <numerusform>%n удержанный платёж нужно списать в течение 24 часов: %1.</numerusform>
            <numerusform>%n удержанных платежа нужно списать в течение 24 часов: %1.</numerusform>
            <numerusform>%n удержанных платежей нужно списать в течение 24 часов: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them expire(s) within 2 hours: %1.</source>
        <translation>
            <numerusform>Из них %n истекает в ближайшие 2 часа: %1.</numerusform>
            <numerusform>Из них %n истекают в ближайшие 2 часа: %1.</numerusform>
            <numerusform>Из них %n истекают в ближайшие 2 часа: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export orders</source>
        <translation>Экспорт заказов</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Выгружен %n заказ в %1.</numerusform>
            <numerusform>Выгружено %n заказа в %1.</numerusform>
            <numerusform>Выгружено %n заказов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the operation journal</source>
        <translation>Экспорт журнала операций</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n journal line(s) to %1.</source>
        <translation>
            <numerusform>Выгружена %n запись журнала в %1.</numerusform>
            <numerusform>Выгружено %n записи журнала в %1.</numerusform>
            <numerusform>Выгружено %n записей журнала в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayCapabilities</name>
    <message>
        <source>Ca&amp;ncel the hold…</source>
        <translation>&amp;Отменить холд…</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>&amp;Отменить холд…</translation>
    </message>
    <message>
        <source>Cancel the c&amp;harge (refund)…</source>
        <translation>Отменить &amp;списание (возврат)…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
</context>
<context>
    <name>GatewayError</name>
    <message>
        <source>Cannot reach the payment gateway. Check the network connection.</source>
        <translation>Платёжный шлюз недоступен. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <source>The gateway's TLS certificate could not be verified: %1</source>
        <translation>Не удалось проверить TLS-сертификат шлюза: %1</translation>
    </message>
    <message>
        <source>The payment gateway did not answer in time.</source>
        <translation>Платёжный шлюз не ответил вовремя.</translation>
    </message>
    <message>
        <source>The payment gateway answered with HTTP error %1.</source>
        <translation>Платёжный шлюз ответил ошибкой HTTP %1.</translation>
    </message>
    <message>
        <source>The payment gateway sent an answer that cannot be read.</source>
        <translation>Платёжный шлюз прислал ответ, который невозможно прочитать.</translation>
    </message>
    <message>
        <source>The payment gateway refused the request (code %1).</source>
        <translation>Платёжный шлюз отклонил запрос (код %1).</translation>
    </message>
    <message>
        <source>The payment gateway refused the request: %1 (code %2)</source>
        <translation>Платёжный шлюз отклонил запрос: %1 (код %2)</translation>
    </message>
    <message>
        <source>The gateway did not accept the login or password (%1).</source>
        <translation>Шлюз не принял логин или пароль (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The local order cache failed: %1</source>
        <translation>Ошибка локального кэша заказов: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: the gateway may have carried out the operation. Check the order's status before trying again.</source>
        <translation>Результат неизвестен: шлюз мог выполнить операцию. Проверьте статус заказа, прежде чем повторять.</translation>
    </message>
    <message>
        <source>The payment gateway sent an answer that cannot be believed: %1</source>
        <translation>Платёжный шлюз прислал ответ, которому нельзя верить: %1</translation>
    </message>
    <message>
        <source>Cannot reach the payment gateway: the host name %1 was not found. Check the gateway's address and the network.</source>
        <translation>Платёжный шлюз недоступен: имя хоста %1 не найдено. Проверьте адрес шлюза и сеть.</translation>
    </message>
    <message>
        <source>Cannot reach the payment gateway: %1 refused the connection on port %2.</source>
        <translation>Платёжный шлюз недоступен: %1 отказал в соединении на порту %2.</translation>
    </message>
    <message>
        <source>Cannot reach the payment gateway at %1: %2</source>
        <translation>Платёжный шлюз %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The gateway refused the login or password.</source>
        <translation>Шлюз отклонил логин или пароль.</translation>
    </message>
    <message>
        <source>The gateway refused the login or password of profile «%1».</source>
        <translation>Шлюз отклонил логин или пароль профиля «%1».</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2</source>
        <translation>Не удалось установить защищённое (TLS) соединение с %1: %2</translation>
    </message>
    <message>
        <source>(The gateway said: %1)</source>
        <translation>(Ответ шлюза: %1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PayDesk</source>
        <translation>PayDesk</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>Order number, gateway id, card last 4, e-mail, description</source>
        <translation>Номер заказа, id в шлюзе, последние 4 цифры карты, e-mail, описание</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Поиск заказов</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Фильтр по периоду</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробности</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Подробности заказа</translation>
    </message>
    <message>
        <source>&amp;Raw answer</source>
        <translation>&amp;Ответ шлюза</translation>
    </message>
    <message>
        <source>The gateway's answer</source>
        <translation>Ответ шлюза</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Шлюз</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>Fetch new and changed orders from the gateway</source>
        <translation>Загрузить из шлюза новые и изменённые заказы</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation>&amp;Полная синхронизация</translation>
    </message>
    <message>
        <source>Fetch every order of the last 90 days again</source>
        <translation>Заново загрузить все заказы за последние 90 дней</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>О&amp;тменить синхронизацию</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;New payment…</source>
        <translation>&amp;Новый платёж…</translation>
    </message>
    <message>
        <source>Register a test payment and pay it on the payment page</source>
        <translation>Зарегистрировать тестовый платёж и оплатить его на платёжной странице</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Подтвердить…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Capture &amp;selected…</source>
        <translation>Подтвердить &amp;выбранные…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>&amp;Отменить холд…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>&amp;Вернуть…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>О&amp;бновить заказ</translation>
    </message>
    <message>
        <source>Ask the gateway for this order's status now</source>
        <translation>Запросить у шлюза текущий статус заказа</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Copy gateway &amp;id</source>
        <translation>Копировать &amp;id в шлюзе</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Export orders (CSV)…</source>
        <translation>&amp;Экспорт заказов (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the operation &amp;journal (CSV)…</source>
        <translation>Экспорт &amp;журнала операций (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>&amp;О программе PayDesk</translation>
    </message>
    <message>
        <source>Export the journal of the period chosen in the Period filter</source>
        <translation>Экспорт журнала за период, выбранный в фильтре «Период»</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Создан &amp;с:</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Создан с</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>&amp;по:</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Создан по</translation>
    </message>
    <message>
        <source>A&amp;mount from:</source>
        <translation>С&amp;умма от:</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Наименьшая сумма</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>до:</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Наибольшая сумма</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Сохранить &amp;вид…</translation>
    </message>
    <message>
        <source>Keep this search and these filters as a view in the sidebar</source>
        <translation>Сохранить этот поиск и фильтры как представление на боковой панели</translation>
    </message>
    <message>
        <source>Copy order &amp;number</source>
        <translation>Копировать &amp;номер заказа</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>%1 has no fractional part.</source>
        <translation>У %1 нет дробной части.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n decimal place(s).</source>
        <translation>
            <numerusform>У %1 только %n знак после запятой.</numerusform>
            <numerusform>У %1 только %n знака после запятой.</numerusform>
            <numerusform>У %1 только %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <source>This is not an amount. Use digits, at most one decimal separator and groups of three digits, e.g. 1234.56 or 1 234,56.</source>
        <translation>Это не сумма. Используйте цифры, не более одного десятичного разделителя и группы по три цифры, например 1234,56 или 1 234,56.</translation>
    </message>
    <message>
        <source>“%1” could mean %2 or %3. Type %2 without a thousands separator.</source>
        <translation>«%1» можно прочитать как %2 или как %3. Введите %2 без разделителя тысяч.</translation>
    </message>
    <message>
        <source>“%1” could mean %2 or %3. Type %2 without a thousands separator, or %4 for the smaller amount.</source>
        <translation>«%1» можно прочитать как %2 или как %3. Введите %2 без разделителя тысяч или %4, если имелась в виду меньшая сумма.</translation>
    </message>
</context>
<context>
    <name>NewPaymentDialog</name>
    <message>
        <source>New test payment</source>
        <translation>Новый тестовый платёж</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Платёж:</translation>
    </message>
    <message>
        <source>&amp;Two-stage (hold, capture later)</source>
        <translation>&amp;Двухстадийный (холд, подтверждение позже)</translation>
    </message>
    <message>
        <source>&amp;One-stage</source>
        <translation>&amp;Одностадийный</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Номер заказа:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Описани&amp;е:</translation>
    </message>
    <message>
        <source>&amp;Fail URL:</source>
        <translation>URL о&amp;шибки:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>optional: binds the card to this customer</source>
        <translation>необязательно: привязывает карту к этому клиенту</translation>
    </message>
    <message>
        <source>A&amp;utopayment (recurring) binding</source>
        <translation>Связка для &amp;автоплатежей (рекуррентная)</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>QR-код платёжной страницы</translation>
    </message>
    <message>
        <source>The QR code of the payment page appears here: scan it to pay from a phone.</source>
        <translation>Здесь появится QR-код платёжной страницы: отсканируйте его, чтобы оплатить с телефона.</translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation>Позиции корзины</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Добавить &amp;позицию</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>&amp;Удалить позицию</translation>
    </message>
    <message>
        <source>Ta&amp;x system:</source>
        <translation>Система нало&amp;гообложения:</translation>
    </message>
    <message>
        <source>R&amp;eturn URL:</source>
        <translation>URL &amp;возврата:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>Id кл&amp;иента:</translation>
    </message>
    <message>
        <source>&amp;Cart (lines of the fiscal receipt)</source>
        <translation>&amp;Корзина (позиции фискального чека)</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Копировать ссы&amp;лку</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Capture</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>&amp;All of it</source>
        <translation>&amp;Всю сумму</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Часть:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>e.g. 1 250,50</source>
        <translation>например 1 250,50</translation>
    </message>
</context>
<context>
    <name>OperationJournal</name>
    <message>
        <source>About to send</source>
        <translation>Готовится к отправке</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Отправлено, ответа ещё нет</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>operation journal entry %1 is no longer about to be sent</source>
        <translation>запись журнала операций %1 уже не ждёт отправки</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>в приложении</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>из командной строки</translation>
    </message>
</context>
<context>
    <name>OperationResult</name>
    <message>
        <source>capture</source>
        <translation>подтверждение</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>отмена холда</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>payment with a stored card</source>
        <translation>оплата сохранённой картой</translation>
    </message>
    <message>
        <source>new payment registered</source>
        <translation>зарегистрирован новый платёж</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>Only a held payment can be captured; this one is %1</source>
        <translation>Подтвердить можно только платёж в холде; этот — «%1»</translation>
    </message>
    <message>
        <source>Only a held payment can be reversed; this one is %1</source>
        <translation>Отменить можно только платёж в холде; этот — «%1»</translation>
    </message>
    <message>
        <source>Only a captured payment can be refunded; this one is %1</source>
        <translation>Вернуть можно только подтверждённый платёж; этот — «%1»</translation>
    </message>
    <message>
        <source>The hold expired %1: the gateway no longer captures it</source>
        <translation>Холд истёк %1: шлюз его уже не подтвердит</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>Being captured by %1 on %2 since %3; nothing was sent.</source>
        <translation>Заказ подтверждает %1 на рабочем месте %2 с %3; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Being reversed by %1 on %2 since %3; nothing was sent.</source>
        <translation>Заказ отменяет %1 на рабочем месте %2 с %3; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Being refunded by %1 on %2 since %3; nothing was sent.</source>
        <translation>По заказу оформляет возврат %1 на рабочем месте %2 с %3; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Being paid by %1 on %2 since %3; nothing was sent.</source>
        <translation>Заказ оплачивает %1 на рабочем месте %2 с %3; ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsHtml</name>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>test payment</source>
        <translation>тестовый платёж</translation>
    </message>
    <message>
        <source>Capture before %1 (%2 left)</source>
        <translation>Подтвердить до %1 (осталось %2)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Захолдировано</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Still capturable</source>
        <translation>Можно подтвердить</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Можно вернуть</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Держатель</translation>
    </message>
    <message>
        <source>Payment system</source>
        <translation>Платёжная система</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Код авторизации</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id клиента</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Связка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Id в шлюзе</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Статус в шлюзе</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Код ответа</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Авторизован</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Merchant parameters</source>
        <translation>Параметры магазина</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Налог</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <source>paid by the customer</source>
        <translation>оплачен покупателем</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Fiscal receipts</source>
        <translation>Фискальные чеки</translation>
    </message>
    <message>
        <source>FD %1</source>
        <translation>ФД %1</translation>
    </message>
    <message>
        <source>Fiscal receipts: use Refresh order to ask the gateway.</source>
        <translation>Фискальные чеки: нажмите «Обновить заказ», чтобы запросить их у шлюза.</translation>
    </message>
    <message>
        <source>The hold expired on %1 (%2)</source>
        <translation>Холд истёк %1 (%2)</translation>
    </message>
    <message>
        <source>Was held</source>
        <translation>Было захолдировано</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождено</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Холд отменён</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>подтверждено %1</translation>
    </message>
    <message>
        <source>reversed: the hold was released</source>
        <translation>отмена: блокировка снята</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>возвращено %1</translation>
    </message>
    <message>
        <source>%1 of %2 not done</source>
        <translation>%1 на %2 не выполнено</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 на %2: %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>выполнил %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>выполнил %1, %2</translation>
    </message>
    <message>
        <source>reversed %1: the hold was released</source>
        <translation>отменено %1: блокировка снята</translation>
    </message>
    <message>
        <source>paid %1 with a saved card</source>
        <translation>оплачено %1 сохранённой картой</translation>
    </message>
    <message>
        <source>registered for %1</source>
        <translation>зарегистрирован на %1</translation>
    </message>
    <message>
        <source>%1 at desk %2</source>
        <translation>%1, рабочее место %2</translation>
    </message>
</context>
<context>
    <name>OrderStatusText</name>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Захолдировано</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Холд отменён</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Частично возвращено</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>a database with other tables: %1</source>
        <translation>это база данных с другими таблицами: %1</translation>
    </message>
    <message>
        <source>the file does not exist and cannot be created here</source>
        <translation>файла нет, и создать его здесь нельзя</translation>
    </message>
    <message>
        <source>it was written by a newer PayDesk (schema %1; this one reads %2)</source>
        <translation>он записан более новой версией PayDesk (схема %1; эта версия читает %2)</translation>
    </message>
    <message>
        <source>it needs an upgrade to schema %1, and PayDesk may not write it</source>
        <translation>его нужно обновить до схемы %1, а права на запись у PayDesk нет</translation>
    </message>
    <message>
        <source>upgrading it to schema %1 failed: %2</source>
        <translation>не удалось обновить его до схемы %1: %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::AssistClient</name>
    <message>
        <source>Assist takes no cart with a new payment; register it without one.</source>
        <translation>Assist не принимает корзину при создании платежа; создайте платёж без корзины.</translation>
    </message>
</context>
<context>
    <name>PayDesk::BatchCaptureDialog</name>
    <message>
        <source>not held: %1</source>
        <translation>не в холде: %1</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Send no more captures; those under way finish</source>
        <translation>Больше не отправлять подтверждения; уже отправленные завершатся</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) checked, %1 in all.</source>
        <translation>
            <numerusform>Отмечен %n платёж, всего %1.</numerusform>
            <numerusform>Отмечено %n платежа, всего %1.</numerusform>
            <numerusform>Отмечено %n платежей, всего %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Capture %n payment(s)</source>
        <translation>
            <numerusform>&amp;Подтвердить %n платёж</numerusform>
            <numerusform>&amp;Подтвердить %n платежа</numerusform>
            <numerusform>&amp;Подтвердить %n платежей</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>подтверждено %1</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Повторить неудачные</translation>
    </message>
    <message>
        <source>Send again the captures that failed for a passing reason, and only those</source>
        <translation>Отправить снова только те подтверждения, которые не прошли из-за временного сбоя</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>refused by the gateway</source>
        <translation>шлюз отказал</translation>
    </message>
    <message>
        <source>temporary failure: try again</source>
        <translation>временный сбой: повторите</translation>
    </message>
    <message>
        <source>unknown: the journal settles it</source>
        <translation>неизвестно: журнал выяснит</translation>
    </message>
    <message>
        <source>Temporary failure — not captured, try again</source>
        <translation>Временный сбой — не подтверждено, повторите</translation>
    </message>
    <message>
        <source>Refused by the gateway — not captured</source>
        <translation>Шлюз отказал — не подтверждено</translation>
    </message>
    <message>
        <source>Outcome unknown — the journal settles it from the order's status; do not repeat</source>
        <translation>Итог неизвестен — журнал выяснит его по статусу заказа; не повторяйте</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Captured %1, refused %2, temporary failure %3, unknown %4.</source>
        <translation>Подтверждено: %1, отказано: %2, временный сбой: %3, неизвестно: %4.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Повторить %n неудачное</numerusform>
            <numerusform>&amp;Повторить %n неудачных</numerusform>
            <numerusform>&amp;Повторить %n неудачных</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the batch's outcome</source>
        <translation>Экспорт итогов пакета</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n outcome(s) to %1.</source>
        <translation>
            <numerusform>%n итог сохранён в %1.</numerusform>
            <numerusform>%n итога сохранено в %1.</numerusform>
            <numerusform>%n итогов сохранено в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::CacheNotice</name>
    <message numerus="yes">
        <source>%n order(s) in the cache %1 could not be read (first: %2); left out, and fetched again at the next sync.</source>
        <translation>
            <numerusform>%n заказ в кэше %1 не удалось прочитать (первый: %2); он скрыт и будет загружен заново при следующей синхронизации.</numerusform>
            <numerusform>%n заказа в кэше %1 не удалось прочитать (первый: %2); они скрыты и будут загружены заново при следующей синхронизации.</numerusform>
            <numerusform>%n заказов в кэше %1 не удалось прочитать (первый: %2); они скрыты и будут загружены заново при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order cache could not be read or written: %1</source>
        <translation>Не удалось прочитать или записать кэш заказов: %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::CredentialStore</name>
    <message>
        <source>No password is stored in the keychain for this profile.</source>
        <translation>Для этого профиля в хранилище паролей нет пароля.</translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked (%1). PayDesk keeps passwords only there.</source>
        <translation>Системное хранилище паролей недоступно или заблокировано (%1). PayDesk хранит пароли только там.</translation>
    </message>
</context>
<context>
    <name>PayDesk::DeskSession</name>
    <message>
        <source>There is no profile %1.</source>
        <translation>Профиля %1 нет.</translation>
    </message>
    <message>
        <source>The sandbox is not available here.</source>
        <translation>Песочница здесь недоступна.</translation>
    </message>
    <message>
        <source>Finish or close the open operation first, then switch the profile.</source>
        <translation>Сначала завершите или закройте открытую операцию, затем переключите профиль.</translation>
    </message>
</context>
<context>
    <name>PayDesk::DetailsPane</name>
    <message>
        <source>&lt;p&gt;%1 orders selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выбрано заказов: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an order to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите заказ, чтобы увидеть подробности.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PayDesk::FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 shown</source>
        <translation>Фильтр: показано %1 из %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::FilterForm</name>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
</context>
<context>
    <name>PayDesk::GatewayTransport</name>
    <message>
        <source>No credentials for the gateway.</source>
        <translation>Нет учётных данных для шлюза.</translation>
    </message>
</context>
<context>
    <name>PayDesk::HeldChart</name>
    <message>
        <source>Held amounts by deadline day</source>
        <translation>Суммы в холде по дням окончания срока</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>a day and the days after it</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>nothing held</source>
        <translation>ничего в холде</translation>
    </message>
    <message>
        <source>%1: %2 — click to list these holds</source>
        <translation>%1: %2 — щёлкните, чтобы показать эти холды</translation>
    </message>
    <message>
        <source>Held by the day the hold expires (each currency to its own scale)</source>
        <translation>В холде по дню окончания холда (у каждой валюты свой масштаб)</translation>
    </message>
</context>
<context>
    <name>PayDesk::HoldReminder</name>
    <message>
        <source>Holds expire within 24 hours</source>
        <translation>Холды истекают в ближайшие 24 часа</translation>
    </message>
    <message numerus="yes">
        <source>%n held payment(s) must be captured within 24 hours: %1</source>
        <translation>
            <numerusform>%n платёж в холде нужно подтвердить в ближайшие 24 часа: %1</numerusform>
            <numerusform>%n платежа в холде нужно подтвердить в ближайшие 24 часа: %1</numerusform>
            <numerusform>%n платежей в холде нужно подтвердить в ближайшие 24 часа: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::JournalReconciler</name>
    <message>
        <source>Confirmed from the order's status after the answer was lost.</source>
        <translation>Подтверждено по статусу заказа после потери ответа.</translation>
    </message>
    <message>
        <source>sent %1 s ago; the gateway may still be carrying it out</source>
        <translation>отправлено %1 с назад; шлюз, возможно, ещё выполняет операцию</translation>
    </message>
    <message>
        <source>Not carried out: the order's status shows no change.</source>
        <translation>Не выполнено: статус заказа не изменился.</translation>
    </message>
    <message>
        <source>the order's status (%1) neither proves nor rules out the %2</source>
        <translation>статус заказа (%1) не подтверждает и не исключает операцию %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>PayDesk::MainWindow</name>
    <message>
        <source>PayDesk — %1</source>
        <translation>PayDesk — %1</translation>
    </message>
    <message>
        <source>The language changes when PayDesk is started again.</source>
        <translation>Язык сменится при следующем запуске PayDesk.</translation>
    </message>
    <message>
        <source>About PayDesk</source>
        <translation>О программе PayDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;The back office for card payments through RBS and Assist gateways.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;Бэк-офис для карточных платежей через шлюзы RBS и Assist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Профили…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранение представления</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Название представления:</translation>
    </message>
</context>
<context>
    <name>PayDesk::NewPaymentDialog</name>
    <message>
        <source>Test payment</source>
        <translation>Тестовый платёж</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>An order number and a return URL (https://…) are needed.</source>
        <translation>Нужны номер заказа и URL возврата (https://…).</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Order id: %1
Payment page: %2</source>
        <translation>Id заказа: %1
Платёжная страница: %2</translation>
    </message>
    <message>
        <source>Waiting for the payment…</source>
        <translation>Ожидание оплаты…</translation>
    </message>
    <message>
        <source>&amp;Register another</source>
        <translation>&amp;Зарегистрировать ещё</translation>
    </message>
    <message>
        <source>General (OSN)</source>
        <translation>Общая (ОСН)</translation>
    </message>
    <message>
        <source>Simplified, income</source>
        <translation>УСН доходы</translation>
    </message>
    <message>
        <source>Simplified, income minus expenses</source>
        <translation>УСН доходы минус расходы</translation>
    </message>
    <message>
        <source>Imputed income (ENVD)</source>
        <translation>ЕНВД</translation>
    </message>
    <message>
        <source>Agricultural tax (ESKhN)</source>
        <translation>ЕСХН</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Патент</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Позиция %1</translation>
    </message>
    <message>
        <source>Order id: %1
The gateway registered the order, but its answer with the payment page link was lost.</source>
        <translation>Id заказа: %1
Шлюз зарегистрировал заказ, но его ответ со ссылкой на платёжную страницу потерян.</translation>
    </message>
    <message>
        <source>Cart line %1: %2</source>
        <translation>Строка корзины %1: %2</translation>
    </message>
    <message>
        <source>Cart line %1: a whole quantity of at least 1 is needed.</source>
        <translation>Позиция корзины %1: нужно целое количество, не меньше 1.</translation>
    </message>
    <message>
        <source>The gateway gave action code %1.</source>
        <translation>Шлюз вернул код действия %1.</translation>
    </message>
    <message>
        <source>%1 (action code %2)</source>
        <translation>%1 (код действия %2)</translation>
    </message>
</context>
<context>
    <name>PayDesk::OperationAnnouncer</name>
    <message>
        <source>The %1 of order %2 is still being sent; you will be told how it ends.</source>
        <translation>Операция «%1» по заказу %2 ещё отправляется; о её итоге будет сообщено.</translation>
    </message>
    <message>
        <source>PayDesk: %1 of order %2</source>
        <translation>PayDesk: %1, заказ %2</translation>
    </message>
    <message>
        <source>The %1 of order %2 is done: the order is now %3.</source>
        <translation>Операция «%1» по заказу %2 выполнена: теперь заказ — %3.</translation>
    </message>
    <message>
        <source>The %1 of order %2 was not done: %3</source>
        <translation>Операция «%1» по заказу %2 не выполнена: %3</translation>
    </message>
    <message>
        <source>The %1 of order %2 has an unknown outcome: the journal settles it from the order's status; do not repeat it.</source>
        <translation>Итог операции «%1» по заказу %2 неизвестен: журнал выяснит его по статусу заказа; не повторяйте её.</translation>
    </message>
</context>
<context>
    <name>PayDesk::OperationDialog</name>
    <message>
        <source>Capture payment %1</source>
        <translation>Подтверждение платежа %1</translation>
    </message>
    <message>
        <source>Capture the payment for order &lt;b&gt;%1&lt;/b&gt;. Held: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Подтвердить платёж по заказу &lt;b&gt;%1&lt;/b&gt;. В холде: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>Refund payment %1</source>
        <translation>Возврат платежа %1</translation>
    </message>
    <message>
        <source>Refund the payment for order &lt;b&gt;%1&lt;/b&gt;. Captured and not yet refunded: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Вернуть платёж по заказу &lt;b&gt;%1&lt;/b&gt;. Подтверждено и ещё не возвращено: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Отмена холда %1</translation>
    </message>
    <message>
        <source>Release the hold of &lt;b&gt;%1&lt;/b&gt; on the customer's card for order &lt;b&gt;%2&lt;/b&gt;? Nothing will be charged, and the order cannot be captured afterwards.</source>
        <translation>Снять холд &lt;b&gt;%1&lt;/b&gt; с карты покупателя по заказу &lt;b&gt;%2&lt;/b&gt;? Ничего не будет списано, и подтвердить заказ потом будет нельзя.</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Отменить холд</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>That is more than the %1 still held.</source>
        <translation>Это больше, чем %1 в холде.</translation>
    </message>
    <message>
        <source>That is more than the %1 that can be refunded.</source>
        <translation>Это больше, чем %1, доступные для возврата.</translation>
    </message>
    <message>
        <source>%1 (%2) will be charged to the customer's card.</source>
        <translation>С карты покупателя будет списано %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) will be charged; the remaining %3 of the hold is released to the customer. The gateway takes one capture per order: the rest cannot be captured later.</source>
        <translation>Будет списано %1 (%2); остаток холда %3 вернётся покупателю. Шлюз принимает одно подтверждение на заказ: остаток потом подтвердить нельзя.</translation>
    </message>
    <message>
        <source>%1 (%2) will be returned to the customer's card.</source>
        <translation>На карту покупателя будет возвращено %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2) will be released.</source>
        <translation>Холд %1 (%2) будет снят.</translation>
    </message>
    <message>
        <source>Sending to the gateway…</source>
        <translation>Отправка в шлюз…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Выполнено.</translation>
    </message>
    <message>
        <source>The order is now %1.</source>
        <translation>Теперь заказ: %1.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Отклонено.</translation>
    </message>
    <message>
        <source>Outcome unknown.</source>
        <translation>Результат неизвестен.</translation>
    </message>
    <message>
        <source>The gateway's answer was lost. The operation is in the journal and will be settled from the order's status; do not repeat it.</source>
        <translation>Ответ шлюза потерян. Операция записана в журнал, её результат будет установлен по статусу заказа; не повторяйте её.</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderListModel</name>
    <message>
        <source>Capture before %1</source>
        <translation>Подтвердить до %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Held / refundable</source>
        <translation>В холде / к возврату</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Id в шлюзе</translation>
    </message>
    <message>
        <source>Reversed: the hold was released, no money was taken</source>
        <translation>Отменено: холд снят, деньги не списаны</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation>Дата возврата</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderOperations</name>
    <message>
        <source>The order is in %1, not %2.</source>
        <translation>Заказ в валюте %1, а не %2.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>Only a held payment can be captured; this order is %1.</source>
        <translation>Подтвердить можно только платёж в холде; этот заказ — «%1».</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still held.</source>
        <translation>%1 — больше, чем %2 в холде.</translation>
    </message>
    <message>
        <source>The payment is already captured: refund it instead.</source>
        <translation>Платёж уже подтверждён: сделайте возврат.</translation>
    </message>
    <message>
        <source>Only a held payment can be reversed; this order is %1.</source>
        <translation>Отменить можно только платёж в холде; этот заказ — «%1».</translation>
    </message>
    <message>
        <source>The payment is only held: reverse it instead of refunding.</source>
        <translation>Платёж только в холде: отмените холд вместо возврата.</translation>
    </message>
    <message>
        <source>Only a captured payment can be refunded; this order is %1.</source>
        <translation>Вернуть можно только подтверждённый платёж; этот заказ — «%1».</translation>
    </message>
    <message>
        <source>%1 is more than the %2 that can still be refunded.</source>
        <translation>%1 — больше, чем %2, доступные для возврата.</translation>
    </message>
    <message>
        <source>Only an unpaid order can be paid; this order is %1.</source>
        <translation>Оплатить можно только неоплаченный заказ; этот — «%1».</translation>
    </message>
    <message>
        <source>An earlier operation on this order has no known outcome yet. Reconcile the journal first; nothing was sent.</source>
        <translation>У предыдущей операции по этому заказу ещё нет известного результата. Сначала сверьте журнал; ничего не отправлено.</translation>
    </message>
    <message>
        <source>An order that exists cannot be registered again.</source>
        <translation>Существующий заказ нельзя зарегистрировать повторно.</translation>
    </message>
    <message>
        <source>Registered; the answer with the payment page link was lost.</source>
        <translation>Зарегистрирован; ответ со ссылкой на платёжную страницу потерян.</translation>
    </message>
    <message>
        <source>Not registered: the gateway has no order with this number.</source>
        <translation>Не зарегистрирован: у шлюза нет заказа с таким номером.</translation>
    </message>
    <message>
        <source>The cart adds up to %1, not to the order's amount %2.</source>
        <translation>Сумма корзины %1 не равна сумме заказа %2.</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderSync</name>
    <message>
        <source>stopped before the first page of the order list</source>
        <translation>остановлена до первой страницы списка заказов</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 pages of the order list</source>
        <translation>остановлена после %1 из %2 страниц списка заказов</translation>
    </message>
    <message>
        <source>stopped after refreshing %1 of %2 open orders</source>
        <translation>остановлена после обновления %1 из %2 открытых заказов</translation>
    </message>
</context>
<context>
    <name>PayDesk::ProfileMenu</name>
    <message>
        <source>P&amp;rofile</source>
        <translation>П&amp;рофиль</translation>
    </message>
    <message>
        <source>Gateway profile</source>
        <translation>Профиль шлюза</translation>
    </message>
    <message>
        <source>The gateway profile whose orders are shown; choose another to switch</source>
        <translation>Профиль шлюза, чьи заказы показаны; выберите другой, чтобы переключиться</translation>
    </message>
    <message>
        <source>Sandbox (demo orders)</source>
        <translation>Песочница (демо-заказы)</translation>
    </message>
</context>
<context>
    <name>PayDesk::ProfilesDialog</name>
    <message>
        <source>Sberbank — test</source>
        <translation>Сбербанк — тестовый</translation>
    </message>
    <message>
        <source>Sberbank — production</source>
        <translation>Сбербанк — боевой</translation>
    </message>
    <message>
        <source>Alfa-Bank — test</source>
        <translation>Альфа-Банк — тестовый</translation>
    </message>
    <message>
        <source>Alfa-Bank — production</source>
        <translation>Альфа-Банк — боевой</translation>
    </message>
    <message>
        <source>Other RBS gateway</source>
        <translation>Другой шлюз RBS</translation>
    </message>
    <message>
        <source>Removed %1 and its password.</source>
        <translation>Профиль %1 и его пароль удалены.</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>без изменений (хранится в системном хранилище паролей)</translation>
    </message>
    <message>
        <source>kept in the system keychain only</source>
        <translation>хранится только в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Enter the password: it goes to the system keychain, never to a file.</source>
        <translation>Введите пароль: он сохраняется в системном хранилище паролей, а не в файле.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Профиль %1 сохранён.</translation>
    </message>
    <message>
        <source>Saved %1; the password is in the system keychain.</source>
        <translation>Профиль %1 сохранён; пароль — в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Запрос к шлюзу…</translation>
    </message>
    <message>
        <source>The gateway accepted the login and password.</source>
        <translation>Шлюз принял логин и пароль.</translation>
    </message>
    <message>
        <source>Assist — test</source>
        <translation>Assist — тестовый</translation>
    </message>
    <message>
        <source>Assist — production</source>
        <translation>Assist — боевой</translation>
    </message>
    <message>
        <source>PayDesk opens it when it starts.</source>
        <translation>PayDesk откроет его при запуске.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Введите пароль, чтобы проверить подключение.</translation>
    </message>
</context>
<context>
    <name>PayDesk::RbsClient</name>
    <message>
        <source>The gateway accepted the request, but the order's status does not show it yet.</source>
        <translation>Шлюз принял запрос, но статус заказа пока этого не показывает.</translation>
    </message>
    <message>
        <source>The gateway claims %1 orders in the period, more than PayDesk believes a listing can hold (%2); nothing more was requested.</source>
        <translation>Шлюз сообщает о %1 заказах за период — больше, чем может быть в выгрузке (%2); больше ничего не запрашивалось.</translation>
    </message>
</context>
<context>
    <name>PayDesk::SyncBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>last good sync %1 (%2)</source>
        <translation>последняя успешная синхронизация — %1 (%2)</translation>
    </message>
    <message>
        <source>no good sync yet</source>
        <translation>успешной синхронизации ещё не было</translation>
    </message>
    <message>
        <source>&lt;b&gt;The orders of %1 are out of date:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;Заказы профиля %1 устарели:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync of %1 failed:&lt;/b&gt; %2 — the orders shown may be out of date; %3.</source>
        <translation>&lt;b&gt;Синхронизация профиля %1 не удалась:&lt;/b&gt; %2 — показанные заказы могут быть устаревшими; %3.</translation>
    </message>
</context>
<context>
    <name>PayDesk::SyncStatusBar</name>
    <message>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshing %1/%2</source>
        <translation>обновление %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) changed</source>
        <translation>
            <numerusform>изменён %n заказ</numerusform>
            <numerusform>изменено %n заказа</numerusform>
            <numerusform>изменено %n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>the last sync %1: %2</source>
        <comment>%1: where it stopped</comment>
        <translation>последняя синхронизация %1: %2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>синхронизировано %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <source>last good sync %1</source>
        <comment>status bar</comment>
        <translation>последняя успешная синхронизация %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::TotalsLine</name>
    <message>
        <source>Select all due in 24 h</source>
        <translation>Выбрать истекающие за 24 ч</translation>
    </message>
    <message>
        <source>Selects every hold that expires within 24 hours, for Capture selected</source>
        <translation>Выбирает все холды, истекающие в ближайшие 24 часа, для «Подтвердить выбранные»</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message numerus="yes">
        <source>not summed over %n orders (filter to see it)</source>
        <translation>
            <numerusform>не считается по %n заказу (задайте фильтр, чтобы увидеть)</numerusform>
            <numerusform>не считается по %n заказам (задайте фильтр, чтобы увидеть)</numerusform>
            <numerusform>не считается по %n заказам (задайте фильтр, чтобы увидеть)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>В холде: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <source> — selected %1: %2</source>
        <translation> — выбрано %1: %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::ViewSidebar</name>
    <message>
        <source>Needs capture</source>
        <translation>Ждут подтверждения</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Refunds &amp; reversals</source>
        <translation>Возвраты и отмены</translation>
    </message>
    <message>
        <source>Needs capture (%1 · %2 due in 24 h)</source>
        <translation>Ждут подтверждения (%1 · %2 истекают за 24 ч)</translation>
    </message>
    <message>
        <source>Needs capture (%1)</source>
        <translation>Ждут подтверждения (%1)</translation>
    </message>
    <message>
        <source>All orders (%1)</source>
        <translation>Все заказы (%1)</translation>
    </message>
    <message>
        <source>Refunds &amp; reversals (%1)</source>
        <translation>Возвраты и отмены (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove this view</source>
        <translation>&amp;Удалить это представление</translation>
    </message>
    <message>
        <source>Expired holds</source>
        <translation>Истёкшие холды</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <comment>a count from a cache whose sync failed or is old</comment>
        <translation>%1, устарело</translation>
    </message>
    <message>
        <source>Expired holds (%1)</source>
        <translation>Истёкшие холды (%1)</translation>
    </message>
</context>
<context>
    <name>PayDesk::Workplace</name>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
</context>
<context>
    <name>PgOrderStore</name>
    <message>
        <source>it was written by a newer PayDesk (schema %1; this one reads %2)</source>
        <translation>она записана более новой версией PayDesk (схема %1; эта версия читает %2)</translation>
    </message>
    <message>
        <source>upgrading it to schema %1 failed: %2</source>
        <translation>не удалось обновить её до схемы %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileError</name>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>Профиль «%1» уже существует.</translation>
    </message>
    <message>
        <source>No profile named "%1".</source>
        <translation>Профиля «%1» нет.</translation>
    </message>
    <message>
        <source>No profile yet: add one with paydesk-cli profile add, or in the app's Profiles dialog.</source>
        <translation>Профилей ещё нет: добавьте профиль командой paydesk-cli profile add или в окне «Профили» приложения.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1.</source>
        <translation>Не удаётся сохранить файл профилей %1.</translation>
    </message>
    <message>
        <source>Several profiles and none is the default: choose one with --profile NAME, or make one the default with paydesk-cli profile default NAME.</source>
        <translation>Профилей несколько, и ни один не выбран по умолчанию: укажите профиль параметром --profile ИМЯ или выберите профиль по умолчанию командой paydesk-cli profile default ИМЯ.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
        <source>"%1" is not a gateway address; expected e.g. https://3dsec.sberbank.ru/payment/rest/</source>
        <translation>«%1» — не адрес шлюза; ожидается, например, https://3dsec.sberbank.ru/payment/rest/</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only to this computer (the sandbox). Use https://%1</source>
        <translation>HTTP без шифрования допустим только к этому компьютеру (песочнице). Используйте https://%1</translation>
    </message>
    <message>
        <source>A profile needs the merchant's API login.</source>
        <translation>Для профиля нужен API-логин магазина.</translation>
    </message>
    <message>
        <source>The hold lifetime must be between 1 and 60 days.</source>
        <translation>Срок холда должен быть от 1 до 60 дней.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Не удалось прочитать файл сертификата УЦ %1.</translation>
    </message>
    <message>
        <source>An Assist profile needs the Merchant_ID and a web-service login and password.</source>
        <translation>Для профиля Assist нужны Merchant_ID, логин и пароль веб-сервисов.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Gateway profiles</source>
        <translation>Профили шлюзов</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Шлюз:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>https://3dsec.sberbank.ru/payment/rest/</source>
        <translation>https://3dsec.sberbank.ru/payment/rest/</translation>
    </message>
    <message>
        <source>API &amp;login:</source>
        <translation>API-&amp;логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>kept in the system keychain only</source>
        <translation>хранится только в системном хранилище паролей</translation>
    </message>
    <message>
        <source>&amp;Hold lifetime:</source>
        <translation>&amp;Срок холда:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Extra &amp;CA:</source>
        <translation>Доп. &amp;УЦ:</translation>
    </message>
    <message>
        <source>optional: PEM file, e.g. the Russian Trusted Root CA</source>
        <translation>необязательно: файл PEM, например Russian Trusted Root CA</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <source>&amp;Merchant_ID:</source>
        <translation>&amp;Merchant_ID:</translation>
    </message>
    <message>
        <source>Assist only</source>
        <translation>только для Assist</translation>
    </message>
    <message>
        <source>&amp;Open this profile when PayDesk starts</source>
        <translation>Откр&amp;ывать этот профиль при запуске PayDesk</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Cannot read the order cache %1: %2</source>
        <translation>Не удалось прочитать кэш заказов %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to the order cache %1: %2</source>
        <translation>Не удалось записать в кэш заказов %1: %2</translation>
    </message>
    <message>
        <source>The disk holding the order cache %1 is full; nothing more was stored. Free some space and try again.</source>
        <translation>Диск с кэшем заказов %1 заполнен; больше ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk order cache (%2).</source>
        <translation>%1 — не кэш заказов PayDesk (%2).</translation>
    </message>
    <message>
        <source>The order cache %1 is damaged (%2). Move it aside; PayDesk will build a new one from the gateway.</source>
        <translation>Кэш заказов %1 повреждён (%2). Переместите его; PayDesk соберёт новый из данных шлюза.</translation>
    </message>
</context>
<context>
    <name>SyncIntervalMenu</name>
    <message>
        <source>Sync &amp;Every…</source>
        <translation>Синхронизировать &amp;каждые…</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Автоматическая синхронизация</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs of this profile (1 to %1):</source>
        <translation>Минут между автоматическими синхронизациями этого профиля (от 1 до %1):</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>not a postgresql://USER@HOST:PORT/DBNAME address: %1</source>
        <translation>это не адрес вида postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА: %1</translation>
    </message>
    <message>
        <source>the address holds a password: give it on standard input instead</source>
        <translation>в адресе есть пароль: передайте его через стандартный ввод</translation>
    </message>
    <message>
        <source>the address needs a user, a host and a database name: %1</source>
        <translation>в адресе нужны пользователь, хост и имя базы: %1</translation>
    </message>
    <message>
        <source>a plain connection to %1 is refused: give the server's CA (?sslrootcert=FILE) for sslmode=verify-full, or use a database on this computer</source>
        <translation>соединение без шифрования с %1 запрещено: укажите сертификат центра сервера (?sslrootcert=ФАЙЛ) для sslmode=verify-full или используйте базу на этом компьютере</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>%1 is not in team mode</source>
        <translation>%1 не работает в командном режиме</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>истёк %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a span of time: 3 h 12 min ago</comment>
        <translation>%1 назад</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The gateway address "%1" is not a valid URL.</source>
        <translation>Адрес шлюза «%1» не является корректным URL.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only to this computer (the sandbox). Use an https:// address for %1.</source>
        <translation>HTTP без шифрования допустим только к этому компьютеру (песочнице). Используйте адрес https:// для %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox gateway did not start: %1</source>
        <translation>Шлюз-песочница не запустился: %1</translation>
    </message>
    <message>
        <source>There is no gateway profile yet. Create one now, or try PayDesk on the built-in sandbox gateway with demo orders?</source>
        <translation>Профилей шлюзов пока нет. Создать профиль сейчас или попробовать PayDesk на встроенном шлюзе-песочнице с демонстрационными заказами?</translation>
    </message>
    <message>
        <source>&amp;Create a profile…</source>
        <translation>&amp;Создать профиль…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>Открыть &amp;песочницу</translation>
    </message>
</context>
</TS>