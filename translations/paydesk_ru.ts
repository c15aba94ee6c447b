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
        <translation>авторизация успешно завершена</translation>
    </message>
    <message>
        <source>authorisation declined</source>
        <translation>отказ в авторизации</translation>
    </message>
    <message>
        <source>declined: incorrect card number or parameters</source>
        <translation>отказ в авторизации: ошибочный номер карты или параметры</translation>
    </message>
    <message>
        <source>declined: insufficient funds</source>
        <translation>отказ в авторизации: недостаточно средств</translation>
    </message>
    <message>
        <source>declined: incorrect expiry date</source>
        <translation>отказ в авторизации: неверный срок действия карты</translation>
    </message>
    <message>
        <source>declined: card limit exceeded</source>
        <translation>отказ в авторизации: превышен лимит карты</translation>
    </message>
    <message>
        <source>declined: incorrect PIN</source>
        <translation>отказ в авторизации: неверный PIN</translation>
    </message>
    <message>
        <source>declined: error receiving data</source>
        <translation>отказ в авторизации: ошибка приёма данных</translation>
    </message>
    <message>
        <source>declined: suspected fraud</source>
        <translation>отказ в авторизации: подозрение на мошенничество</translation>
    </message>
    <message>
        <source>declined: Assist operations limit exceeded</source>
        <translation>отказ в авторизации: превышен лимит операций Ассист</translation>
    </message>
    <message>
        <source>3-D Secure authorisation required</source>
        <translation>требуется авторизация по 3-D Secure</translation>
    </message>
    <message>
        <source>repeat the authorisation</source>
        <translation>повторите авторизацию</translation>
    </message>
    <message>
        <source>operation in progress, wait</source>
        <translation>операция в процессе, дождитесь окончания</translation>
    </message>
    <message>
        <source>no payment with such parameters exists</source>
        <translation>платежа с такими параметрами не существует</translation>
    </message>
    <message>
        <source>system error, contact Assist</source>
        <translation>ошибка системы, свяжитесь с Ассист</translation>
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
    <name>CallbackMessage</name>
    <message>
        <source>It holds no parameters.</source>
        <translation>В нём нет параметров.</translation>
    </message>
    <message>
        <source>It has neither mdOrder, operation nor bindingId.</source>
        <translation>В нём нет ни mdOrder, ни operation, ни bindingId.</translation>
    </message>
</context>
<context>
    <name>CallbackReport</name>
    <message>
        <source>the payment was held (pre-authorised)</source>
        <translation>средства захолдированы (предавторизация)</translation>
    </message>
    <message>
        <source>the hold (pre-authorisation) was declined</source>
        <translation>холдирование (предавторизация) отклонено</translation>
    </message>
    <message>
        <source>the payment was captured</source>
        <translation>платёж списан</translation>
    </message>
    <message>
        <source>the capture failed</source>
        <translation>списание не удалось</translation>
    </message>
    <message>
        <source>the payment was reversed</source>
        <translation>платёж отменён</translation>
    </message>
    <message>
        <source>the reversal failed</source>
        <translation>отмена не удалась</translation>
    </message>
    <message>
        <source>money was refunded</source>
        <translation>выполнен возврат</translation>
    </message>
    <message>
        <source>the refund failed</source>
        <translation>возврат не удался</translation>
    </message>
    <message>
        <source>the order was declined: the customer did not pay in time</source>
        <translation>заказ отклонён: покупатель не оплатил вовремя</translation>
    </message>
    <message>
        <source>the card-present payment was declined</source>
        <translation>платёж с картой отклонён</translation>
    </message>
    <message>
        <source>a stored card (binding) was created</source>
        <translation>создана связка (сохранённая карта)</translation>
    </message>
    <message>
        <source>a stored card (binding) was switched on or off</source>
        <translation>связка (сохранённая карта) включена или отключена</translation>
    </message>
    <message>
        <source>operation “%1” with status %2</source>
        <translation>операция «%1» со статусом %2</translation>
    </message>
    <message>
        <source>Not a callback PayDesk can read: %1</source>
        <translation>PayDesk не может прочитать это уведомление: %1</translation>
    </message>
    <message>
        <source>Genuine: its checksum is the one the gateway makes with this key.</source>
        <translation>Подлинное: контрольная сумма та, что шлюз вычисляет этим ключом.</translation>
    </message>
    <message>
        <source>NOT genuine: its checksum does not match the key. It did not come from the gateway as it is, or the key is not this shop's.</source>
        <translation>НЕ подлинное: контрольная сумма не совпадает с ключом. Уведомление пришло не от шлюза или было изменено, либо ключ не этого магазина.</translation>
    </message>
    <message>
        <source>Unsigned: it carries no checksum, so it proves nothing. Trust only the order's status at the gateway.</source>
        <translation>Без подписи: контрольной суммы нет, поэтому оно ничего не доказывает. Доверяйте только статусу заказа в шлюзе.</translation>
    </message>
    <message>
        <source>Cannot be checked: it is signed, but no callback key or gateway certificate is set.</source>
        <translation>Проверить нельзя: уведомление подписано, но не задан ни ключ уведомлений, ни сертификат шлюза.</translation>
    </message>
    <message>
        <source>It says %1.</source>
        <translation>В нём сказано: %1.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Заказ %1: %2.</translation>
    </message>
    <message>
        <source>Order %1 (gateway id %2): %3.</source>
        <translation>Заказ %1 (id в шлюзе %2): %3.</translation>
    </message>
    <message>
        <source>The gateway was not asked about the order.</source>
        <translation>Шлюз о заказе не спрашивали.</translation>
    </message>
    <message>
        <source>The gateway agrees: the order is %1 now.</source>
        <translation>Шлюз подтверждает: сейчас заказ — %1.</translation>
    </message>
    <message>
        <source>The order went further since: it is %1 at the gateway now.</source>
        <translation>С тех пор заказ продвинулся дальше: сейчас в шлюзе он — %1.</translation>
    </message>
    <message>
        <source>The gateway does NOT agree: the order is %1 there now (order number %2).</source>
        <translation>Шлюз НЕ подтверждает: там заказ сейчас — %1 (номер заказа %2).</translation>
    </message>
    <message>
        <source>The gateway could not be asked: %1</source>
        <translation>Не удалось запросить шлюз: %1</translation>
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
    <name>CheckCallbackDialog</name>
    <message>
        <source>Check a callback</source>
        <translation>Проверка уведомления</translation>
    </message>
    <message>
        <source>Paste a callback notification as the shop received it: its URL, or the query after the “?”.</source>
        <translation>Вставьте уведомление в том виде, в каком его получил магазин: адрес целиком или параметры после «?».</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>https://shop.example/callback?mdOrder=…&amp;orderNumber=…&amp;operation=deposited&amp;status=1&amp;checksum=…</source>
        <translation>https://shop.example/callback?mdOrder=…&amp;orderNumber=…&amp;operation=deposited&amp;status=1&amp;checksum=…</translation>
    </message>
    <message>
        <source>Check with the profile's &amp;callback key</source>
        <translation>Проверить &amp;ключом уведомлений профиля</translation>
    </message>
    <message>
        <source>… or the gateway's c&amp;ertificate:</source>
        <translation>… или &amp;сертификатом шлюза:</translation>
    </message>
    <message>
        <source>Certificate or public key file</source>
        <translation>Файл сертификата или открытого ключа</translation>
    </message>
    <message>
        <source>PEM or DER file</source>
        <translation>файл PEM или DER</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Compare with the order's status at the &amp;gateway now</source>
        <translation>Сравнить с текущим статусом заказа в &amp;шлюзе</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>--%1: "%2" is not a date (YYYY-MM-DD) or ISO 8601 time</source>
        <translation>--%1: «%2» — не дата (ГГГГ-ММ-ДД) и не время ISO 8601</translation>
    </message>
    <message>
        <source>No held payments in the cache%1. Run paydesk-cli sync to refresh it.</source>
        <translation>В кэше нет платежей в холде%1. Обновите его: paydesk-cli sync.</translation>
    </message>
    <message>
        <source> due within %1 h</source>
        <translation>, истекающих в течение %1 ч</translation>
    </message>
    <message>
        <source>Capture %1 held payment(s), %2 in all</source>
        <translation>Подтвердить платежи в холде (%1), всего %2</translation>
    </message>
    <message>
        <source>? Not confirmed: add --yes to run without a terminal.</source>
        <translation>? Не подтверждено: без терминала добавьте --yes.</translation>
    </message>
    <message>
        <source>not confirmed; nothing was sent</source>
        <translation>не подтверждено; ничего не отправлено</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>подтверждено %1</translation>
    </message>
    <message>
        <source>Batch %1: %2 captured, %3 not captured, %4 unknown.</source>
        <translation>Пакет %1: подтверждено %2, не подтверждено %3, неизвестно %4.</translation>
    </message>
    <message>
        <source>Run paydesk-cli reconcile to settle the unknown ones from the gateway.</source>
        <translation>Выясните неизвестные у шлюза: paydesk-cli reconcile.</translation>
    </message>
    <message>
        <source>Every command.</source>
        <translation>Все команды.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>Версия.</translation>
    </message>
    <message>
        <source>profile add|list|remove|test; see paydesk-cli help profile add</source>
        <translation>profile add|list|remove|test; см. paydesk-cli help profile add</translation>
    </message>
    <message>
        <source>unknown command "%1"; see paydesk-cli --help</source>
        <translation>неизвестная команда «%1»; см. paydesk-cli --help</translation>
    </message>
    <message>
        <source>order %1 in %2 cannot be read (%3); it is left out%4</source>
        <translation>заказ %1 в %2 не читается (%3); он пропущен%4</translation>
    </message>
    <message>
        <source> and fetched again by the next sync</source>
        <translation> и будет заново получен при следующей синхронизации</translation>
    </message>
    <message>
        <source>paydesk-cli: settled %1 operation(s) left open earlier: %2 done, %3 not done, %4 still unknown.</source>
        <translation>paydesk-cli: выяснены незавершённые ранее операции (%1): выполнено %2, не выполнено %3, всё ещё неизвестно %4.</translation>
    </message>
    <message>
        <source>No such order: %1 is neither an order id nor an order number the gateway knows.</source>
        <translation>Нет такого заказа: %1 — не id заказа и не номер заказа, известный шлюзу.</translation>
    </message>
    <message>
        <source>This command's options.</source>
        <translation>Параметры этой команды.</translation>
    </message>
    <message>
        <source>usage: paydesk-cli [GLOBAL OPTIONS] %1

%2
</source>
        <translation>использование: paydesk-cli [ОБЩИЕ ПАРАМЕТРЫ] %1

%2
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Общие параметры:
</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>лишний аргумент «%1»</translation>
    </message>
    <message>
        <source>The cards the gateway stores for a customer.</source>
        <translation>Карты покупателя, сохранённые шлюзом.</translation>
    </message>
    <message>
        <source>The order's fiscal receipts, as the gateway reports them.</source>
        <translation>Фискальные чеки заказа по данным шлюза.</translation>
    </message>
    <message>
        <source>no D-Bus session bus (%1)</source>
        <translation>нет сеансовой шины D-Bus (%1)</translation>
    </message>
    <message>
        <source>the desktop's notification service did not take it: %1</source>
        <translation>служба уведомлений рабочего стола не приняла его: %1</translation>
    </message>
    <message>
        <source>The profile to use (default: the default profile; see profile default).</source>
        <translation>Профиль (по умолчанию — профиль по умолчанию; см. profile default).</translation>
    </message>
    <message>
        <source>Results, and errors, as JSON on standard output.</source>
        <translation>Результаты и ошибки в виде JSON в стандартный вывод.</translation>
    </message>
    <message>
        <source>The order cache and journal file (default: $XDG_DATA_HOME/paydesk/orders.sqlite).</source>
        <translation>Файл кэша заказов и журнала (по умолчанию $XDG_DATA_HOME/paydesk/orders.sqlite).</translation>
    </message>
    <message>
        <source>How long to wait for the gateway, 1 to 3600 seconds (default 30).</source>
        <translation>Сколько ждать ответа шлюза, от 1 до 3600 секунд (по умолчанию 30).</translation>
    </message>
    <message>
        <source>--timeout takes seconds, 1 to 3600</source>
        <translation>--timeout принимает секунды, от 1 до 3600</translation>
    </message>
    <message>
        <source>%1: refused%2: %3</source>
        <translation>%1: отказ%2: %3</translation>
    </message>
    <message>
        <source> before sending</source>
        <translation> до отправки</translation>
    </message>
    <message>
        <source> (the answer was lost; the order's status shows no change)</source>
        <translation> (ответ потерян; статус заказа не изменился)</translation>
    </message>
    <message>
        <source>%1: OUTCOME UNKNOWN. %2
It is in the journal; do not repeat it. Run: paydesk-cli reconcile (or paydesk-cli status %3)</source>
        <translation>%1: ИТОГ НЕИЗВЕСТЕН. %2
Операция записана в журнал; не повторяйте её. Выполните: paydesk-cli reconcile (или paydesk-cli status %3)</translation>
    </message>
    <message>
        <source>%1: done (the answer was lost; the order's status confirms it).</source>
        <translation>%1: выполнено (ответ потерян; статус заказа это подтверждает).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: выполнено.</translation>
    </message>
    <message>
        <source>The remaining %1 of the hold is released: the gateway takes one capture per order.</source>
        <translation>Остаток холда %1 освобождён: шлюз принимает одно подтверждение на заказ.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Только эти статусы (через запятую).</translation>
    </message>
    <message>
        <source>Only held payments, soonest deadline first.</source>
        <translation>Только платежи в холде, с ближайшим сроком первыми.</translation>
    </message>
    <message>
        <source>Only holds that expire within HOURS.</source>
        <translation>Только холды, истекающие в течение HOURS часов.</translation>
    </message>
    <message>
        <source>Card last 4, order number, gateway id, e-mail or words.</source>
        <translation>Последние 4 цифры карты, номер заказа, id в шлюзе, e-mail или слова.</translation>
    </message>
    <message>
        <source>Created on or after DATE.</source>
        <translation>Созданные DATE или позже.</translation>
    </message>
    <message>
        <source>Created on or before DATE.</source>
        <translation>Созданные DATE или раньше.</translation>
    </message>
    <message>
        <source>At least this amount.</source>
        <translation>Сумма не меньше этой.</translation>
    </message>
    <message>
        <source>At most this amount.</source>
        <translation>Сумма не больше этой.</translation>
    </message>
    <message>
        <source>Sort by COLUMN (newest or largest first).</source>
        <translation>Сортировать по COLUMN (сначала новые или крупные).</translation>
    </message>
    <message>
        <source>Sort in ascending order.</source>
        <translation>Сортировать по возрастанию.</translation>
    </message>
    <message>
        <source>--due-within takes a number of hours</source>
        <translation>--due-within принимает число часов</translation>
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation>неизвестный статус «%1»</translation>
    </message>
    <message>
        <source>unknown sort column "%1"</source>
        <translation>неизвестный столбец сортировки «%1»</translation>
    </message>
    <message>
        <source> left</source>
        <translation> осталось</translation>
    </message>
    <message>
        <source> - capture by %1 (%2)</source>
        <translation> — подтвердить до %1 (%2)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>orderStatus %1, actionCode %2%3</source>
        <translation>orderStatus %1, actionCode %2%3</translation>
    </message>
    <message>
        <source>Captures a held payment, or every held payment in the cache with --all-held.</source>
        <translation>Подтверждает платёж в холде, а с --all-held — все платежи в холде из кэша.</translation>
    </message>
    <message>
        <source>How much, in the order's currency (default: all that is held).</source>
        <translation>Сколько, в валюте заказа (по умолчанию — всё, что в холде).</translation>
    </message>
    <message>
        <source>Every held payment in the cache, soonest deadline first.</source>
        <translation>Все платежи в холде из кэша, с ближайшим сроком первыми.</translation>
    </message>
    <message>
        <source>With --all-held: only holds that expire within HOURS.</source>
        <translation>С --all-held: только холды, истекающие в течение HOURS часов.</translation>
    </message>
    <message>
        <source>With --all-held: do not ask for confirmation.</source>
        <translation>С --all-held: не спрашивать подтверждения.</translation>
    </message>
    <message>
        <source>With --all-held: captures at a time, 1 to 32.</source>
        <translation>С --all-held: подтверждений одновременно, от 1 до 32.</translation>
    </message>
    <message>
        <source>--concurrency takes 1 to 32</source>
        <translation>--concurrency принимает от 1 до 32</translation>
    </message>
    <message>
        <source>Runs SQLite's integrity check on the cache and reads every cached order back. Exit 0 when sound, 1 when damage was found.</source>
        <translation>Проверяет целостность кэша средствами SQLite и перечитывает каждый заказ в кэше. Код выхода 0, если всё цело, 1 — если найдены повреждения.</translation>
    </message>
    <message>
        <source>Move damaged orders aside so that the next sync fetches them again.</source>
        <translation>Отложить повреждённые заказы, чтобы следующая синхронизация получила их заново.</translation>
    </message>
    <message>
        <source>%1: SQLite integrity check %2; %3 orders read, %4 damaged.</source>
        <translation>%1: проверка целостности SQLite — %2; прочитано заказов: %3, повреждено: %4.</translation>
    </message>
    <message>
        <source>The damaged orders were moved aside; the next sync fetches them again.</source>
        <translation>Повреждённые заказы отложены; следующая синхронизация получит их заново.</translation>
    </message>
    <message>
        <source>Run paydesk-cli check --repair to move them aside so that the next sync fetches them again.</source>
        <translation>Выполните paydesk-cli check --repair, чтобы отложить их и получить заново при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Orders from the cache as CSV (RFC 4180, UTF-8), written whole or not at all; text cells that begin like a formula get a leading '.</source>
        <translation>Заказы из кэша в CSV (RFC 4180, UTF-8), файл пишется целиком или не пишется вовсе; текстовые ячейки, начинающиеся как формула, получают ведущий '.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл для записи.</translation>
    </message>
    <message>
        <source>Exported %1 orders to %2.</source>
        <translation>Экспортировано заказов: %1, в %2.</translation>
    </message>
    <message>
        <source>Every command, or one command's options.</source>
        <translation>Все команды или параметры одной команды.</translation>
    </message>
    <message>
        <source>Every money operation and manual payment as the journal recorded it; with --csv, exported to FILE.</source>
        <translation>Все денежные операции и ручные платежи, как их записал журнал; с --csv — экспорт в FILE.</translation>
    </message>
    <message>
        <source>Only operations whose outcome is not settled yet.</source>
        <translation>Только операции, итог которых ещё не выяснен.</translation>
    </message>
    <message>
        <source>Recorded on or after DATE.</source>
        <translation>Записанные DATE или позже.</translation>
    </message>
    <message>
        <source>Recorded on or before DATE.</source>
        <translation>Записанные DATE или раньше.</translation>
    </message>
    <message>
        <source>Export to FILE as CSV.</source>
        <translation>Экспорт в FILE в формате CSV.</translation>
    </message>
    <message>
        <source>--from/--to take a date (YYYY-MM-DD) or an ISO 8601 time</source>
        <translation>--from/--to принимают дату (ГГГГ-ММ-ДД) или время ISO 8601</translation>
    </message>
    <message>
        <source>Exported %1 journal entries to %2.</source>
        <translation>Экспортировано записей журнала: %1, в %2.</translation>
    </message>
    <message>
        <source>No open operations.</source>
        <translation>Незавершённых операций нет.</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>Журнал пуст.</translation>
    </message>
    <message>
        <source>Orders from the local cache, instantly and offline too.</source>
        <translation>Заказы из локального кэша — мгновенно и без сети.</translation>
    </message>
    <message>
        <source>At most N orders (default 100).</source>
        <translation>Не больше N заказов (по умолчанию 100).</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit принимает положительное число</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Подходящих заказов нет.</translation>
    </message>
    <message>
        <source>No orders match. The cache is empty until you run: paydesk-cli sync</source>
        <translation>Подходящих заказов нет. Кэш пуст, пока не выполнена команда paydesk-cli sync</translation>
    </message>
    <message>
        <source>Pays a registered order (--auto-payment) with a card stored for its customer.</source>
        <translation>Оплачивает зарегистрированный заказ (--auto-payment) сохранённой картой покупателя.</translation>
    </message>
    <message>
        <source>The stored card (see bindings).</source>
        <translation>Сохранённая карта (см. bindings).</translation>
    </message>
    <message>
        <source>The card's CVC, when the gateway asks for it.</source>
        <translation>CVC карты, если шлюз его запрашивает.</translation>
    </message>
    <message>
        <source>Adds a profile. The password or token is read from standard input into the system keychain; with --check-word, Assist's secret word from the next line.</source>
        <translation>Добавляет профиль. Пароль или токен читается из стандартного ввода в системное хранилище паролей; с --check-word — секретное слово Assist со следующей строки.</translation>
    </message>
    <message>
        <source>The gateway's address.</source>
        <translation>Адрес шлюза.</translation>
    </message>
    <message>
        <source>The merchant's API login.</source>
        <translation>API-логин магазина.</translation>
    </message>
    <message>
        <source>RBS: standard input holds an API token, not a password.</source>
        <translation>RBS: на стандартном вводе API-токен, а не пароль.</translation>
    </message>
    <message>
        <source>How long the bank keeps a hold.</source>
        <translation>Сколько банк держит холд.</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM or DER).</source>
        <translation>Дополнительные сертификаты УЦ (PEM или DER).</translation>
    </message>
    <message>
        <source>RBS agent accounts: the merchant's login.</source>
        <translation>Агентские учётные записи RBS: логин магазина.</translation>
    </message>
    <message>
        <source>Assist: the Merchant_ID.</source>
        <translation>Assist: Merchant_ID.</translation>
    </message>
    <message>
        <source>The gateway's messages: ui (the interface's, default), ru or en.</source>
        <translation>Язык сообщений шлюза: ui (как в интерфейсе, по умолчанию), ru или en.</translation>
    </message>
    <message>
        <source>The profile's currency (default RUB).</source>
        <translation>Валюта профиля (по умолчанию RUB).</translation>
    </message>
    <message>
        <source>Assist: a secret word for checkvalue follows the password.</source>
        <translation>Assist: за паролем следует секретное слово для checkvalue.</translation>
    </message>
    <message>
        <source>--language takes ui, ru or en</source>
        <translation>--language принимает ui, ru или en</translation>
    </message>
    <message>
        <source>--hold-days takes a number of days</source>
        <translation>--hold-days принимает число дней</translation>
    </message>
    <message>
        <source>no password or token on standard input</source>
        <translation>на стандартном вводе нет пароля или токена</translation>
    </message>
    <message>
        <source>--check-word: no secret word on the second line of standard input</source>
        <translation>--check-word: во второй строке стандартного ввода нет секретного слова</translation>
    </message>
    <message>
        <source>Added profile %1 (%2 at %3); the %4 in the system keychain.</source>
        <translation>Профиль %1 добавлен (%2, %3); %4 в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>password and the secret word are</source>
        <translation>пароль и секретное слово —</translation>
    </message>
    <message>
        <source>password is</source>
        <translation>пароль —</translation>
    </message>
    <message>
        <source>Makes the profile the default: used without --profile, opened by the app.</source>
        <translation>Делает профиль профилем по умолчанию: он используется без --profile и открывается приложением.</translation>
    </message>
    <message>
        <source>%1 is the default profile.</source>
        <translation>%1 — профиль по умолчанию.</translation>
    </message>
    <message>
        <source>Lists the profiles: name, gateway, address, login.</source>
        <translation>Список профилей: имя, шлюз, адрес, логин.</translation>
    </message>
    <message>
        <source>No profiles. Add one with: paydesk-cli profile add NAME --gateway rbs --url URL --user LOGIN</source>
        <translation>Профилей нет. Добавьте: paydesk-cli profile add NAME --gateway rbs --url URL --user LOGIN</translation>
    </message>
    <message>
        <source>Removes the profile and its secrets from the keychain.</source>
        <translation>Удаляет профиль и его секреты из хранилища паролей.</translation>
    </message>
    <message>
        <source>Removed profile %1 and its password.</source>
        <translation>Профиль %1 и его пароль удалены.</translation>
    </message>
    <message>
        <source>Asks the gateway whether it accepts the profile's login and password (or token).</source>
        <translation>Спрашивает шлюз, принимает ли он логин и пароль (или токен) профиля.</translation>
    </message>
    <message>
        <source>Profile %1: the gateway accepted the credentials.</source>
        <translation>Профиль %1: шлюз принял учётные данные.</translation>
    </message>
    <message>
        <source>Settles operations whose answer was lost by reading the orders' status; never sends an operation again. Exit 3 while some stay unknown.</source>
        <translation>Выясняет операции с потерянным ответом по статусу заказов; никогда не отправляет операцию повторно. Код выхода 3, пока итог некоторых неизвестен.</translation>
    </message>
    <message>
        <source>Checked %1 open operation(s): %2 done, %3 not done, %4 still unknown%5.</source>
        <translation>Проверено незавершённых операций: %1; выполнено %2, не выполнено %3, всё ещё неизвестно %4%5.</translation>
    </message>
    <message>
        <source>; %1 in progress in another PayDesk</source>
        <translation>; %1 выполняется в другом PayDesk</translation>
    </message>
    <message>
        <source>Returns captured money to the customer.</source>
        <translation>Возвращает списанные деньги покупателю.</translation>
    </message>
    <message>
        <source>How much, in the order's currency (default: all that is left).</source>
        <translation>Сколько, в валюте заказа (по умолчанию — весь остаток).</translation>
    </message>
    <message>
        <source>Registers an order and prints the payment page's address (a manual payment).</source>
        <translation>Регистрирует заказ и выводит адрес платёжной страницы (ручной платёж).</translation>
    </message>
    <message>
        <source>The amount, in major units.</source>
        <translation>Сумма в основных единицах валюты.</translation>
    </message>
    <message>
        <source>Default: the profile's.</source>
        <translation>По умолчанию — валюта профиля.</translation>
    </message>
    <message>
        <source>The merchant's order number.</source>
        <translation>Номер заказа в магазине.</translation>
    </message>
    <message>
        <source>Where the customer returns.</source>
        <translation>Куда вернётся покупатель.</translation>
    </message>
    <message>
        <source>Where the customer returns after a failure.</source>
        <translation>Куда вернётся покупатель после неудачи.</translation>
    </message>
    <message>
        <source>The order's description.</source>
        <translation>Описание заказа.</translation>
    </message>
    <message>
        <source>The customer, for stored cards.</source>
        <translation>Покупатель — для сохранённых карт.</translation>
    </message>
    <message>
        <source>The customer's e-mail.</source>
        <translation>E-mail покупателя.</translation>
    </message>
    <message>
        <source>The customer's phone.</source>
        <translation>Телефон покупателя.</translation>
    </message>
    <message>
        <source>Two-stage: hold now, capture later.</source>
        <translation>Двухстадийный: холд сейчас, подтверждение позже.</translation>
    </message>
    <message>
        <source>For a payment by a stored card (pay-binding).</source>
        <translation>Для оплаты сохранённой картой (pay-binding).</translation>
    </message>
    <message>
        <source>The cart, in PayDesk's JSON form (README "Carts").</source>
        <translation>Корзина в JSON-формате PayDesk (README, «Carts»).</translation>
    </message>
    <message>
        <source>The merchant's tax system, 0 to 5.</source>
        <translation>Система налогообложения магазина, от 0 до 5.</translation>
    </message>
    <message>
        <source>How long the payment page stays open.</source>
        <translation>Сколько платёжная страница остаётся открытой.</translation>
    </message>
    <message>
        <source>unknown currency %1</source>
        <translation>неизвестная валюта %1</translation>
    </message>
    <message>
        <source>--amount: the amount must be greater than zero</source>
        <translation>--amount: сумма должна быть больше нуля</translation>
    </message>
    <message>
        <source>register needs --amount, --order-number and --return-url</source>
        <translation>register требует --amount, --order-number и --return-url</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>не удаётся прочитать %1</translation>
    </message>
    <message>
        <source>--tax-system takes 0 to 5</source>
        <translation>--tax-system принимает от 0 до 5</translation>
    </message>
    <message>
        <source>Syncs, then shows a desktop notification when holds are due within 24 hours or expire within 2 hours: how many and how much per currency. Each hold once as due and once as expiring; run by the paydesk-remind.timer user unit.</source>
        <translation>Синхронизирует, затем показывает уведомление на рабочем столе, если холды истекают в течение 24 или 2 часов: сколько их и на какую сумму в каждой валюте. О каждом холде — один раз, когда срок близок, и ещё раз, когда он истекает; запускается пользовательским юнитом paydesk-remind.timer.</translation>
    </message>
    <message>
        <source>Tell of every due hold, also those told of before.</source>
        <translation>Сообщить о каждом истекающем холде, в том числе о тех, о которых уже сообщалось.</translation>
    </message>
    <message>
        <source>remind takes no arguments</source>
        <translation>remind не принимает аргументов</translation>
    </message>
    <message>
        <source>the sync failed (%1); reminding from the cache</source>
        <translation>синхронизация не удалась (%1); напоминание по данным кэша</translation>
    </message>
    <message>
        <source>No holds due within 24 hours.</source>
        <translation>Холдов, истекающих в течение 24 часов, нет.</translation>
    </message>
    <message>
        <source>Reminded: </source>
        <translation>Напомнено: </translation>
    </message>
    <message>
        <source>Told before: </source>
        <translation>Уже сообщалось: </translation>
    </message>
    <message>
        <source>Releases the whole hold of an order (a reversal).</source>
        <translation>Снимает весь холд заказа (отмена).</translation>
    </message>
    <message>
        <source>The order as the gateway has it now, by its gateway id or by the merchant's order number; stored in the cache.</source>
        <translation>Заказ в его текущем виде у шлюза — по id в шлюзе или по номеру заказа магазина; сохраняется в кэш.</translation>
    </message>
    <message>
        <source>Look the order up by the merchant's number.</source>
        <translation>Искать заказ по номеру магазина.</translation>
    </message>
    <message>
        <source>Brings the order cache up to date with the gateway: every order created since the last sync, then the status of every open one. Progress on stderr.</source>
        <translation>Обновляет кэш заказов по шлюзу: все заказы, созданные после прошлой синхронизации, затем статус каждого незавершённого. Ход — в stderr.</translation>
    </message>
    <message>
        <source>Orders created from DATE.</source>
        <translation>Заказы, созданные начиная с DATE.</translation>
    </message>
    <message>
        <source>Orders created up to DATE.</source>
        <translation>Заказы, созданные по DATE.</translation>
    </message>
    <message>
        <source>Everything again, not only what is new.</source>
        <translation>Всё заново, а не только новое.</translation>
    </message>
    <message>
        <source>sync: page %1 of %2, %3 orders</source>
        <translation>sync: страница %1 из %2, заказов: %3</translation>
    </message>
    <message>
        <source>sync: refreshed %1 of %2 open orders</source>
        <translation>sync: обновлено %1 из %2 незавершённых заказов</translation>
    </message>
    <message>
        <source>paydesk-cli: sync %1; %2 orders were stored or updated before it stopped and are kept; the next sync continues from there.</source>
        <translation>paydesk-cli: синхронизация %1; до остановки сохранено или обновлено заказов: %2, они остаются; следующая синхронизация продолжит с этого места.</translation>
    </message>
    <message>
        <source>Synced %1 orders created %2 to %3 and refreshed %4 open orders in %5 s; %6 changed in the cache.</source>
        <translation>Синхронизировано заказов, созданных с %2 по %3: %1; обновлено незавершённых: %4 за %5 с; изменено в кэше: %6.</translation>
    </message>
    <message>
        <source>usage: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] COMMAND ...
       paydesk-cli help COMMAND        (a command's options; also COMMAND --help)
</source>
        <translation>использование: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] КОМАНДА ...
               paydesk-cli help КОМАНДА        (параметры команды; также КОМАНДА --help)
</translation>
    </message>
    <message>
        <source>     FILTERS: [--status STATUS[,STATUS]] [--held] [--due-within HOURS] [--search TEXT]
              [--from DATE] [--to DATE] [--min-amount A] [--max-amount A] [--sort COLUMN] [--asc]
     DATE is YYYY-MM-DD (local day) or an ISO 8601 time; STATUS is created, pending, held, captured,
     reversed, refunded, partly_refunded, declined; COLUMN is created, number, id, status, amount,
     deadline, card, email, description.

Amounts are decimals in major units of the order's currency. Exit codes: 0 ok, 1 refused by the
gateway (check: damage found), 2 bad usage or input (also a file that is not a PayDesk cache),
3 network, storage or keychain problem, or unknown outcome. With --json an error is also written
to standard output as {"error": {"kind": ..., "message": ..., "exitCode": ...}}.
</source>
        <translation>     FILTERS: [--status STATUS[,STATUS]] [--held] [--due-within HOURS] [--search TEXT]
              [--from DATE] [--to DATE] [--min-amount A] [--max-amount A] [--sort COLUMN] [--asc]
     DATE — ГГГГ-ММ-ДД (местный день) или время ISO 8601; STATUS — created, pending, held, captured,
     reversed, refunded, partly_refunded, declined; COLUMN — created, number, id, status, amount,
     deadline, card, email, description.

Суммы — десятичные числа в основных единицах валюты заказа. Коды выхода: 0 — успех, 1 — отказ
шлюза (check: найдены повреждения), 2 — неверный вызов или ввод (в том числе файл, не являющийся
кэшем PayDesk), 3 — сбой сети, хранилища или хранилища паролей либо неизвестный итог. С --json
ошибка также выводится в стандартный вывод как {"error": {"kind": ..., "message": ..., "exitCode": ...}}.
</translation>
    </message>
    <message>
        <source>  capture ORDER [--amount A]         (ORDER: its gateway id or order number; all that is held when no amount)
  capture --all-held [--due-within HOURS] [--yes] [--concurrency N]   (held orders in the cache)</source>
        <translation>  capture ORDER [--amount A]         (ORDER: id в шлюзе или номер заказа; без суммы — всё, что в холде)
  capture --all-held [--due-within HOURS] [--yes] [--concurrency N]   (заказы в холде из кэша)</translation>
    </message>
    <message>
        <source>  check [--repair]                   (SQLite's integrity check and every cached order read back;
                                      --repair moves damaged orders aside to be fetched again)</source>
        <translation>  check [--repair]                   (проверка целостности SQLite и перечитывание каждого заказа в кэше;
                                      --repair откладывает повреждённые заказы, чтобы получить их заново)</translation>
    </message>
    <message>
        <source>  damaged: order %1 (profile %2): %3</source>
        <translation>  повреждён: заказ %1 (профиль %2): %3</translation>
    </message>
    <message>
        <source>  export --csv FILE [FILTERS]       (text cells that begin like a formula get a leading ')</source>
        <translation>  export --csv FILE [FILTERS]       (текстовые ячейки, начинающиеся как формула, получают ведущий ')</translation>
    </message>
    <message>
        <source>  help [COMMAND]                     (a command's options; also COMMAND --help)</source>
        <translation>  help [COMMAND]                     (параметры команды; также COMMAND --help)</translation>
    </message>
    <message>
        <source>  journal [--pending] [--from DATE] [--to DATE] [--csv FILE]   (the operation journal)</source>
        <translation>  journal [--pending] [--from DATE] [--to DATE] [--csv FILE]   (журнал операций)</translation>
    </message>
    <message>
        <source>  orders [FILTERS] [--limit N]               (from the local cache; default limit 100)</source>
        <translation>  orders [FILTERS] [--limit N]               (из локального кэша; по умолчанию не больше 100)</translation>
    </message>
    <message>
        <source>  reconcile                          (settle operations whose answer was lost, from order status)</source>
        <translation>  reconcile                          (выяснить операции с потерянным ответом по статусу заказа)</translation>
    </message>
    <message>
        <source>  refund ORDER [--amount A]          (its gateway id or order number; all that is refundable when no amount)</source>
        <translation>  refund ORDER [--amount A]          (id в шлюзе или номер заказа; без суммы — всё, что можно вернуть)</translation>
    </message>
    <message>
        <source>  remind [--again]                           (sync, then a desktop notification)</source>
        <translation>  remind [--again]                           (синхронизация, затем уведомление на рабочем столе)</translation>
    </message>
    <message>
        <source>  reverse ORDER                      (its gateway id or order number)</source>
        <translation>  reverse ORDER                      (id в шлюзе или номер заказа)</translation>
    </message>
    <message>
        <source>  status (ORDER | --order-number N)       (ORDER: its gateway id or order number)</source>
        <translation>  status (ORDER | --order-number N)       (ORDER: id в шлюзе или номер заказа)</translation>
    </message>
    <message>
        <source>  sync [--from DATE] [--to DATE] [--full]     (progress on stderr)</source>
        <translation>  sync [--from DATE] [--to DATE] [--full]     (ход — в stderr)</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Параметры:
</translation>
    </message>
    <message>
        <source>Order</source>
        <comment>status line</comment>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status line</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>status line</comment>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>status line</comment>
        <translation>Захолдировано</translation>
    </message>
    <message>
        <source>Captured</source>
        <comment>status line</comment>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>status line</comment>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Card</source>
        <comment>status line</comment>
        <translation>Карта</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>status line</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>status line</comment>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Binding</source>
        <comment>status line</comment>
        <translation>Связка</translation>
    </message>
    <message>
        <source>Gateway</source>
        <comment>status line</comment>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>status line</comment>
        <translation>Создан</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ЗАКАЗ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>СОЗДАН</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>ОСТАЛОСЬ</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>КАРТА</translation>
    </message>
    <message>
        <source>ORDER ID</source>
        <translation>ID ЗАКАЗА</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>  profile add NAME --gateway rbs --url URL --user LOGIN [--token] [--hold-days N] [--ca FILE]
                   [--merchant-login LOGIN] [--language ui|ru|en]     (password or token on stdin)
  profile add NAME --gateway rbs-soap --url SERVICE-URL --user LOGIN [--hold-days N] [--ca FILE]
  profile add NAME --gateway assist --url URL --user LOGIN --merchant-id ID [--hold-days N]
                   [--check-word]    (password on stdin; with --check-word the secret word on the next line)</source>
        <translation>  profile add NAME --gateway rbs --url URL --user LOGIN [--token] [--hold-days N] [--ca FILE]
                   [--merchant-login LOGIN] [--language ui|ru|en]     (пароль или токен — на стандартном вводе)
  profile add NAME --gateway rbs-soap --url SERVICE-URL --user LOGIN [--hold-days N] [--ca FILE]
  profile add NAME --gateway assist --url URL --user LOGIN --merchant-id ID [--hold-days N]
                   [--check-word]    (пароль — на стандартном вводе; с --check-word секретное слово — на следующей строке)</translation>
    </message>
    <message>
        <source>rbs (default), rbs-soap (the RBS web service) or assist.</source>
        <translation>rbs (по умолчанию), rbs-soap (веб-сервис RBS) или assist.</translation>
    </message>
    <message>
        <source>unknown gateway "%1": use rbs, rbs-soap or assist</source>
        <translation>неизвестный шлюз «%1»: укажите rbs, rbs-soap или assist</translation>
    </message>
    <message>
        <source>Whether a callback the shop received is genuine, what it says happened to which order, and whether the gateway agrees now. Exit 0 genuine, 1 wrong or no checksum, 2 unreadable or nothing to check it with.</source>
        <translation>Подлинно ли уведомление (callback), полученное магазином, что в нём произошло и с каким заказом, и согласен ли с ним шлюз сейчас. Код выхода 0 — подлинное, 1 — неверная контрольная сумма или её нет, 2 — не читается или нечем проверить.</translation>
    </message>
    <message>
        <source>The gateway's certificate or RSA public key (PEM or DER): SHA512withRSA instead of the profile's callback key.</source>
        <translation>Сертификат шлюза или его открытый ключ RSA (PEM или DER): проверка SHA512withRSA вместо ключа уведомлений профиля.</translation>
    </message>
    <message>
        <source>Do not ask the gateway for the order's status now.</source>
        <translation>Не запрашивать у шлюза текущий статус заказа.</translation>
    </message>
    <message>
        <source> Set one with `paydesk-cli profile callback-key PROFILE`, or give --certificate.</source>
        <translation> Задайте его командой `paydesk-cli profile callback-key ПРОФИЛЬ` или укажите --certificate.</translation>
    </message>
    <message>
        <source>Password or token: </source>
        <translation>Пароль или токен: </translation>
    </message>
    <message>
        <source>Assist secret word for checkvalue: </source>
        <translation>Секретное слово Assist для checkvalue: </translation>
    </message>
    <message>
        <source>Keeps the key of the profile's callback checksums in the keychain, read from standard input; an empty line removes it.</source>
        <translation>Сохраняет ключ контрольных сумм уведомлений профиля в хранилище ключей, читая его со стандартного ввода; пустая строка удаляет ключ.</translation>
    </message>
    <message>
        <source>give one profile name: profile callback-key NAME</source>
        <translation>укажите одно имя профиля: profile callback-key ИМЯ</translation>
    </message>
    <message>
        <source>Callback key (empty removes it): </source>
        <translation>Ключ уведомлений (пустой удаляет его): </translation>
    </message>
    <message>
        <source>Profile %1: the callback key is in the keychain.</source>
        <translation>Профиль %1: ключ уведомлений сохранён в хранилище ключей.</translation>
    </message>
    <message>
        <source>Profile %1: no callback key any more.</source>
        <translation>Профиль %1: ключ уведомлений удалён.</translation>
    </message>
    <message>
        <source>Issues the closing receipt of a paid order whose receipt at payment was an advance or prepayment (closeOfdReceipt.do), for what was paid and not refunded; sent once.</source>
        <translation>Формирует чек закрытия (closeOfdReceipt.do) по оплаченному заказу, чек которого при оплате был авансом или предоплатой, на оплаченную и не возвращённую сумму; отправляется один раз.</translation>
    </message>
    <message>
        <source>  receipt close ORDER                (its gateway id or order number)</source>
        <translation>  receipt close ЗАКАЗ                (его идентификатор в шлюзе или номер заказа)</translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST:PORT/DBNAME; TLS (verify-full) with ?sslrootcert=CA.pem, plain only to this computer.</source>
        <translation>Общая база команды: postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА; TLS (verify-full) с ?sslrootcert=CA.pem, без шифрования — только к этому компьютеру.</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Пароль базы данных: </translation>
    </message>
    <message>
        <source>Upgrading the order cache: about a minute per million orders, once. If it is stopped, it goes on next time and nothing is lost.</source>
        <translation>Обновление кэша заказов: около минуты на миллион заказов, один раз. Если его прервать, оно продолжится при следующем запуске, и ничего не потеряется.</translation>
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
    <name>ClosingReceipt</name>
    <message>
        <source>This gateway has no closing receipts.</source>
        <translation>У этого шлюза нет чеков закрытия.</translation>
    </message>
    <message>
        <source>Only a paid order can have a closing receipt; this order is %1.</source>
        <translation>Чек закрытия бывает только у оплаченного заказа; этот заказ — %1.</translation>
    </message>
    <message>
        <source>The order has no cart, so there was no receipt to close.</source>
        <translation>У заказа нет корзины, значит, закрывать нечего.</translation>
    </message>
    <message>
        <source>The receipt at payment was not an advance or prepayment: no closing receipt is due.</source>
        <translation>Чек при оплате не был авансом или предоплатой: чек закрытия не нужен.</translation>
    </message>
    <message>
        <source>The gateway has no closing receipt.</source>
        <translation>У шлюза нет чека закрытия.</translation>
    </message>
</context>
<context>
    <name>ClosingReceiptDialog</name>
    <message>
        <source>Closing receipt</source>
        <translation>Чек закрытия</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
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
        <translation>&amp;Отменить оплату…</translation>
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
    <name>GatewayCodeText</name>
    <message>
        <source>the order number is already used, or the card or binding data is wrong</source>
        <translation>номер заказа уже использован, либо неверны данные карты или связки</translation>
    </message>
    <message>
        <source>the binding is inactive or in the wrong state, or nothing was found</source>
        <translation>связка неактивна или в неверном состоянии, либо ничего не найдено</translation>
    </message>
    <message>
        <source>the gateway does not know the currency</source>
        <translation>шлюз не знает такой валюты</translation>
    </message>
    <message>
        <source>a required parameter is missing or wrong</source>
        <translation>обязательный параметр не указан или неверен</translation>
    </message>
    <message>
        <source>the gateway refused the operation: access denied, a wrong amount or order state, or the order is busy with another operation</source>
        <translation>шлюз отклонил операцию: доступ запрещён, неверная сумма или статус заказа, либо заказ занят другой операцией</translation>
    </message>
    <message>
        <source>the gateway has no such order</source>
        <translation>у шлюза нет такого заказа</translation>
    </message>
    <message>
        <source>a system error at the gateway, or no successful payment to act on</source>
        <translation>системная ошибка шлюза либо нет успешной оплаты, над которой можно выполнить операцию</translation>
    </message>
    <message>
        <source>the cart does not match the order (currency, total or format)</source>
        <translation>корзина не соответствует заказу (валюта, сумма или формат)</translation>
    </message>
    <message>
        <source>an internal error of the gateway</source>
        <translation>внутренняя ошибка шлюза</translation>
    </message>
    <message>
        <source>a required parameter is missing</source>
        <translation>не передан обязательный параметр</translation>
    </message>
    <message>
        <source>a parameter has a wrong format or value</source>
        <translation>неверный формат или значение параметра</translation>
    </message>
    <message>
        <source>the gateway did not accept the login, password or Merchant_ID</source>
        <translation>шлюз не принял логин, пароль или Merchant_ID</translation>
    </message>
    <message>
        <source>the object already exists</source>
        <translation>объект уже существует</translation>
    </message>
    <message>
        <source>the order is busy with another operation</source>
        <translation>заказ занят другой операцией</translation>
    </message>
    <message>
        <source>the operation is not allowed in the order's state</source>
        <translation>операция недопустима в текущем статусе заказа</translation>
    </message>
    <message>
        <source>the operation timed out at the gateway</source>
        <translation>истекло время выполнения операции на шлюзе</translation>
    </message>
    <message>
        <source>a limit was exceeded</source>
        <translation>превышен лимит</translation>
    </message>
    <message>
        <source>the operation was rejected</source>
        <translation>операция отклонена</translation>
    </message>
    <message>
        <source>no payment attempts yet</source>
        <translation>попыток оплаты ещё не было</translation>
    </message>
    <message>
        <source>the payment time expired</source>
        <translation>время на оплату истекло</translation>
    </message>
    <message>
        <source>the payment attempts are exhausted</source>
        <translation>попытки оплаты исчерпаны</translation>
    </message>
    <message>
        <source>3-D Secure authentication failed</source>
        <translation>проверка 3-D Secure не пройдена</translation>
    </message>
    <message>
        <source>the payment succeeded</source>
        <translation>платёж прошёл успешно</translation>
    </message>
    <message>
        <source>the card has expired</source>
        <translation>срок действия карты истёк</translation>
    </message>
    <message>
        <source>insufficient funds</source>
        <translation>недостаточно средств</translation>
    </message>
    <message>
        <source>the reversal was processed</source>
        <translation>отмена проведена</translation>
    </message>
    <message>
        <source>the card issuer is unavailable</source>
        <translation>банк-эмитент недоступен</translation>
    </message>
    <message>
        <source>the order is already paid</source>
        <translation>заказ уже оплачен</translation>
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
    <message>
        <source>The payment gateway refused the request: %1 (code %2: %3)</source>
        <translation>Платёжный шлюз отклонил запрос: %1 (код %2: %3)</translation>
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
        <translation>подтверждение оплаты</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>отмена оплаты</translation>
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
        <translation>регистрация заказа</translation>
    </message>
    <message>
        <source>closing receipt</source>
        <translation>чек закрытия</translation>
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
    <message>
        <source>A closing receipt is being issued by %1 on %2 since %3; nothing was sent.</source>
        <translation>Чек закрытия выдаёт %1 на %2 с %3; ничего не отправлено.</translation>
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
        <source>closing receipt issued for %1</source>
        <translation>выдан чек закрытия на %1</translation>
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
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>В процессе</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Захолдирован</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Возвращён частично</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестен</translation>
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
    <message>
        <source>packing the stored orders failed: %1</source>
        <translation>не удалось сжать сохранённые заказы: %1</translation>
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
    <name>PayDesk::CacheUpgradeWindow</name>
    <message>
        <source>Upgrading the order cache</source>
        <translation>Обновление кэша заказов</translation>
    </message>
    <message>
        <source>This PayDesk keeps its orders more compactly. The cache is converted once, which takes about a minute per million orders; please leave PayDesk running. If it is stopped, the conversion goes on at the next start, and nothing is lost.</source>
        <translation>Эта версия PayDesk хранит заказы компактнее. Кэш преобразуется один раз, это занимает около минуты на миллион заказов; не закрывайте PayDesk. Если преобразование прервать, оно продолжится при следующем запуске, и ничего не потеряется.</translation>
    </message>
</context>
<context>
    <name>PayDesk::CheckCallbackDialog</name>
    <message>
        <source>C&amp;heck</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>The gateway's certificate or public key</source>
        <translation>Сертификат или открытый ключ шлюза</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation>Сертификаты и ключи (*.pem *.crt *.cer *.der *.key);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Paste the callback first.</source>
        <translation>Сначала вставьте уведомление.</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>Не удалось прочитать сертификат: %1</translation>
    </message>
    <message>
        <source>The callback key cannot be read from the keychain: %1</source>
        <translation>Не удалось прочитать ключ уведомлений из связки ключей: %1</translation>
    </message>
    <message>
        <source>Asking the gateway about the order…</source>
        <translation>Запрашиваем заказ у шлюза…</translation>
    </message>
    <message>
        <source>Set the callback key in File &gt; Profiles…, or check with the gateway's certificate.</source>
        <translation>Задайте ключ уведомлений в меню «Файл &gt; Профили…» или проверьте сертификатом шлюза.</translation>
    </message>
</context>
<context>
    <name>PayDesk::Cli::TeamCommand</name>
    <message>
        <source>Puts the profile in team mode: its orders, claims and journal in a PostgreSQL database shared with the other desks of the same gateway account. Reads the database password on standard input into the keychain; creates or migrates the schema.</source>
        <translation>Переводит профиль в командный режим: его заказы, захваты и журнал — в базе PostgreSQL, общей с другими рабочими местами той же учётной записи шлюза. Пароль базы читается со стандартного ввода в связку ключей; схема создаётся или обновляется.</translation>
    </message>
    <message>
        <source>The profile's team database (without secrets) and its schema version.</source>
        <translation>Командная база профиля (без секретов) и версия её схемы.</translation>
    </message>
    <message>
        <source>Takes the profile out of team mode: back to the local cache; the password leaves the keychain.</source>
        <translation>Выводит профиль из командного режима: снова локальный кэш; пароль удаляется из связки ключей.</translation>
    </message>
    <message>
        <source>give one profile name</source>
        <translation>укажите одно имя профиля</translation>
    </message>
    <message>
        <source>the database password is read on standard input, and none came</source>
        <translation>пароль базы читается со стандартного ввода, но он не поступил</translation>
    </message>
    <message>
        <source>Profile %1 now works in team mode on %2 (schema %3).</source>
        <translation>Профиль %1 теперь работает в командном режиме на %2 (схема %3).</translation>
    </message>
    <message>
        <source>Profile %1 uses the local cache (not in team mode).</source>
        <translation>Профиль %1 использует локальный кэш (не в командном режиме).</translation>
    </message>
    <message>
        <source>Profile %1: team database %2, schema %3.</source>
        <translation>Профиль %1: командная база %2, схема %3.</translation>
    </message>
    <message>
        <source>Profile %1 is back on the local cache.</source>
        <translation>Профиль %1 снова использует локальный кэш.</translation>
    </message>
</context>
<context>
    <name>PayDesk::ClosingReceiptDialog</name>
    <message>
        <source>Closing receipt for order %1</source>
        <translation>Чек закрытия для заказа %1</translation>
    </message>
    <message>
        <source>Issue the closing receipt for order &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Выдать чек закрытия по заказу &lt;b&gt;%1&lt;/b&gt; на &lt;b&gt;%2&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>The receipt at payment was an advance or prepayment. The closing receipt says the customer has received the goods: the gateway sends it to the fiscal data operator with the order's cart as paid in full. It is sent once and cannot be taken back.</source>
        <translation>Чек при оплате был авансом или предоплатой. Чек закрытия сообщает, что покупатель получил товар: шлюз отправит его оператору фискальных данных с корзиной заказа как полный расчёт. Он отправляется один раз, отменить его нельзя.</translation>
    </message>
    <message>
        <source>&amp;Issue receipt</source>
        <translation>&amp;Выдать чек</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляем…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>The closing receipt is issued. The order's receipts are in its details.</source>
        <translation>Чек закрытия выдан. Чеки заказа — в его подробностях.</translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation>Чек не выдан.</translation>
    </message>
    <message>
        <source>Outcome unknown: do not issue it again.</source>
        <translation>Итог неизвестен: не выдавайте чек повторно.</translation>
    </message>
    <message>
        <source>Look at the order's receipts (Refresh) to see whether the gateway made it.</source>
        <translation>Посмотрите чеки заказа («Обновить»), чтобы узнать, выдал ли его шлюз.</translation>
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
    <message>
        <source>Paid with</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <source>Any way of paying</source>
        <translation>Любой способ оплаты</translation>
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
        <translation>Подтверждение оплаты %1</translation>
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
        <translation>Отмена оплаты %1</translation>
    </message>
    <message>
        <source>Release the hold of &lt;b&gt;%1&lt;/b&gt; on the customer's card for order &lt;b&gt;%2&lt;/b&gt;? Nothing will be charged, and the order cannot be captured afterwards.</source>
        <translation>Снять холд &lt;b&gt;%1&lt;/b&gt; с карты покупателя по заказу &lt;b&gt;%2&lt;/b&gt;? Ничего не будет списано, и подтвердить заказ потом будет нельзя.</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>&amp;Отменить оплату</translation>
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
    <message>
        <source>Paid with</source>
        <translation>Способ оплаты</translation>
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
    <name>PayDesk::OrderSupportActions</name>
    <message>
        <source>Check &amp;callback…</source>
        <translation>Проверить &amp;уведомление…</translation>
    </message>
    <message>
        <source>Whether a callback notification the shop received is genuine, and what it says</source>
        <translation>Подлинно ли уведомление, полученное магазином, и что в нём сказано</translation>
    </message>
    <message>
        <source>Issue c&amp;losing receipt…</source>
        <translation>Выдать чек &amp;закрытия…</translation>
    </message>
    <message>
        <source>The second receipt of an order paid in advance, once the customer has the goods</source>
        <translation>Второй чек заказа, оплаченного заранее, — когда покупатель получил товар</translation>
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
    <message>
        <source>Follow the interface</source>
        <translation>Как в интерфейсе</translation>
    </message>
    <message>
        <source>Sberbank — test, web service (SOAP)</source>
        <translation>Сбербанк — тестовый, веб-сервис (SOAP)</translation>
    </message>
    <message>
        <source>Other RBS gateway, web service (SOAP)</source>
        <translation>Другой шлюз RBS, веб-сервис (SOAP)</translation>
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
    <name>PayDesk::TeamDatabaseBox</name>
    <message>
        <source>Local cache (this computer)</source>
        <translation>Локальный кэш (этот компьютер)</translation>
    </message>
    <message>
        <source>Team database %1 (checking…)</source>
        <translation>Командная база %1 (проверка…)</translation>
    </message>
    <message>
        <source>Team database %1, not reachable: %2</source>
        <translation>Командная база %1 недоступна: %2</translation>
    </message>
    <message>
        <source>Team database %1, schema %2</source>
        <translation>Командная база %1, схема %2</translation>
    </message>
    <message>
        <source>Enter the database password: it goes to the system keychain, never to a file.</source>
        <translation>Введите пароль базы: он хранится в системном хранилище паролей, никогда в файле.</translation>
    </message>
    <message>
        <source>%1 now keeps its orders and journal in the team database; the password is in the system keychain.</source>
        <translation>%1 теперь хранит заказы и журнал в командной базе; пароль — в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>%1 is back on the local cache; the database password left the keychain.</source>
        <translation>%1 снова использует локальный кэш; пароль базы удалён из хранилища паролей.</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Подключение к командной базе…</translation>
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
    <name>PayDesk::WindowTexts</name>
    <message>
        <source>PayDesk — %1</source>
        <translation>PayDesk — %1</translation>
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
    <name>PaymentWays</name>
    <message>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Stored card</source>
        <translation>Сохранённая карта</translation>
    </message>
    <message>
        <source>Mir Pay</source>
        <translation>Mir Pay</translation>
    </message>
    <message>
        <source>Apple Pay</source>
        <translation>Apple Pay</translation>
    </message>
    <message>
        <source>Google Pay</source>
        <translation>Google Pay</translation>
    </message>
    <message>
        <source>Samsung Pay</source>
        <translation>Samsung Pay</translation>
    </message>
    <message>
        <source>SBP</source>
        <translation>СБП</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
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
    <message>
        <source>The RBS web service (SOAP) signs in with a login and password only, not a token.</source>
        <translation>Веб-сервис RBS (SOAP) принимает только логин и пароль, без токена.</translation>
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
    <message>
        <source>Gateway &amp;language:</source>
        <translation>&amp;Язык шлюза:</translation>
    </message>
    <message>
        <source>Language of the gateway's messages</source>
        <translation>Язык сообщений шлюза</translation>
    </message>
    <message>
        <source>The language the gateway writes its messages in; by default the interface's</source>
        <translation>Язык, на котором шлюз пишет свои сообщения; по умолчанию — язык интерфейса</translation>
    </message>
    <message>
        <source>Call&amp;back key:</source>
        <translation>&amp;Ключ уведомлений:</translation>
    </message>
    <message>
        <source>optional: checks callbacks' checksums; kept in the keychain</source>
        <translation>необязательно: проверяет подписи уведомлений; хранится в связке ключей</translation>
    </message>
</context>
<context>
    <name>RsaPublicKey</name>
    <message>
        <source>It is neither a certificate nor a public key (PEM or DER).</source>
        <translation>Это не сертификат и не открытый ключ (PEM или DER).</translation>
    </message>
    <message>
        <source>The key is not an RSA key.</source>
        <translation>Это не ключ RSA.</translation>
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
    <name>SyncLock</name>
    <message>
        <source>Another desk of the team is syncing this account now; its orders appear here as they arrive.</source>
        <translation>Этот аккаунт сейчас синхронизирует другое рабочее место команды; его заказы появятся здесь по мере поступления.</translation>
    </message>
    <message>
        <source>The team synced this account at %1; the shared cache was read again.</source>
        <translation>Команда синхронизировала этот аккаунт в %1; общий кэш прочитан заново.</translation>
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
    <name>TeamDatabaseBox</name>
    <message>
        <source>Team database</source>
        <translation>Командная база</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА</translation>
    </message>
    <message>
        <source>The PostgreSQL database the team's desks share; plain connections only to this computer</source>
        <translation>База PostgreSQL, общая для рабочих мест команды; без шифрования — только на этом компьютере</translation>
    </message>
    <message>
        <source>Server CA &amp;file:</source>
        <translation>&amp;Файл УЦ сервера:</translation>
    </message>
    <message>
        <source>PEM file for TLS (sslmode=verify-full); needed for another computer</source>
        <translation>PEM-файл для TLS (sslmode=verify-full); нужен для другого компьютера</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Пар&amp;оль базы:</translation>
    </message>
    <message>
        <source>kept in the system keychain only</source>
        <translation>хранится только в системном хранилище паролей</translation>
    </message>
    <message>
        <source>&amp;Join team</source>
        <translation>&amp;Войти в команду</translation>
    </message>
    <message>
        <source>Lea&amp;ve team</source>
        <translation>Вы&amp;йти из команды</translation>
    </message>
    <message>
        <source>Orders kept in:</source>
        <translation>Заказы хранятся:</translation>
    </message>
    <message>
        <source>Where the profile's orders are kept</source>
        <translation>Где хранятся заказы профиля</translation>
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