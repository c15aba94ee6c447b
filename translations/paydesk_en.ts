<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionStates</name>
    <message>
        <source>Select an order first</source>
        <translation>Select an order first</translation>
    </message>
    <message>
        <source>Select held payments first (Ctrl+click, Shift+click)</source>
        <translation>Select held payments first (Ctrl+click, Shift+click)</translation>
    </message>
</context>
<context>
    <name>AssistParser</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>internal error</translation>
    </message>
    <message>
        <source>a required parameter is missing</source>
        <translation>a required parameter is missing</translation>
    </message>
    <message>
        <source>a parameter has the wrong format</source>
        <translation>a parameter has the wrong format</translation>
    </message>
    <message>
        <source>a parameter has an invalid value</source>
        <translation>a parameter has an invalid value</translation>
    </message>
    <message>
        <source>unsuitable system version</source>
        <translation>unsuitable system version</translation>
    </message>
    <message>
        <source>authentication error</source>
        <translation>authentication error</translation>
    </message>
    <message>
        <source>authorisation error</source>
        <translation>authorisation error</translation>
    </message>
    <message>
        <source>encryption error</source>
        <translation>encryption error</translation>
    </message>
    <message>
        <source>no such object</source>
        <translation>no such object</translation>
    </message>
    <message>
        <source>duplicate object</source>
        <translation>duplicate object</translation>
    </message>
    <message>
        <source>the object is locked</source>
        <translation>the object is locked</translation>
    </message>
    <message>
        <source>the object is prohibited</source>
        <translation>the object is prohibited</translation>
    </message>
    <message>
        <source>the operation is prohibited</source>
        <translation>the operation is prohibited</translation>
    </message>
    <message>
        <source>the operation timed out</source>
        <translation>the operation timed out</translation>
    </message>
    <message>
        <source>a limit was exceeded</source>
        <translation>a limit was exceeded</translation>
    </message>
    <message>
        <source>suspected fraud</source>
        <translation>suspected fraud</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>3-D Secure authorisation error</source>
        <translation>3-D Secure authorisation error</translation>
    </message>
    <message>
        <source>the operation was rejected</source>
        <translation>the operation was rejected</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>login and/or password</source>
        <translation>login and/or password</translation>
    </message>
    <message>
        <source>order</source>
        <translation>order</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operation</translation>
    </message>
    <message>
        <source>cancellation of the authorisation</source>
        <translation>cancellation of the authorisation</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <source>confirmation operation</source>
        <translation>confirmation operation</translation>
    </message>
    <message>
        <source>completed successfully</source>
        <translation>completed successfully</translation>
    </message>
    <message>
        <source>authorisation declined</source>
        <translation>authorisation declined</translation>
    </message>
    <message>
        <source>declined: incorrect card number or parameters</source>
        <translation>declined: incorrect card number or parameters</translation>
    </message>
    <message>
        <source>declined: insufficient funds</source>
        <translation>declined: insufficient funds</translation>
    </message>
    <message>
        <source>declined: incorrect expiry date</source>
        <translation>declined: incorrect expiry date</translation>
    </message>
    <message>
        <source>declined: card limit exceeded</source>
        <translation>declined: card limit exceeded</translation>
    </message>
    <message>
        <source>declined: incorrect PIN</source>
        <translation>declined: incorrect PIN</translation>
    </message>
    <message>
        <source>declined: error receiving data</source>
        <translation>declined: error receiving data</translation>
    </message>
    <message>
        <source>declined: suspected fraud</source>
        <translation>declined: suspected fraud</translation>
    </message>
    <message>
        <source>declined: Assist operations limit exceeded</source>
        <translation>declined: Assist operations limit exceeded</translation>
    </message>
    <message>
        <source>3-D Secure authorisation required</source>
        <translation>3-D Secure authorisation required</translation>
    </message>
    <message>
        <source>repeat the authorisation</source>
        <translation>repeat the authorisation</translation>
    </message>
    <message>
        <source>operation in progress, wait</source>
        <translation>operation in progress, wait</translation>
    </message>
    <message>
        <source>no payment with such parameters exists</source>
        <translation>no payment with such parameters exists</translation>
    </message>
    <message>
        <source>system error, contact Assist</source>
        <translation>system error, contact Assist</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>code %1</translation>
    </message>
    <message>
        <source>the answer is not an Assist result</source>
        <translation>the answer is not an Assist result</translation>
    </message>
    <message>
        <source>firstcode/secondcode are missing</source>
        <translation>firstcode/secondcode are missing</translation>
    </message>
    <message>
        <source>an order's amount or currency cannot be read</source>
        <translation>an order's amount or currency cannot be read</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>the answer is empty</translation>
    </message>
    <message>
        <source>no such object: Billnumber</source>
        <translation>no such object: Billnumber</translation>
    </message>
    <message>
        <source>no such object: order</source>
        <translation>no such object: order</translation>
    </message>
    <message>
        <source>Assist has no payments by binding in PayDesk.</source>
        <translation>Assist has no payments by binding in PayDesk.</translation>
    </message>
    <message>
        <source>the hold expired before it was captured</source>
        <translation>the hold expired before it was captured</translation>
    </message>
    <message>
        <source>The checkvalue of order %1 does not match: the answer cannot be trusted.</source>
        <translation>The checkvalue of order %1 does not match: the answer cannot be trusted.</translation>
    </message>
</context>
<context>
    <name>BatchCaptureDialog</name>
    <message>
        <source>Capture held payments</source>
        <translation>Capture held payments</translation>
    </message>
    <message>
        <source>Each payment is captured in full, checked against its current status first, and recorded in the journal.</source>
        <translation>Each payment is captured in full, checked against its current status first, and recorded in the journal.</translation>
    </message>
    <message>
        <source>Payments to capture</source>
        <translation>Payments to capture</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Outcomes in full</source>
        <translation>Outcomes in full</translation>
    </message>
</context>
<context>
    <name>CallbackMessage</name>
    <message>
        <source>It holds no parameters.</source>
        <translation>It holds no parameters.</translation>
    </message>
    <message>
        <source>It has neither mdOrder, operation nor bindingId.</source>
        <translation>It has neither mdOrder, operation nor bindingId.</translation>
    </message>
</context>
<context>
    <name>CallbackReport</name>
    <message>
        <source>the payment was held (pre-authorised)</source>
        <translation>the payment was held (pre-authorised)</translation>
    </message>
    <message>
        <source>the hold (pre-authorisation) was declined</source>
        <translation>the hold (pre-authorisation) was declined</translation>
    </message>
    <message>
        <source>the payment was captured</source>
        <translation>the payment was captured</translation>
    </message>
    <message>
        <source>the capture failed</source>
        <translation>the capture failed</translation>
    </message>
    <message>
        <source>the payment was reversed</source>
        <translation>the payment was reversed</translation>
    </message>
    <message>
        <source>the reversal failed</source>
        <translation>the reversal failed</translation>
    </message>
    <message>
        <source>money was refunded</source>
        <translation>money was refunded</translation>
    </message>
    <message>
        <source>the refund failed</source>
        <translation>the refund failed</translation>
    </message>
    <message>
        <source>the order was declined: the customer did not pay in time</source>
        <translation>the order was declined: the customer did not pay in time</translation>
    </message>
    <message>
        <source>the card-present payment was declined</source>
        <translation>the card-present payment was declined</translation>
    </message>
    <message>
        <source>a stored card (binding) was created</source>
        <translation>a stored card (binding) was created</translation>
    </message>
    <message>
        <source>a stored card (binding) was switched on or off</source>
        <translation>a stored card (binding) was switched on or off</translation>
    </message>
    <message>
        <source>operation “%1” with status %2</source>
        <translation>operation “%1” with status %2</translation>
    </message>
    <message>
        <source>Not a callback PayDesk can read: %1</source>
        <translation>Not a callback PayDesk can read: %1</translation>
    </message>
    <message>
        <source>Genuine: its checksum is the one the gateway makes with this key.</source>
        <translation>Genuine: its checksum is the one the gateway makes with this key.</translation>
    </message>
    <message>
        <source>NOT genuine: its checksum does not match the key. It did not come from the gateway as it is, or the key is not this shop's.</source>
        <translation>NOT genuine: its checksum does not match the key. It did not come from the gateway as it is, or the key is not this shop's.</translation>
    </message>
    <message>
        <source>Unsigned: it carries no checksum, so it proves nothing. Trust only the order's status at the gateway.</source>
        <translation>Unsigned: it carries no checksum, so it proves nothing. Trust only the order's status at the gateway.</translation>
    </message>
    <message>
        <source>Cannot be checked: it is signed, but no callback key or gateway certificate is set.</source>
        <translation>Cannot be checked: it is signed, but no callback key or gateway certificate is set.</translation>
    </message>
    <message>
        <source>It says %1.</source>
        <translation>It says %1.</translation>
    </message>
    <message>
        <source>Order %1: %2.</source>
        <translation>Order %1: %2.</translation>
    </message>
    <message>
        <source>Order %1 (gateway id %2): %3.</source>
        <translation>Order %1 (gateway id %2): %3.</translation>
    </message>
    <message>
        <source>The gateway was not asked about the order.</source>
        <translation>The gateway was not asked about the order.</translation>
    </message>
    <message>
        <source>The gateway agrees: the order is %1 now.</source>
        <translation>The gateway agrees: the order is %1 now.</translation>
    </message>
    <message>
        <source>The order went further since: it is %1 at the gateway now.</source>
        <translation>The order went further since: it is %1 at the gateway now.</translation>
    </message>
    <message>
        <source>The gateway does NOT agree: the order is %1 there now (order number %2).</source>
        <translation>The gateway does NOT agree: the order is %1 there now (order number %2).</translation>
    </message>
    <message>
        <source>The gateway could not be asked: %1</source>
        <translation>The gateway could not be asked: %1</translation>
    </message>
</context>
<context>
    <name>CartJson</name>
    <message>
        <source>The cart is not a JSON object: %1</source>
        <translation>The cart is not a JSON object: %1</translation>
    </message>
    <message>
        <source>The cart has no "items" list.</source>
        <translation>The cart has no "items" list.</translation>
    </message>
    <message>
        <source>Cart line %1: %2</source>
        <translation>Cart line %1: %2</translation>
    </message>
    <message>
        <source>"quantity" must be a number above zero with at most three decimals.</source>
        <translation>"quantity" must be a number above zero with at most three decimals.</translation>
    </message>
    <message>
        <source>"price" must be a decimal amount such as "150.00".</source>
        <translation>"price" must be a decimal amount such as "150.00".</translation>
    </message>
    <message>
        <source>"measure" must be one of piece, g, kg, m, l, h, day, other.</source>
        <translation>"measure" must be one of piece, g, kg, m, l, h, day, other.</translation>
    </message>
    <message>
        <source>"vat" must be one of none, 0, 5, 5/105, 7, 7/107, 10, 10/110, 20, 20/120, 22, 22/122.</source>
        <translation>"vat" must be one of none, 0, 5, 5/105, 7, 7/107, 10, 10/110, 20, 20/120, 22, 22/122.</translation>
    </message>
    <message>
        <source>"amount" must be a decimal amount such as "300.00".</source>
        <translation>"amount" must be a decimal amount such as "300.00".</translation>
    </message>
</context>
<context>
    <name>CartText</name>
    <message>
        <source>no VAT</source>
        <translation>no VAT</translation>
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
        <translation>pcs</translation>
    </message>
    <message>
        <source>g</source>
        <translation>g</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>Cart line %1: </source>
        <translation>Cart line %1: </translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>the line needs a name.</source>
        <translation>the line needs a name.</translation>
    </message>
    <message>
        <source>the quantity must be above zero, with at most three decimals.</source>
        <translation>the quantity must be above zero, with at most three decimals.</translation>
    </message>
    <message>
        <source>the price must be above zero.</source>
        <translation>the price must be above zero.</translation>
    </message>
    <message>
        <source>the amount is not the price times the quantity.</source>
        <translation>the amount is not the price times the quantity.</translation>
    </message>
    <message>
        <source>every line must be in the order's currency.</source>
        <translation>every line must be in the order's currency.</translation>
    </message>
    <message>
        <source>the amount is too large or not a whole number of minor units.</source>
        <translation>the amount is too large or not a whole number of minor units.</translation>
    </message>
    <message>
        <source>The cart's total is too large.</source>
        <translation>The cart's total is too large.</translation>
    </message>
</context>
<context>
    <name>CheckCallbackDialog</name>
    <message>
        <source>Check a callback</source>
        <translation>Check a callback</translation>
    </message>
    <message>
        <source>Paste a callback notification as the shop received it: its URL, or the query after the “?”.</source>
        <translation>Paste a callback notification as the shop received it: its URL, or the query after the “?”.</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>https://shop.example/callback?mdOrder=…&amp;orderNumber=…&amp;operation=deposited&amp;status=1&amp;checksum=…</source>
        <translation>https://shop.example/callback?mdOrder=…&amp;orderNumber=…&amp;operation=deposited&amp;status=1&amp;checksum=…</translation>
    </message>
    <message>
        <source>Check with the profile's &amp;callback key</source>
        <translation>Check with the profile's &amp;callback key</translation>
    </message>
    <message>
        <source>… or the gateway's c&amp;ertificate:</source>
        <translation>… or the gateway's c&amp;ertificate:</translation>
    </message>
    <message>
        <source>Certificate or public key file</source>
        <translation>Certificate or public key file</translation>
    </message>
    <message>
        <source>PEM or DER file</source>
        <translation>PEM or DER file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Compare with the order's status at the &amp;gateway now</source>
        <translation>Compare with the order's status at the &amp;gateway now</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>--%1: "%2" is not a date (YYYY-MM-DD) or ISO 8601 time</source>
        <translation>--%1: "%2" is not a date (YYYY-MM-DD) or ISO 8601 time</translation>
    </message>
    <message>
        <source>No held payments in the cache%1. Run paydesk-cli sync to refresh it.</source>
        <translation>No held payments in the cache%1. Run paydesk-cli sync to refresh it.</translation>
    </message>
    <message>
        <source> due within %1 h</source>
        <translation> due within %1 h</translation>
    </message>
    <message>
        <source>Capture %1 held payment(s), %2 in all</source>
        <translation>Capture %1 held payment(s), %2 in all</translation>
    </message>
    <message>
        <source>? Not confirmed: add --yes to run without a terminal.</source>
        <translation>? Not confirmed: add --yes to run without a terminal.</translation>
    </message>
    <message>
        <source>not confirmed; nothing was sent</source>
        <translation>not confirmed; nothing was sent</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>captured %1</translation>
    </message>
    <message>
        <source>Batch %1: %2 captured, %3 not captured, %4 unknown.</source>
        <translation>Batch %1: %2 captured, %3 not captured, %4 unknown.</translation>
    </message>
    <message>
        <source>Run paydesk-cli reconcile to settle the unknown ones from the gateway.</source>
        <translation>Run paydesk-cli reconcile to settle the unknown ones from the gateway.</translation>
    </message>
    <message>
        <source>Every command.</source>
        <translation>Every command.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>The version.</translation>
    </message>
    <message>
        <source>profile add|list|remove|test; see paydesk-cli help profile add</source>
        <translation>profile add|list|remove|test; see paydesk-cli help profile add</translation>
    </message>
    <message>
        <source>unknown command "%1"; see paydesk-cli --help</source>
        <translation>unknown command "%1"; see paydesk-cli --help</translation>
    </message>
    <message>
        <source>order %1 in %2 cannot be read (%3); it is left out%4</source>
        <translation>order %1 in %2 cannot be read (%3); it is left out%4</translation>
    </message>
    <message>
        <source> and fetched again by the next sync</source>
        <translation> and fetched again by the next sync</translation>
    </message>
    <message>
        <source>paydesk-cli: settled %1 operation(s) left open earlier: %2 done, %3 not done, %4 still unknown.</source>
        <translation>paydesk-cli: settled %1 operation(s) left open earlier: %2 done, %3 not done, %4 still unknown.</translation>
    </message>
    <message>
        <source>No such order: %1 is neither an order id nor an order number the gateway knows.</source>
        <translation>No such order: %1 is neither an order id nor an order number the gateway knows.</translation>
    </message>
    <message>
        <source>This command's options.</source>
        <translation>This command's options.</translation>
    </message>
    <message>
        <source>usage: paydesk-cli [GLOBAL OPTIONS] %1

%2
</source>
        <translation>usage: paydesk-cli [GLOBAL OPTIONS] %1

%2
</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Global options:
</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>unexpected argument "%1"</translation>
    </message>
    <message>
        <source>The cards the gateway stores for a customer.</source>
        <translation>The cards the gateway stores for a customer.</translation>
    </message>
    <message>
        <source>The order's fiscal receipts, as the gateway reports them.</source>
        <translation>The order's fiscal receipts, as the gateway reports them.</translation>
    </message>
    <message>
        <source>no D-Bus session bus (%1)</source>
        <translation>no D-Bus session bus (%1)</translation>
    </message>
    <message>
        <source>the desktop's notification service did not take it: %1</source>
        <translation>the desktop's notification service did not take it: %1</translation>
    </message>
    <message>
        <source>The profile to use (default: the default profile; see profile default).</source>
        <translation>The profile to use (default: the default profile; see profile default).</translation>
    </message>
    <message>
        <source>Results, and errors, as JSON on standard output.</source>
        <translation>Results, and errors, as JSON on standard output.</translation>
    </message>
    <message>
        <source>The order cache and journal file (default: $XDG_DATA_HOME/paydesk/orders.sqlite).</source>
        <translation>The order cache and journal file (default: $XDG_DATA_HOME/paydesk/orders.sqlite).</translation>
    </message>
    <message>
        <source>How long to wait for the gateway, 1 to 3600 seconds (default 30).</source>
        <translation>How long to wait for the gateway, 1 to 3600 seconds (default 30).</translation>
    </message>
    <message>
        <source>--timeout takes seconds, 1 to 3600</source>
        <translation>--timeout takes seconds, 1 to 3600</translation>
    </message>
    <message>
        <source>%1: refused%2: %3</source>
        <translation>%1: refused%2: %3</translation>
    </message>
    <message>
        <source> before sending</source>
        <translation> before sending</translation>
    </message>
    <message>
        <source> (the answer was lost; the order's status shows no change)</source>
        <translation> (the answer was lost; the order's status shows no change)</translation>
    </message>
    <message>
        <source>%1: OUTCOME UNKNOWN. %2
It is in the journal; do not repeat it. Run: paydesk-cli reconcile (or paydesk-cli status %3)</source>
        <translation>%1: OUTCOME UNKNOWN. %2
It is in the journal; do not repeat it. Run: paydesk-cli reconcile (or paydesk-cli status %3)</translation>
    </message>
    <message>
        <source>%1: done (the answer was lost; the order's status confirms it).</source>
        <translation>%1: done (the answer was lost; the order's status confirms it).</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: done.</translation>
    </message>
    <message>
        <source>The remaining %1 of the hold is released: the gateway takes one capture per order.</source>
        <translation>The remaining %1 of the hold is released: the gateway takes one capture per order.</translation>
    </message>
    <message>
        <source>Only these statuses (comma-separated).</source>
        <translation>Only these statuses (comma-separated).</translation>
    </message>
    <message>
        <source>Only held payments, soonest deadline first.</source>
        <translation>Only held payments, soonest deadline first.</translation>
    </message>
    <message>
        <source>Only holds that expire within HOURS.</source>
        <translation>Only holds that expire within HOURS.</translation>
    </message>
    <message>
        <source>Card last 4, order number, gateway id, e-mail or words.</source>
        <translation>Card last 4, order number, gateway id, e-mail or words.</translation>
    </message>
    <message>
        <source>Created on or after DATE.</source>
        <translation>Created on or after DATE.</translation>
    </message>
    <message>
        <source>Created on or before DATE.</source>
        <translation>Created on or before DATE.</translation>
    </message>
    <message>
        <source>At least this amount.</source>
        <translation>At least this amount.</translation>
    </message>
    <message>
        <source>At most this amount.</source>
        <translation>At most this amount.</translation>
    </message>
    <message>
        <source>Sort by COLUMN (newest or largest first).</source>
        <translation>Sort by COLUMN (newest or largest first).</translation>
    </message>
    <message>
        <source>Sort in ascending order.</source>
        <translation>Sort in ascending order.</translation>
    </message>
    <message>
        <source>--due-within takes a number of hours</source>
        <translation>--due-within takes a number of hours</translation>
    </message>
    <message>
        <source>unknown status "%1"</source>
        <translation>unknown status "%1"</translation>
    </message>
    <message>
        <source>unknown sort column "%1"</source>
        <translation>unknown sort column "%1"</translation>
    </message>
    <message>
        <source> left</source>
        <translation> left</translation>
    </message>
    <message>
        <source> - capture by %1 (%2)</source>
        <translation> - capture by %1 (%2)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>orderStatus %1, actionCode %2%3</source>
        <translation>orderStatus %1, actionCode %2%3</translation>
    </message>
    <message>
        <source>Captures a held payment, or every held payment in the cache with --all-held.</source>
        <translation>Captures a held payment, or every held payment in the cache with --all-held.</translation>
    </message>
    <message>
        <source>How much, in the order's currency (default: all that is held).</source>
        <translation>How much, in the order's currency (default: all that is held).</translation>
    </message>
    <message>
        <source>Every held payment in the cache, soonest deadline first.</source>
        <translation>Every held payment in the cache, soonest deadline first.</translation>
    </message>
    <message>
        <source>With --all-held: only holds that expire within HOURS.</source>
        <translation>With --all-held: only holds that expire within HOURS.</translation>
    </message>
    <message>
        <source>With --all-held: do not ask for confirmation.</source>
        <translation>With --all-held: do not ask for confirmation.</translation>
    </message>
    <message>
        <source>With --all-held: captures at a time, 1 to 32.</source>
        <translation>With --all-held: captures at a time, 1 to 32.</translation>
    </message>
    <message>
        <source>--concurrency takes 1 to 32</source>
        <translation>--concurrency takes 1 to 32</translation>
    </message>
    <message>
        <source>Runs SQLite's integrity check on the cache and reads every cached order back. Exit 0 when sound, 1 when damage was found.</source>
        <translation>Runs SQLite's integrity check on the cache and reads every cached order back. Exit 0 when sound, 1 when damage was found.</translation>
    </message>
    <message>
        <source>Move damaged orders aside so that the next sync fetches them again.</source>
        <translation>Move damaged orders aside so that the next sync fetches them again.</translation>
    </message>
    <message>
        <source>%1: SQLite integrity check %2; %3 orders read, %4 damaged.</source>
        <translation>%1: SQLite integrity check %2; %3 orders read, %4 damaged.</translation>
    </message>
    <message>
        <source>The damaged orders were moved aside; the next sync fetches them again.</source>
        <translation>The damaged orders were moved aside; the next sync fetches them again.</translation>
    </message>
    <message>
        <source>Run paydesk-cli check --repair to move them aside so that the next sync fetches them again.</source>
        <translation>Run paydesk-cli check --repair to move them aside so that the next sync fetches them again.</translation>
    </message>
    <message>
        <source>Orders from the cache as CSV (RFC 4180, UTF-8), written whole or not at all; text cells that begin like a formula get a leading '.</source>
        <translation>Orders from the cache as CSV (RFC 4180, UTF-8), written whole or not at all; text cells that begin like a formula get a leading '.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Exported %1 orders to %2.</source>
        <translation>Exported %1 orders to %2.</translation>
    </message>
    <message>
        <source>Every command, or one command's options.</source>
        <translation>Every command, or one command's options.</translation>
    </message>
    <message>
        <source>Every money operation and manual payment as the journal recorded it; with --csv, exported to FILE.</source>
        <translation>Every money operation and manual payment as the journal recorded it; with --csv, exported to FILE.</translation>
    </message>
    <message>
        <source>Only operations whose outcome is not settled yet.</source>
        <translation>Only operations whose outcome is not settled yet.</translation>
    </message>
    <message>
        <source>Recorded on or after DATE.</source>
        <translation>Recorded on or after DATE.</translation>
    </message>
    <message>
        <source>Recorded on or before DATE.</source>
        <translation>Recorded on or before DATE.</translation>
    </message>
    <message>
        <source>Export to FILE as CSV.</source>
        <translation>Export to FILE as CSV.</translation>
    </message>
    <message>
        <source>--from/--to take a date (YYYY-MM-DD) or an ISO 8601 time</source>
        <translation>--from/--to take a date (YYYY-MM-DD) or an ISO 8601 time</translation>
    </message>
    <message>
        <source>Exported %1 journal entries to %2.</source>
        <translation>Exported %1 journal entries to %2.</translation>
    </message>
    <message>
        <source>No open operations.</source>
        <translation>No open operations.</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>The journal is empty.</translation>
    </message>
    <message>
        <source>Orders from the local cache, instantly and offline too.</source>
        <translation>Orders from the local cache, instantly and offline too.</translation>
    </message>
    <message>
        <source>At most N orders (default 100).</source>
        <translation>At most N orders (default 100).</translation>
    </message>
    <message>
        <source>--limit takes a positive number</source>
        <translation>--limit takes a positive number</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>No orders match.</translation>
    </message>
    <message>
        <source>No orders match. The cache is empty until you run: paydesk-cli sync</source>
        <translation>No orders match. The cache is empty until you run: paydesk-cli sync</translation>
    </message>
    <message>
        <source>Pays a registered order (--auto-payment) with a card stored for its customer.</source>
        <translation>Pays a registered order (--auto-payment) with a card stored for its customer.</translation>
    </message>
    <message>
        <source>The stored card (see bindings).</source>
        <translation>The stored card (see bindings).</translation>
    </message>
    <message>
        <source>The card's CVC, when the gateway asks for it.</source>
        <translation>The card's CVC, when the gateway asks for it.</translation>
    </message>
    <message>
        <source>Adds a profile. The password or token is read from standard input into the system keychain; with --check-word, Assist's secret word from the next line.</source>
        <translation>Adds a profile. The password or token is read from standard input into the system keychain; with --check-word, Assist's secret word from the next line.</translation>
    </message>
    <message>
        <source>The gateway's address.</source>
        <translation>The gateway's address.</translation>
    </message>
    <message>
        <source>The merchant's API login.</source>
        <translation>The merchant's API login.</translation>
    </message>
    <message>
        <source>RBS: standard input holds an API token, not a password.</source>
        <translation>RBS: standard input holds an API token, not a password.</translation>
    </message>
    <message>
        <source>How long the bank keeps a hold.</source>
        <translation>How long the bank keeps a hold.</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM or DER).</source>
        <translation>Extra CA certificates (PEM or DER).</translation>
    </message>
    <message>
        <source>RBS agent accounts: the merchant's login.</source>
        <translation>RBS agent accounts: the merchant's login.</translation>
    </message>
    <message>
        <source>Assist: the Merchant_ID.</source>
        <translation>Assist: the Merchant_ID.</translation>
    </message>
    <message>
        <source>The gateway's messages: ui (the interface's, default), ru or en.</source>
        <translation>The gateway's messages: ui (the interface's, default), ru or en.</translation>
    </message>
    <message>
        <source>The profile's currency (default RUB).</source>
        <translation>The profile's currency (default RUB).</translation>
    </message>
    <message>
        <source>Assist: a secret word for checkvalue follows the password.</source>
        <translation>Assist: a secret word for checkvalue follows the password.</translation>
    </message>
    <message>
        <source>--language takes ui, ru or en</source>
        <translation>--language takes ui, ru or en</translation>
    </message>
    <message>
        <source>--hold-days takes a number of days</source>
        <translation>--hold-days takes a number of days</translation>
    </message>
    <message>
        <source>no password or token on standard input</source>
        <translation>no password or token on standard input</translation>
    </message>
    <message>
        <source>--check-word: no secret word on the second line of standard input</source>
        <translation>--check-word: no secret word on the second line of standard input</translation>
    </message>
    <message>
        <source>Added profile %1 (%2 at %3); the %4 in the system keychain.</source>
        <translation>Added profile %1 (%2 at %3); the %4 in the system keychain.</translation>
    </message>
    <message>
        <source>password and the secret word are</source>
        <translation>password and the secret word are</translation>
    </message>
    <message>
        <source>password is</source>
        <translation>password is</translation>
    </message>
    <message>
        <source>Makes the profile the default: used without --profile, opened by the app.</source>
        <translation>Makes the profile the default: used without --profile, opened by the app.</translation>
    </message>
    <message>
        <source>%1 is the default profile.</source>
        <translation>%1 is the default profile.</translation>
    </message>
    <message>
        <source>Lists the profiles: name, gateway, address, login.</source>
        <translation>Lists the profiles: name, gateway, address, login.</translation>
    </message>
    <message>
        <source>No profiles. Add one with: paydesk-cli profile add NAME --gateway rbs --url URL --user LOGIN</source>
        <translation>No profiles. Add one with: paydesk-cli profile add NAME --gateway rbs --url URL --user LOGIN</translation>
    </message>
    <message>
        <source>Removes the profile and its secrets from the keychain.</source>
        <translation>Removes the profile and its secrets from the keychain.</translation>
    </message>
    <message>
        <source>Removed profile %1 and its password.</source>
        <translation>Removed profile %1 and its password.</translation>
    </message>
    <message>
        <source>Asks the gateway whether it accepts the profile's login and password (or token).</source>
        <translation>Asks the gateway whether it accepts the profile's login and password (or token).</translation>
    </message>
    <message>
        <source>Profile %1: the gateway accepted the credentials.</source>
        <translation>Profile %1: the gateway accepted the credentials.</translation>
    </message>
    <message>
        <source>Settles operations whose answer was lost by reading the orders' status; never sends an operation again. Exit 3 while some stay unknown.</source>
        <translation>Settles operations whose answer was lost by reading the orders' status; never sends an operation again. Exit 3 while some stay unknown.</translation>
    </message>
    <message>
        <source>Checked %1 open operation(s): %2 done, %3 not done, %4 still unknown%5.</source>
        <translation>Checked %1 open operation(s): %2 done, %3 not done, %4 still unknown%5.</translation>
    </message>
    <message>
        <source>; %1 in progress in another PayDesk</source>
        <translation>; %1 in progress in another PayDesk</translation>
    </message>
    <message>
        <source>Returns captured money to the customer.</source>
        <translation>Returns captured money to the customer.</translation>
    </message>
    <message>
        <source>How much, in the order's currency (default: all that is left).</source>
        <translation>How much, in the order's currency (default: all that is left).</translation>
    </message>
    <message>
        <source>Registers an order and prints the payment page's address (a manual payment).</source>
        <translation>Registers an order and prints the payment page's address (a manual payment).</translation>
    </message>
    <message>
        <source>The amount, in major units.</source>
        <translation>The amount, in major units.</translation>
    </message>
    <message>
        <source>Default: the profile's.</source>
        <translation>Default: the profile's.</translation>
    </message>
    <message>
        <source>The merchant's order number.</source>
        <translation>The merchant's order number.</translation>
    </message>
    <message>
        <source>Where the customer returns.</source>
        <translation>Where the customer returns.</translation>
    </message>
    <message>
        <source>Where the customer returns after a failure.</source>
        <translation>Where the customer returns after a failure.</translation>
    </message>
    <message>
        <source>The order's description.</source>
        <translation>The order's description.</translation>
    </message>
    <message>
        <source>The customer, for stored cards.</source>
        <translation>The customer, for stored cards.</translation>
    </message>
    <message>
        <source>The customer's e-mail.</source>
        <translation>The customer's e-mail.</translation>
    </message>
    <message>
        <source>The customer's phone.</source>
        <translation>The customer's phone.</translation>
    </message>
    <message>
        <source>Two-stage: hold now, capture later.</source>
        <translation>Two-stage: hold now, capture later.</translation>
    </message>
    <message>
        <source>For a payment by a stored card (pay-binding).</source>
        <translation>For a payment by a stored card (pay-binding).</translation>
    </message>
    <message>
        <source>The cart, in PayDesk's JSON form (README "Carts").</source>
        <translation>The cart, in PayDesk's JSON form (README "Carts").</translation>
    </message>
    <message>
        <source>The merchant's tax system, 0 to 5.</source>
        <translation>The merchant's tax system, 0 to 5.</translation>
    </message>
    <message>
        <source>How long the payment page stays open.</source>
        <translation>How long the payment page stays open.</translation>
    </message>
    <message>
        <source>unknown currency %1</source>
        <translation>unknown currency %1</translation>
    </message>
    <message>
        <source>--amount: the amount must be greater than zero</source>
        <translation>--amount: the amount must be greater than zero</translation>
    </message>
    <message>
        <source>register needs --amount, --order-number and --return-url</source>
        <translation>register needs --amount, --order-number and --return-url</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
    <message>
        <source>--tax-system takes 0 to 5</source>
        <translation>--tax-system takes 0 to 5</translation>
    </message>
    <message>
        <source>Syncs, then shows a desktop notification when holds are due within 24 hours or expire within 2 hours: how many and how much per currency. Each hold once as due and once as expiring; run by the paydesk-remind.timer user unit.</source>
        <translation>Syncs, then shows a desktop notification when holds are due within 24 hours or expire within 2 hours: how many and how much per currency. Each hold once as due and once as expiring; run by the paydesk-remind.timer user unit.</translation>
    </message>
    <message>
        <source>Tell of every due hold, also those told of before.</source>
        <translation>Tell of every due hold, also those told of before.</translation>
    </message>
    <message>
        <source>remind takes no arguments</source>
        <translation>remind takes no arguments</translation>
    </message>
    <message>
        <source>the sync failed (%1); reminding from the cache</source>
        <translation>the sync failed (%1); reminding from the cache</translation>
    </message>
    <message>
        <source>No holds due within 24 hours.</source>
        <translation>No holds due within 24 hours.</translation>
    </message>
    <message>
        <source>Reminded: </source>
        <translation>Reminded: </translation>
    </message>
    <message>
        <source>Told before: </source>
        <translation>Told before: </translation>
    </message>
    <message>
        <source>Releases the whole hold of an order (a reversal).</source>
        <translation>Releases the whole hold of an order (a reversal).</translation>
    </message>
    <message>
        <source>The order as the gateway has it now, by its gateway id or by the merchant's order number; stored in the cache.</source>
        <translation>The order as the gateway has it now, by its gateway id or by the merchant's order number; stored in the cache.</translation>
    </message>
    <message>
        <source>Look the order up by the merchant's number.</source>
        <translation>Look the order up by the merchant's number.</translation>
    </message>
    <message>
        <source>Brings the order cache up to date with the gateway: every order created since the last sync, then the status of every open one. Progress on stderr.</source>
        <translation>Brings the order cache up to date with the gateway: every order created since the last sync, then the status of every open one. Progress on stderr.</translation>
    </message>
    <message>
        <source>Orders created from DATE.</source>
        <translation>Orders created from DATE.</translation>
    </message>
    <message>
        <source>Orders created up to DATE.</source>
        <translation>Orders created up to DATE.</translation>
    </message>
    <message>
        <source>Everything again, not only what is new.</source>
        <translation>Everything again, not only what is new.</translation>
    </message>
    <message>
        <source>sync: page %1 of %2, %3 orders</source>
        <translation>sync: page %1 of %2, %3 orders</translation>
    </message>
    <message>
        <source>sync: refreshed %1 of %2 open orders</source>
        <translation>sync: refreshed %1 of %2 open orders</translation>
    </message>
    <message>
        <source>paydesk-cli: sync %1; %2 orders were stored or updated before it stopped and are kept; the next sync continues from there.</source>
        <translation>paydesk-cli: sync %1; %2 orders were stored or updated before it stopped and are kept; the next sync continues from there.</translation>
    </message>
    <message>
        <source>Synced %1 orders created %2 to %3 and refreshed %4 open orders in %5 s; %6 changed in the cache.</source>
        <translation>Synced %1 orders created %2 to %3 and refreshed %4 open orders in %5 s; %6 changed in the cache.</translation>
    </message>
    <message>
        <source>usage: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] COMMAND ...
       paydesk-cli help COMMAND        (a command's options; also COMMAND --help)
</source>
        <translation>usage: paydesk-cli [--profile NAME] [--json] [--timeout SECONDS] [--db FILE] COMMAND ...
       paydesk-cli help COMMAND        (a command's options; also COMMAND --help)
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
     DATE is YYYY-MM-DD (local day) or an ISO 8601 time; STATUS is created, pending, held, captured,
     reversed, refunded, partly_refunded, declined; COLUMN is created, number, id, status, amount,
     deadline, card, email, description.

Amounts are decimals in major units of the order's currency. Exit codes: 0 ok, 1 refused by the
gateway (check: damage found), 2 bad usage or input (also a file that is not a PayDesk cache),
3 network, storage or keychain problem, or unknown outcome. With --json an error is also written
to standard output as {"error": {"kind": ..., "message": ..., "exitCode": ...}}.
</translation>
    </message>
    <message>
        <source>  capture ORDER [--amount A]         (ORDER: its gateway id or order number; all that is held when no amount)
  capture --all-held [--due-within HOURS] [--yes] [--concurrency N]   (held orders in the cache)</source>
        <translation>  capture ORDER [--amount A]         (ORDER: its gateway id or order number; all that is held when no amount)
  capture --all-held [--due-within HOURS] [--yes] [--concurrency N]   (held orders in the cache)</translation>
    </message>
    <message>
        <source>  check [--repair]                   (SQLite's integrity check and every cached order read back;
                                      --repair moves damaged orders aside to be fetched again)</source>
        <translation>  check [--repair]                   (SQLite's integrity check and every cached order read back;
                                      --repair moves damaged orders aside to be fetched again)</translation>
    </message>
    <message>
        <source>  damaged: order %1 (profile %2): %3</source>
        <translation>  damaged: order %1 (profile %2): %3</translation>
    </message>
    <message>
        <source>  export --csv FILE [FILTERS]       (text cells that begin like a formula get a leading ')</source>
        <translation>  export --csv FILE [FILTERS]       (text cells that begin like a formula get a leading ')</translation>
    </message>
    <message>
        <source>  help [COMMAND]                     (a command's options; also COMMAND --help)</source>
        <translation>  help [COMMAND]                     (a command's options; also COMMAND --help)</translation>
    </message>
    <message>
        <source>  journal [--pending] [--from DATE] [--to DATE] [--csv FILE]   (the operation journal)</source>
        <translation>  journal [--pending] [--from DATE] [--to DATE] [--csv FILE]   (the operation journal)</translation>
    </message>
    <message>
        <source>  orders [FILTERS] [--limit N]               (from the local cache; default limit 100)</source>
        <translation>  orders [FILTERS] [--limit N]               (from the local cache; default limit 100)</translation>
    </message>
    <message>
        <source>  reconcile                          (settle operations whose answer was lost, from order status)</source>
        <translation>  reconcile                          (settle operations whose answer was lost, from order status)</translation>
    </message>
    <message>
        <source>  refund ORDER [--amount A]          (its gateway id or order number; all that is refundable when no amount)</source>
        <translation>  refund ORDER [--amount A]          (its gateway id or order number; all that is refundable when no amount)</translation>
    </message>
    <message>
        <source>  remind [--again]                           (sync, then a desktop notification)</source>
        <translation>  remind [--again]                           (sync, then a desktop notification)</translation>
    </message>
    <message>
        <source>  reverse ORDER                      (its gateway id or order number)</source>
        <translation>  reverse ORDER                      (its gateway id or order number)</translation>
    </message>
    <message>
        <source>  status (ORDER | --order-number N)       (ORDER: its gateway id or order number)</source>
        <translation>  status (ORDER | --order-number N)       (ORDER: its gateway id or order number)</translation>
    </message>
    <message>
        <source>  sync [--from DATE] [--to DATE] [--full]     (progress on stderr)</source>
        <translation>  sync [--from DATE] [--to DATE] [--full]     (progress on stderr)</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options:
</translation>
    </message>
    <message>
        <source>Order</source>
        <comment>status line</comment>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>status line</comment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>status line</comment>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Held</source>
        <comment>status line</comment>
        <translation>Held</translation>
    </message>
    <message>
        <source>Captured</source>
        <comment>status line</comment>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>status line</comment>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Card</source>
        <comment>status line</comment>
        <translation>Card</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>status line</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>status line</comment>
        <translation>Description</translation>
    </message>
    <message>
        <source>Binding</source>
        <comment>status line</comment>
        <translation>Binding</translation>
    </message>
    <message>
        <source>Gateway</source>
        <comment>status line</comment>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>status line</comment>
        <translation>Created</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>ORDER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>TIME LEFT</source>
        <translation>TIME LEFT</translation>
    </message>
    <message>
        <source>CARD</source>
        <translation>CARD</translation>
    </message>
    <message>
        <source>ORDER ID</source>
        <translation>ORDER ID</translation>
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
                   [--merchant-login LOGIN] [--language ui|ru|en]     (password or token on stdin)
  profile add NAME --gateway rbs-soap --url SERVICE-URL --user LOGIN [--hold-days N] [--ca FILE]
  profile add NAME --gateway assist --url URL --user LOGIN --merchant-id ID [--hold-days N]
                   [--check-word]    (password on stdin; with --check-word the secret word on the next line)</translation>
    </message>
    <message>
        <source>rbs (default), rbs-soap (the RBS web service) or assist.</source>
        <translation>rbs (default), rbs-soap (the RBS web service) or assist.</translation>
    </message>
    <message>
        <source>unknown gateway "%1": use rbs, rbs-soap or assist</source>
        <translation>unknown gateway "%1": use rbs, rbs-soap or assist</translation>
    </message>
    <message>
        <source>Whether a callback the shop received is genuine, what it says happened to which order, and whether the gateway agrees now. Exit 0 genuine, 1 wrong or no checksum, 2 unreadable or nothing to check it with.</source>
        <translation>Whether a callback the shop received is genuine, what it says happened to which order, and whether the gateway agrees now. Exit 0 genuine, 1 wrong or no checksum, 2 unreadable or nothing to check it with.</translation>
    </message>
    <message>
        <source>The gateway's certificate or RSA public key (PEM or DER): SHA512withRSA instead of the profile's callback key.</source>
        <translation>The gateway's certificate or RSA public key (PEM or DER): SHA512withRSA instead of the profile's callback key.</translation>
    </message>
    <message>
        <source>Do not ask the gateway for the order's status now.</source>
        <translation>Do not ask the gateway for the order's status now.</translation>
    </message>
    <message>
        <source> Set one with `paydesk-cli profile callback-key PROFILE`, or give --certificate.</source>
        <translation> Set one with `paydesk-cli profile callback-key PROFILE`, or give --certificate.</translation>
    </message>
    <message>
        <source>Password or token: </source>
        <translation>Password or token: </translation>
    </message>
    <message>
        <source>Assist secret word for checkvalue: </source>
        <translation>Assist secret word for checkvalue: </translation>
    </message>
    <message>
        <source>Keeps the key of the profile's callback checksums in the keychain, read from standard input; an empty line removes it.</source>
        <translation>Keeps the key of the profile's callback checksums in the keychain, read from standard input; an empty line removes it.</translation>
    </message>
    <message>
        <source>give one profile name: profile callback-key NAME</source>
        <translation>give one profile name: profile callback-key NAME</translation>
    </message>
    <message>
        <source>Callback key (empty removes it): </source>
        <translation>Callback key (empty removes it): </translation>
    </message>
    <message>
        <source>Profile %1: the callback key is in the keychain.</source>
        <translation>Profile %1: the callback key is in the keychain.</translation>
    </message>
    <message>
        <source>Profile %1: no callback key any more.</source>
        <translation>Profile %1: no callback key any more.</translation>
    </message>
    <message>
        <source>Issues the closing receipt of a paid order whose receipt at payment was an advance or prepayment (closeOfdReceipt.do), for what was paid and not refunded; sent once.</source>
        <translation>Issues the closing receipt of a paid order whose receipt at payment was an advance or prepayment (closeOfdReceipt.do), for what was paid and not refunded; sent once.</translation>
    </message>
    <message>
        <source>  receipt close ORDER                (its gateway id or order number)</source>
        <translation>  receipt close ORDER                (its gateway id or order number)</translation>
    </message>
    <message>
        <source>The team database: postgresql://USER@HOST:PORT/DBNAME; TLS (verify-full) with ?sslrootcert=CA.pem, plain only to this computer.</source>
        <translation>The team database: postgresql://USER@HOST:PORT/DBNAME; TLS (verify-full) with ?sslrootcert=CA.pem, plain only to this computer.</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Database password: </translation>
    </message>
    <message>
        <source>Upgrading the order cache: about a minute per million orders, once. If it is stopped, it goes on next time and nothing is lost.</source>
        <translation>Upgrading the order cache: about a minute per million orders, once. If it is stopped, it goes on next time and nothing is lost.</translation>
    </message>
</context>
<context>
    <name>ClientFactory</name>
    <message>
        <source>No certificate could be read from %1.</source>
        <translation>No certificate could be read from %1.</translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation>The keychain is not available.</translation>
    </message>
</context>
<context>
    <name>ClosingReceipt</name>
    <message>
        <source>This gateway has no closing receipts.</source>
        <translation>This gateway has no closing receipts.</translation>
    </message>
    <message>
        <source>Only a paid order can have a closing receipt; this order is %1.</source>
        <translation>Only a paid order can have a closing receipt; this order is %1.</translation>
    </message>
    <message>
        <source>The order has no cart, so there was no receipt to close.</source>
        <translation>The order has no cart, so there was no receipt to close.</translation>
    </message>
    <message>
        <source>The receipt at payment was not an advance or prepayment: no closing receipt is due.</source>
        <translation>The receipt at payment was not an advance or prepayment: no closing receipt is due.</translation>
    </message>
    <message>
        <source>The gateway has no closing receipt.</source>
        <translation>The gateway has no closing receipt.</translation>
    </message>
</context>
<context>
    <name>ClosingReceiptDialog</name>
    <message>
        <source>Closing receipt</source>
        <translation>Closing receipt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>DueHolds</name>
    <message>
        <source>PayDesk %1: holds to capture today</source>
        <translation>PayDesk %1: holds to capture today</translation>
    </message>
    <message>
        <source>PayDesk %1: holds expire within 2 hours</source>
        <translation>PayDesk %1: holds expire within 2 hours</translation>
    </message>
    <message numerus="yes">
        <source>%n held payment(s) must be captured within 24 hours: %1.</source>
        <translation>
            <numerusform>%n held payment must be captured within 24 hours: %1.</numerusform>
            <numerusform>%n held payments must be captured within 24 hours: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them expire(s) within 2 hours: %1.</source>
        <translation>
            <numerusform>%n of them expire within 2 hours: %1.</numerusform>
            <numerusform>%n of them expires within 2 hours: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Export orders</source>
        <translation>Export orders</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n order(s) to %1.</source>
        <translation>
            <numerusform>Exported %n order to %1.</numerusform>
            <numerusform>Exported %n orders to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the operation journal</source>
        <translation>Export the operation journal</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n journal line(s) to %1.</source>
        <translation>
            <numerusform>Exported %n journal line to %1.</numerusform>
            <numerusform>Exported %n journal lines to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayCapabilities</name>
    <message>
        <source>Ca&amp;ncel the hold…</source>
        <translation>Ca&amp;ncel the hold…</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Cancel the c&amp;harge (refund)…</source>
        <translation>Cancel the c&amp;harge (refund)…</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
</context>
<context>
    <name>GatewayCodeText</name>
    <message>
        <source>the order number is already used, or the card or binding data is wrong</source>
        <translation>the order number is already used, or the card or binding data is wrong</translation>
    </message>
    <message>
        <source>the binding is inactive or in the wrong state, or nothing was found</source>
        <translation>the binding is inactive or in the wrong state, or nothing was found</translation>
    </message>
    <message>
        <source>the gateway does not know the currency</source>
        <translation>the gateway does not know the currency</translation>
    </message>
    <message>
        <source>a required parameter is missing or wrong</source>
        <translation>a required parameter is missing or wrong</translation>
    </message>
    <message>
        <source>the gateway refused the operation: access denied, a wrong amount or order state, or the order is busy with another operation</source>
        <translation>the gateway refused the operation: access denied, a wrong amount or order state, or the order is busy with another operation</translation>
    </message>
    <message>
        <source>the gateway has no such order</source>
        <translation>the gateway has no such order</translation>
    </message>
    <message>
        <source>a system error at the gateway, or no successful payment to act on</source>
        <translation>a system error at the gateway, or no successful payment to act on</translation>
    </message>
    <message>
        <source>the cart does not match the order (currency, total or format)</source>
        <translation>the cart does not match the order (currency, total or format)</translation>
    </message>
    <message>
        <source>an internal error of the gateway</source>
        <translation>an internal error of the gateway</translation>
    </message>
    <message>
        <source>a required parameter is missing</source>
        <translation>a required parameter is missing</translation>
    </message>
    <message>
        <source>a parameter has a wrong format or value</source>
        <translation>a parameter has a wrong format or value</translation>
    </message>
    <message>
        <source>the gateway did not accept the login, password or Merchant_ID</source>
        <translation>the gateway did not accept the login, password or Merchant_ID</translation>
    </message>
    <message>
        <source>the object already exists</source>
        <translation>the object already exists</translation>
    </message>
    <message>
        <source>the order is busy with another operation</source>
        <translation>the order is busy with another operation</translation>
    </message>
    <message>
        <source>the operation is not allowed in the order's state</source>
        <translation>the operation is not allowed in the order's state</translation>
    </message>
    <message>
        <source>the operation timed out at the gateway</source>
        <translation>the operation timed out at the gateway</translation>
    </message>
    <message>
        <source>a limit was exceeded</source>
        <translation>a limit was exceeded</translation>
    </message>
    <message>
        <source>the operation was rejected</source>
        <translation>the operation was rejected</translation>
    </message>
    <message>
        <source>no payment attempts yet</source>
        <translation>no payment attempts yet</translation>
    </message>
    <message>
        <source>the payment time expired</source>
        <translation>the payment time expired</translation>
    </message>
    <message>
        <source>the payment attempts are exhausted</source>
        <translation>the payment attempts are exhausted</translation>
    </message>
    <message>
        <source>3-D Secure authentication failed</source>
        <translation>3-D Secure authentication failed</translation>
    </message>
    <message>
        <source>the payment succeeded</source>
        <translation>the payment succeeded</translation>
    </message>
    <message>
        <source>the card has expired</source>
        <translation>the card has expired</translation>
    </message>
    <message>
        <source>insufficient funds</source>
        <translation>insufficient funds</translation>
    </message>
    <message>
        <source>the reversal was processed</source>
        <translation>the reversal was processed</translation>
    </message>
    <message>
        <source>the card issuer is unavailable</source>
        <translation>the card issuer is unavailable</translation>
    </message>
    <message>
        <source>the order is already paid</source>
        <translation>the order is already paid</translation>
    </message>
</context>
<context>
    <name>GatewayError</name>
    <message>
        <source>Cannot reach the payment gateway. Check the network connection.</source>
        <translation>Cannot reach the payment gateway. Check the network connection.</translation>
    </message>
    <message>
        <source>The gateway's TLS certificate could not be verified: %1</source>
        <translation>The gateway's TLS certificate could not be verified: %1</translation>
    </message>
    <message>
        <source>The payment gateway did not answer in time.</source>
        <translation>The payment gateway did not answer in time.</translation>
    </message>
    <message>
        <source>The payment gateway answered with HTTP error %1.</source>
        <translation>The payment gateway answered with HTTP error %1.</translation>
    </message>
    <message>
        <source>The payment gateway sent an answer that cannot be read.</source>
        <translation>The payment gateway sent an answer that cannot be read.</translation>
    </message>
    <message>
        <source>The payment gateway refused the request (code %1).</source>
        <translation>The payment gateway refused the request (code %1).</translation>
    </message>
    <message>
        <source>The payment gateway refused the request: %1 (code %2)</source>
        <translation>The payment gateway refused the request: %1 (code %2)</translation>
    </message>
    <message>
        <source>The gateway did not accept the login or password (%1).</source>
        <translation>The gateway did not accept the login or password (%1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The local order cache failed: %1</source>
        <translation>The local order cache failed: %1</translation>
    </message>
    <message>
        <source>The outcome is unknown: the gateway may have carried out the operation. Check the order's status before trying again.</source>
        <translation>The outcome is unknown: the gateway may have carried out the operation. Check the order's status before trying again.</translation>
    </message>
    <message>
        <source>The payment gateway sent an answer that cannot be believed: %1</source>
        <translation>The payment gateway sent an answer that cannot be believed: %1</translation>
    </message>
    <message>
        <source>Cannot reach the payment gateway: the host name %1 was not found. Check the gateway's address and the network.</source>
        <translation>Cannot reach the payment gateway: the host name %1 was not found. Check the gateway's address and the network.</translation>
    </message>
    <message>
        <source>Cannot reach the payment gateway: %1 refused the connection on port %2.</source>
        <translation>Cannot reach the payment gateway: %1 refused the connection on port %2.</translation>
    </message>
    <message>
        <source>Cannot reach the payment gateway at %1: %2</source>
        <translation>Cannot reach the payment gateway at %1: %2</translation>
    </message>
    <message>
        <source>The gateway refused the login or password.</source>
        <translation>The gateway refused the login or password.</translation>
    </message>
    <message>
        <source>The gateway refused the login or password of profile «%1».</source>
        <translation>The gateway refused the login or password of profile «%1».</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2</source>
        <translation>The secure (TLS) connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>(The gateway said: %1)</source>
        <translation>(The gateway said: %1)</translation>
    </message>
    <message>
        <source>The payment gateway refused the request: %1 (code %2: %3)</source>
        <translation>The payment gateway refused the request: %1 (code %2: %3)</translation>
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
        <translation>Views</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Order number, gateway id, card last 4, e-mail, description</source>
        <translation>Order number, gateway id, card last 4, e-mail, description</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Search orders</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Period filter</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Order details</translation>
    </message>
    <message>
        <source>&amp;Raw answer</source>
        <translation>&amp;Raw answer</translation>
    </message>
    <message>
        <source>The gateway's answer</source>
        <translation>The gateway's answer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>Fetch new and changed orders from the gateway</source>
        <translation>Fetch new and changed orders from the gateway</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Full resync</source>
        <translation>&amp;Full resync</translation>
    </message>
    <message>
        <source>Fetch every order of the last 90 days again</source>
        <translation>Fetch every order of the last 90 days again</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Ca&amp;ncel sync</source>
        <translation>Ca&amp;ncel sync</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;New payment…</source>
        <translation>&amp;New payment…</translation>
    </message>
    <message>
        <source>Register a test payment and pay it on the payment page</source>
        <translation>Register a test payment and pay it on the payment page</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Capture…</source>
        <translation>&amp;Capture…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Capture &amp;selected…</source>
        <translation>Capture &amp;selected…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <source>Re&amp;verse…</source>
        <translation>Re&amp;verse…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Re&amp;fund…</source>
        <translation>Re&amp;fund…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Refresh order</source>
        <translation>&amp;Refresh order</translation>
    </message>
    <message>
        <source>Ask the gateway for this order's status now</source>
        <translation>Ask the gateway for this order's status now</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Copy gateway &amp;id</source>
        <translation>Copy gateway &amp;id</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Export orders (CSV)…</source>
        <translation>&amp;Export orders (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the operation &amp;journal (CSV)…</source>
        <translation>Export the operation &amp;journal (CSV)…</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PayDesk</source>
        <translation>&amp;About PayDesk</translation>
    </message>
    <message>
        <source>Export the journal of the period chosen in the Period filter</source>
        <translation>Export the journal of the period chosen in the Period filter</translation>
    </message>
    <message>
        <source>Created &amp;from:</source>
        <translation>Created &amp;from:</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>t&amp;o:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <source>Created to</source>
        <translation>Created to</translation>
    </message>
    <message>
        <source>A&amp;mount from:</source>
        <translation>A&amp;mount from:</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>Save &amp;view…</source>
        <translation>Save &amp;view…</translation>
    </message>
    <message>
        <source>Keep this search and these filters as a view in the sidebar</source>
        <translation>Keep this search and these filters as a view in the sidebar</translation>
    </message>
    <message>
        <source>Copy order &amp;number</source>
        <translation>Copy order &amp;number</translation>
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
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>%1 has no fractional part.</source>
        <translation>%1 has no fractional part.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has only %n decimal place(s).</source>
        <translation>
            <numerusform>%1 has only %n decimal place.</numerusform>
            <numerusform>%1 has only %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>This is not an amount. Use digits, at most one decimal separator and groups of three digits, e.g. 1234.56 or 1 234,56.</source>
        <translation>This is not an amount. Use digits, at most one decimal separator and groups of three digits, e.g. 1234.56 or 1 234,56.</translation>
    </message>
    <message>
        <source>“%1” could mean %2 or %3. Type %2 without a thousands separator.</source>
        <translation>“%1” could mean %2 or %3. Type %2 without a thousands separator.</translation>
    </message>
    <message>
        <source>“%1” could mean %2 or %3. Type %2 without a thousands separator, or %4 for the smaller amount.</source>
        <translation>“%1” could mean %2 or %3. Type %2 without a thousands separator, or %4 for the smaller amount.</translation>
    </message>
</context>
<context>
    <name>NewPaymentDialog</name>
    <message>
        <source>New test payment</source>
        <translation>New test payment</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Payment:</translation>
    </message>
    <message>
        <source>&amp;Two-stage (hold, capture later)</source>
        <translation>&amp;Two-stage (hold, capture later)</translation>
    </message>
    <message>
        <source>&amp;One-stage</source>
        <translation>&amp;One-stage</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>Order &amp;number:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Fail URL:</source>
        <translation>&amp;Fail URL:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional: binds the card to this customer</source>
        <translation>optional: binds the card to this customer</translation>
    </message>
    <message>
        <source>A&amp;utopayment (recurring) binding</source>
        <translation>A&amp;utopayment (recurring) binding</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Open in &amp;browser</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>QR code of the payment page</translation>
    </message>
    <message>
        <source>The QR code of the payment page appears here: scan it to pay from a phone.</source>
        <translation>The QR code of the payment page appears here: scan it to pay from a phone.</translation>
    </message>
    <message>
        <source>Cart items</source>
        <translation>Cart items</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>Add &amp;item</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Remo&amp;ve item</translation>
    </message>
    <message>
        <source>Ta&amp;x system:</source>
        <translation>Ta&amp;x system:</translation>
    </message>
    <message>
        <source>R&amp;eturn URL:</source>
        <translation>R&amp;eturn URL:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>C&amp;lient id:</translation>
    </message>
    <message>
        <source>&amp;Cart (lines of the fiscal receipt)</source>
        <translation>&amp;Cart (lines of the fiscal receipt)</translation>
    </message>
    <message>
        <source>Co&amp;py link</source>
        <translation>Co&amp;py link</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>&amp;All of it</source>
        <translation>&amp;All of it</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>e.g. 1 250,50</source>
        <translation>e.g. 1 250,50</translation>
    </message>
</context>
<context>
    <name>OperationJournal</name>
    <message>
        <source>About to send</source>
        <translation>About to send</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Sent, no answer yet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>operation journal entry %1 is no longer about to be sent</source>
        <translation>operation journal entry %1 is no longer about to be sent</translation>
    </message>
    <message>
        <source>in the app</source>
        <translation>in the app</translation>
    </message>
    <message>
        <source>from the command line</source>
        <translation>from the command line</translation>
    </message>
</context>
<context>
    <name>OperationResult</name>
    <message>
        <source>capture</source>
        <translation>capture</translation>
    </message>
    <message>
        <source>reversal</source>
        <translation>reversal</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>refund</translation>
    </message>
    <message>
        <source>payment with a stored card</source>
        <translation>payment with a stored card</translation>
    </message>
    <message>
        <source>new payment registered</source>
        <translation>new payment registered</translation>
    </message>
    <message>
        <source>closing receipt</source>
        <translation>closing receipt</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>Only a held payment can be captured; this one is %1</source>
        <translation>Only a held payment can be captured; this one is %1</translation>
    </message>
    <message>
        <source>Only a held payment can be reversed; this one is %1</source>
        <translation>Only a held payment can be reversed; this one is %1</translation>
    </message>
    <message>
        <source>Only a captured payment can be refunded; this one is %1</source>
        <translation>Only a captured payment can be refunded; this one is %1</translation>
    </message>
    <message>
        <source>The hold expired %1: the gateway no longer captures it</source>
        <translation>The hold expired %1: the gateway no longer captures it</translation>
    </message>
</context>
<context>
    <name>OrderClaims</name>
    <message>
        <source>Being captured by %1 on %2 since %3; nothing was sent.</source>
        <translation>Being captured by %1 on %2 since %3; nothing was sent.</translation>
    </message>
    <message>
        <source>Being reversed by %1 on %2 since %3; nothing was sent.</source>
        <translation>Being reversed by %1 on %2 since %3; nothing was sent.</translation>
    </message>
    <message>
        <source>Being refunded by %1 on %2 since %3; nothing was sent.</source>
        <translation>Being refunded by %1 on %2 since %3; nothing was sent.</translation>
    </message>
    <message>
        <source>Being paid by %1 on %2 since %3; nothing was sent.</source>
        <translation>Being paid by %1 on %2 since %3; nothing was sent.</translation>
    </message>
    <message>
        <source>A closing receipt is being issued by %1 on %2 since %3; nothing was sent.</source>
        <translation>A closing receipt is being issued by %1 on %2 since %3; nothing was sent.</translation>
    </message>
</context>
<context>
    <name>OrderDetailsHtml</name>
    <message>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>test payment</source>
        <translation>test payment</translation>
    </message>
    <message>
        <source>Capture before %1 (%2 left)</source>
        <translation>Capture before %1 (%2 left)</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Still capturable</source>
        <translation>Still capturable</translation>
    </message>
    <message>
        <source>Refundable</source>
        <translation>Refundable</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Payment system</source>
        <translation>Payment system</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Approval code</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Binding</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Gateway id</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Gateway status</translation>
    </message>
    <message>
        <source>Action code</source>
        <translation>Action code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Authorised</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Merchant parameters</source>
        <translation>Merchant parameters</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>paid by the customer</source>
        <translation>paid by the customer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Fiscal receipts</source>
        <translation>Fiscal receipts</translation>
    </message>
    <message>
        <source>FD %1</source>
        <translation>FD %1</translation>
    </message>
    <message>
        <source>Fiscal receipts: use Refresh order to ask the gateway.</source>
        <translation>Fiscal receipts: use Refresh order to ask the gateway.</translation>
    </message>
    <message>
        <source>The hold expired on %1 (%2)</source>
        <translation>The hold expired on %1 (%2)</translation>
    </message>
    <message>
        <source>Was held</source>
        <translation>Was held</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>captured %1</translation>
    </message>
    <message>
        <source>reversed: the hold was released</source>
        <translation>reversed: the hold was released</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>refunded %1</translation>
    </message>
    <message>
        <source>%1 of %2 not done</source>
        <translation>%1 of %2 not done</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>by %1, %2</translation>
    </message>
    <message>
        <source>reversed %1: the hold was released</source>
        <translation>reversed %1: the hold was released</translation>
    </message>
    <message>
        <source>paid %1 with a saved card</source>
        <translation>paid %1 with a saved card</translation>
    </message>
    <message>
        <source>registered for %1</source>
        <translation>registered for %1</translation>
    </message>
    <message>
        <source>closing receipt issued for %1</source>
        <translation>closing receipt issued for %1</translation>
    </message>
    <message>
        <source>%1 at desk %2</source>
        <translation>%1 at desk %2</translation>
    </message>
</context>
<context>
    <name>OrderStatusText</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Partly refunded</source>
        <translation>Partly refunded</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>OrderStore</name>
    <message>
        <source>a database with other tables: %1</source>
        <translation>a database with other tables: %1</translation>
    </message>
    <message>
        <source>the file does not exist and cannot be created here</source>
        <translation>the file does not exist and cannot be created here</translation>
    </message>
    <message>
        <source>it was written by a newer PayDesk (schema %1; this one reads %2)</source>
        <translation>it was written by a newer PayDesk (schema %1; this one reads %2)</translation>
    </message>
    <message>
        <source>it needs an upgrade to schema %1, and PayDesk may not write it</source>
        <translation>it needs an upgrade to schema %1, and PayDesk may not write it</translation>
    </message>
    <message>
        <source>upgrading it to schema %1 failed: %2</source>
        <translation>upgrading it to schema %1 failed: %2</translation>
    </message>
    <message>
        <source>packing the stored orders failed: %1</source>
        <translation>packing the stored orders failed: %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::AssistClient</name>
    <message>
        <source>Assist takes no cart with a new payment; register it without one.</source>
        <translation>Assist takes no cart with a new payment; register it without one.</translation>
    </message>
</context>
<context>
    <name>PayDesk::BatchCaptureDialog</name>
    <message>
        <source>not held: %1</source>
        <translation>not held: %1</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Send no more captures; those under way finish</source>
        <translation>Send no more captures; those under way finish</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) checked, %1 in all.</source>
        <translation>
            <numerusform>%n payment checked, %1 in all.</numerusform>
            <numerusform>%n payments checked, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Capture %n payment(s)</source>
        <translation>
            <numerusform>&amp;Capture %n payment</numerusform>
            <numerusform>&amp;Capture %n payments</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>captured %1</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Retry failed</translation>
    </message>
    <message>
        <source>Send again the captures that failed for a passing reason, and only those</source>
        <translation>Send again the captures that failed for a passing reason, and only those</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>refused by the gateway</source>
        <translation>refused by the gateway</translation>
    </message>
    <message>
        <source>temporary failure: try again</source>
        <translation>temporary failure: try again</translation>
    </message>
    <message>
        <source>unknown: the journal settles it</source>
        <translation>unknown: the journal settles it</translation>
    </message>
    <message>
        <source>Temporary failure — not captured, try again</source>
        <translation>Temporary failure — not captured, try again</translation>
    </message>
    <message>
        <source>Refused by the gateway — not captured</source>
        <translation>Refused by the gateway — not captured</translation>
    </message>
    <message>
        <source>Outcome unknown — the journal settles it from the order's status; do not repeat</source>
        <translation>Outcome unknown — the journal settles it from the order's status; do not repeat</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Captured %1, refused %2, temporary failure %3, unknown %4.</source>
        <translation>Captured %1, refused %2, temporary failure %3, unknown %4.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n failed</source>
        <translation>
            <numerusform>&amp;Retry %n failed</numerusform>
            <numerusform>&amp;Retry %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the batch's outcome</source>
        <translation>Export the batch's outcome</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n outcome(s) to %1.</source>
        <translation>
            <numerusform>Exported %n outcome to %1.</numerusform>
            <numerusform>Exported %n outcomes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::CacheNotice</name>
    <message numerus="yes">
        <source>%n order(s) in the cache %1 could not be read (first: %2); left out, and fetched again at the next sync.</source>
        <translation>
            <numerusform>%n order in the cache %1 could not be read (first: %2); left out, and fetched again at the next sync.</numerusform>
            <numerusform>%n orders in the cache %1 could not be read (first: %2); left out, and fetched again at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order cache could not be read or written: %1</source>
        <translation>The order cache could not be read or written: %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::CacheUpgradeWindow</name>
    <message>
        <source>Upgrading the order cache</source>
        <translation>Upgrading the order cache</translation>
    </message>
    <message>
        <source>This PayDesk keeps its orders more compactly. The cache is converted once, which takes about a minute per million orders; please leave PayDesk running. If it is stopped, the conversion goes on at the next start, and nothing is lost.</source>
        <translation>This PayDesk keeps its orders more compactly. The cache is converted once, which takes about a minute per million orders; please leave PayDesk running. If it is stopped, the conversion goes on at the next start, and nothing is lost.</translation>
    </message>
</context>
<context>
    <name>PayDesk::CheckCallbackDialog</name>
    <message>
        <source>C&amp;heck</source>
        <translation>C&amp;heck</translation>
    </message>
    <message>
        <source>The gateway's certificate or public key</source>
        <translation>The gateway's certificate or public key</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Paste the callback first.</source>
        <translation>Paste the callback first.</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>The certificate cannot be read: %1</translation>
    </message>
    <message>
        <source>The callback key cannot be read from the keychain: %1</source>
        <translation>The callback key cannot be read from the keychain: %1</translation>
    </message>
    <message>
        <source>Asking the gateway about the order…</source>
        <translation>Asking the gateway about the order…</translation>
    </message>
    <message>
        <source>Set the callback key in File &gt; Profiles…, or check with the gateway's certificate.</source>
        <translation>Set the callback key in File &gt; Profiles…, or check with the gateway's certificate.</translation>
    </message>
</context>
<context>
    <name>PayDesk::Cli::TeamCommand</name>
    <message>
        <source>Puts the profile in team mode: its orders, claims and journal in a PostgreSQL database shared with the other desks of the same gateway account. Reads the database password on standard input into the keychain; creates or migrates the schema.</source>
        <translation>Puts the profile in team mode: its orders, claims and journal in a PostgreSQL database shared with the other desks of the same gateway account. Reads the database password on standard input into the keychain; creates or migrates the schema.</translation>
    </message>
    <message>
        <source>The profile's team database (without secrets) and its schema version.</source>
        <translation>The profile's team database (without secrets) and its schema version.</translation>
    </message>
    <message>
        <source>Takes the profile out of team mode: back to the local cache; the password leaves the keychain.</source>
        <translation>Takes the profile out of team mode: back to the local cache; the password leaves the keychain.</translation>
    </message>
    <message>
        <source>give one profile name</source>
        <translation>give one profile name</translation>
    </message>
    <message>
        <source>the database password is read on standard input, and none came</source>
        <translation>the database password is read on standard input, and none came</translation>
    </message>
    <message>
        <source>Profile %1 now works in team mode on %2 (schema %3).</source>
        <translation>Profile %1 now works in team mode on %2 (schema %3).</translation>
    </message>
    <message>
        <source>Profile %1 uses the local cache (not in team mode).</source>
        <translation>Profile %1 uses the local cache (not in team mode).</translation>
    </message>
    <message>
        <source>Profile %1: team database %2, schema %3.</source>
        <translation>Profile %1: team database %2, schema %3.</translation>
    </message>
    <message>
        <source>Profile %1 is back on the local cache.</source>
        <translation>Profile %1 is back on the local cache.</translation>
    </message>
</context>
<context>
    <name>PayDesk::ClosingReceiptDialog</name>
    <message>
        <source>Closing receipt for order %1</source>
        <translation>Closing receipt for order %1</translation>
    </message>
    <message>
        <source>Issue the closing receipt for order &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;?</source>
        <translation>Issue the closing receipt for order &lt;b&gt;%1&lt;/b&gt; for &lt;b&gt;%2&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>The receipt at payment was an advance or prepayment. The closing receipt says the customer has received the goods: the gateway sends it to the fiscal data operator with the order's cart as paid in full. It is sent once and cannot be taken back.</source>
        <translation>The receipt at payment was an advance or prepayment. The closing receipt says the customer has received the goods: the gateway sends it to the fiscal data operator with the order's cart as paid in full. It is sent once and cannot be taken back.</translation>
    </message>
    <message>
        <source>&amp;Issue receipt</source>
        <translation>&amp;Issue receipt</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>The closing receipt is issued. The order's receipts are in its details.</source>
        <translation>The closing receipt is issued. The order's receipts are in its details.</translation>
    </message>
    <message>
        <source>Not issued.</source>
        <translation>Not issued.</translation>
    </message>
    <message>
        <source>Outcome unknown: do not issue it again.</source>
        <translation>Outcome unknown: do not issue it again.</translation>
    </message>
    <message>
        <source>Look at the order's receipts (Refresh) to see whether the gateway made it.</source>
        <translation>Look at the order's receipts (Refresh) to see whether the gateway made it.</translation>
    </message>
</context>
<context>
    <name>PayDesk::CredentialStore</name>
    <message>
        <source>No password is stored in the keychain for this profile.</source>
        <translation>No password is stored in the keychain for this profile.</translation>
    </message>
    <message>
        <source>The system keychain is not available or is locked (%1). PayDesk keeps passwords only there.</source>
        <translation>The system keychain is not available or is locked (%1). PayDesk keeps passwords only there.</translation>
    </message>
</context>
<context>
    <name>PayDesk::DeskSession</name>
    <message>
        <source>There is no profile %1.</source>
        <translation>There is no profile %1.</translation>
    </message>
    <message>
        <source>The sandbox is not available here.</source>
        <translation>The sandbox is not available here.</translation>
    </message>
    <message>
        <source>Finish or close the open operation first, then switch the profile.</source>
        <translation>Finish or close the open operation first, then switch the profile.</translation>
    </message>
</context>
<context>
    <name>PayDesk::DetailsPane</name>
    <message>
        <source>&lt;p&gt;%1 orders selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 orders selected.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an order to see its details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select an order to see its details.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PayDesk::FilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 shown</source>
        <translation>Filtered: %1 of %2 shown</translation>
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
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Dates…</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Any way of paying</source>
        <translation>Any way of paying</translation>
    </message>
</context>
<context>
    <name>PayDesk::GatewayTransport</name>
    <message>
        <source>No credentials for the gateway.</source>
        <translation>No credentials for the gateway.</translation>
    </message>
</context>
<context>
    <name>PayDesk::HeldChart</name>
    <message>
        <source>Held amounts by deadline day</source>
        <translation>Held amounts by deadline day</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>deadline: %1</translation>
    </message>
    <message>
        <source>%1+</source>
        <comment>a day and the days after it</comment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>nothing held</source>
        <translation>nothing held</translation>
    </message>
    <message>
        <source>%1: %2 — click to list these holds</source>
        <translation>%1: %2 — click to list these holds</translation>
    </message>
    <message>
        <source>Held by the day the hold expires (each currency to its own scale)</source>
        <translation>Held by the day the hold expires (each currency to its own scale)</translation>
    </message>
</context>
<context>
    <name>PayDesk::HoldReminder</name>
    <message>
        <source>Holds expire within 24 hours</source>
        <translation>Holds expire within 24 hours</translation>
    </message>
    <message numerus="yes">
        <source>%n held payment(s) must be captured within 24 hours: %1</source>
        <translation>
            <numerusform>%n held payment must be captured within 24 hours: %1</numerusform>
            <numerusform>%n held payments must be captured within 24 hours: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayDesk::JournalReconciler</name>
    <message>
        <source>Confirmed from the order's status after the answer was lost.</source>
        <translation>Confirmed from the order's status after the answer was lost.</translation>
    </message>
    <message>
        <source>sent %1 s ago; the gateway may still be carrying it out</source>
        <translation>sent %1 s ago; the gateway may still be carrying it out</translation>
    </message>
    <message>
        <source>Not carried out: the order's status shows no change.</source>
        <translation>Not carried out: the order's status shows no change.</translation>
    </message>
    <message>
        <source>the order's status (%1) neither proves nor rules out the %2</source>
        <translation>the order's status (%1) neither proves nor rules out the %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>PayDesk::MainWindow</name>
    <message>
        <source>About PayDesk</source>
        <translation>About PayDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;The back office for card payments through RBS and Assist gateways.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PayDesk %1&lt;/h3&gt;&lt;p&gt;The back office for card payments through RBS and Assist gateways.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiles…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name of the view:</translation>
    </message>
</context>
<context>
    <name>PayDesk::NewPaymentDialog</name>
    <message>
        <source>Test payment</source>
        <translation>Test payment</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>An order number and a return URL (https://…) are needed.</source>
        <translation>An order number and a return URL (https://…) are needed.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>Order id: %1
Payment page: %2</source>
        <translation>Order id: %1
Payment page: %2</translation>
    </message>
    <message>
        <source>Waiting for the payment…</source>
        <translation>Waiting for the payment…</translation>
    </message>
    <message>
        <source>&amp;Register another</source>
        <translation>&amp;Register another</translation>
    </message>
    <message>
        <source>General (OSN)</source>
        <translation>General (OSN)</translation>
    </message>
    <message>
        <source>Simplified, income</source>
        <translation>Simplified, income</translation>
    </message>
    <message>
        <source>Simplified, income minus expenses</source>
        <translation>Simplified, income minus expenses</translation>
    </message>
    <message>
        <source>Imputed income (ENVD)</source>
        <translation>Imputed income (ENVD)</translation>
    </message>
    <message>
        <source>Agricultural tax (ESKhN)</source>
        <translation>Agricultural tax (ESKhN)</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patent</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Order id: %1
The gateway registered the order, but its answer with the payment page link was lost.</source>
        <translation>Order id: %1
The gateway registered the order, but its answer with the payment page link was lost.</translation>
    </message>
    <message>
        <source>Cart line %1: %2</source>
        <translation>Cart line %1: %2</translation>
    </message>
    <message>
        <source>Cart line %1: a whole quantity of at least 1 is needed.</source>
        <translation>Cart line %1: a whole quantity of at least 1 is needed.</translation>
    </message>
    <message>
        <source>The gateway gave action code %1.</source>
        <translation>The gateway gave action code %1.</translation>
    </message>
    <message>
        <source>%1 (action code %2)</source>
        <translation>%1 (action code %2)</translation>
    </message>
</context>
<context>
    <name>PayDesk::OperationAnnouncer</name>
    <message>
        <source>The %1 of order %2 is still being sent; you will be told how it ends.</source>
        <translation>The %1 of order %2 is still being sent; you will be told how it ends.</translation>
    </message>
    <message>
        <source>PayDesk: %1 of order %2</source>
        <translation>PayDesk: %1 of order %2</translation>
    </message>
    <message>
        <source>The %1 of order %2 is done: the order is now %3.</source>
        <translation>The %1 of order %2 is done: the order is now %3.</translation>
    </message>
    <message>
        <source>The %1 of order %2 was not done: %3</source>
        <translation>The %1 of order %2 was not done: %3</translation>
    </message>
    <message>
        <source>The %1 of order %2 has an unknown outcome: the journal settles it from the order's status; do not repeat it.</source>
        <translation>The %1 of order %2 has an unknown outcome: the journal settles it from the order's status; do not repeat it.</translation>
    </message>
</context>
<context>
    <name>PayDesk::OperationDialog</name>
    <message>
        <source>Capture payment %1</source>
        <translation>Capture payment %1</translation>
    </message>
    <message>
        <source>Capture the payment for order &lt;b&gt;%1&lt;/b&gt;. Held: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Capture the payment for order &lt;b&gt;%1&lt;/b&gt;. Held: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>Refund payment %1</source>
        <translation>Refund payment %1</translation>
    </message>
    <message>
        <source>Refund the payment for order &lt;b&gt;%1&lt;/b&gt;. Captured and not yet refunded: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Refund the payment for order &lt;b&gt;%1&lt;/b&gt;. Captured and not yet refunded: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <source>Reverse payment %1</source>
        <translation>Reverse payment %1</translation>
    </message>
    <message>
        <source>Release the hold of &lt;b&gt;%1&lt;/b&gt; on the customer's card for order &lt;b&gt;%2&lt;/b&gt;? Nothing will be charged, and the order cannot be captured afterwards.</source>
        <translation>Release the hold of &lt;b&gt;%1&lt;/b&gt; on the customer's card for order &lt;b&gt;%2&lt;/b&gt;? Nothing will be charged, and the order cannot be captured afterwards.</translation>
    </message>
    <message>
        <source>Re&amp;verse</source>
        <translation>Re&amp;verse</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>That is more than the %1 still held.</source>
        <translation>That is more than the %1 still held.</translation>
    </message>
    <message>
        <source>That is more than the %1 that can be refunded.</source>
        <translation>That is more than the %1 that can be refunded.</translation>
    </message>
    <message>
        <source>%1 (%2) will be charged to the customer's card.</source>
        <translation>%1 (%2) will be charged to the customer's card.</translation>
    </message>
    <message>
        <source>%1 (%2) will be charged; the remaining %3 of the hold is released to the customer. The gateway takes one capture per order: the rest cannot be captured later.</source>
        <translation>%1 (%2) will be charged; the remaining %3 of the hold is released to the customer. The gateway takes one capture per order: the rest cannot be captured later.</translation>
    </message>
    <message>
        <source>%1 (%2) will be returned to the customer's card.</source>
        <translation>%1 (%2) will be returned to the customer's card.</translation>
    </message>
    <message>
        <source>%1 (%2) will be released.</source>
        <translation>%1 (%2) will be released.</translation>
    </message>
    <message>
        <source>Sending to the gateway…</source>
        <translation>Sending to the gateway…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The order is now %1.</source>
        <translation>The order is now %1.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>Refused.</translation>
    </message>
    <message>
        <source>Outcome unknown.</source>
        <translation>Outcome unknown.</translation>
    </message>
    <message>
        <source>The gateway's answer was lost. The operation is in the journal and will be settled from the order's status; do not repeat it.</source>
        <translation>The gateway's answer was lost. The operation is in the journal and will be settled from the order's status; do not repeat it.</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderListModel</name>
    <message>
        <source>Capture before %1</source>
        <translation>Capture before %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Held / refundable</source>
        <translation>Held / refundable</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Gateway id</translation>
    </message>
    <message>
        <source>Reversed: the hold was released, no money was taken</source>
        <translation>Reversed: the hold was released, no money was taken</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation>Refund date</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderOperations</name>
    <message>
        <source>The order is in %1, not %2.</source>
        <translation>The order is in %1, not %2.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
    <message>
        <source>Only a held payment can be captured; this order is %1.</source>
        <translation>Only a held payment can be captured; this order is %1.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 still held.</source>
        <translation>%1 is more than the %2 still held.</translation>
    </message>
    <message>
        <source>The payment is already captured: refund it instead.</source>
        <translation>The payment is already captured: refund it instead.</translation>
    </message>
    <message>
        <source>Only a held payment can be reversed; this order is %1.</source>
        <translation>Only a held payment can be reversed; this order is %1.</translation>
    </message>
    <message>
        <source>The payment is only held: reverse it instead of refunding.</source>
        <translation>The payment is only held: reverse it instead of refunding.</translation>
    </message>
    <message>
        <source>Only a captured payment can be refunded; this order is %1.</source>
        <translation>Only a captured payment can be refunded; this order is %1.</translation>
    </message>
    <message>
        <source>%1 is more than the %2 that can still be refunded.</source>
        <translation>%1 is more than the %2 that can still be refunded.</translation>
    </message>
    <message>
        <source>Only an unpaid order can be paid; this order is %1.</source>
        <translation>Only an unpaid order can be paid; this order is %1.</translation>
    </message>
    <message>
        <source>An earlier operation on this order has no known outcome yet. Reconcile the journal first; nothing was sent.</source>
        <translation>An earlier operation on this order has no known outcome yet. Reconcile the journal first; nothing was sent.</translation>
    </message>
    <message>
        <source>An order that exists cannot be registered again.</source>
        <translation>An order that exists cannot be registered again.</translation>
    </message>
    <message>
        <source>Registered; the answer with the payment page link was lost.</source>
        <translation>Registered; the answer with the payment page link was lost.</translation>
    </message>
    <message>
        <source>Not registered: the gateway has no order with this number.</source>
        <translation>Not registered: the gateway has no order with this number.</translation>
    </message>
    <message>
        <source>The cart adds up to %1, not to the order's amount %2.</source>
        <translation>The cart adds up to %1, not to the order's amount %2.</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderSupportActions</name>
    <message>
        <source>Check &amp;callback…</source>
        <translation>Check &amp;callback…</translation>
    </message>
    <message>
        <source>Whether a callback notification the shop received is genuine, and what it says</source>
        <translation>Whether a callback notification the shop received is genuine, and what it says</translation>
    </message>
    <message>
        <source>Issue c&amp;losing receipt…</source>
        <translation>Issue c&amp;losing receipt…</translation>
    </message>
    <message>
        <source>The second receipt of an order paid in advance, once the customer has the goods</source>
        <translation>The second receipt of an order paid in advance, once the customer has the goods</translation>
    </message>
</context>
<context>
    <name>PayDesk::OrderSync</name>
    <message>
        <source>stopped before the first page of the order list</source>
        <translation>stopped before the first page of the order list</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 pages of the order list</source>
        <translation>stopped after %1 of %2 pages of the order list</translation>
    </message>
    <message>
        <source>stopped after refreshing %1 of %2 open orders</source>
        <translation>stopped after refreshing %1 of %2 open orders</translation>
    </message>
</context>
<context>
    <name>PayDesk::ProfileMenu</name>
    <message>
        <source>P&amp;rofile</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <source>Gateway profile</source>
        <translation>Gateway profile</translation>
    </message>
    <message>
        <source>The gateway profile whose orders are shown; choose another to switch</source>
        <translation>The gateway profile whose orders are shown; choose another to switch</translation>
    </message>
    <message>
        <source>Sandbox (demo orders)</source>
        <translation>Sandbox (demo orders)</translation>
    </message>
</context>
<context>
    <name>PayDesk::ProfilesDialog</name>
    <message>
        <source>Sberbank — test</source>
        <translation>Sberbank — test</translation>
    </message>
    <message>
        <source>Sberbank — production</source>
        <translation>Sberbank — production</translation>
    </message>
    <message>
        <source>Alfa-Bank — test</source>
        <translation>Alfa-Bank — test</translation>
    </message>
    <message>
        <source>Alfa-Bank — production</source>
        <translation>Alfa-Bank — production</translation>
    </message>
    <message>
        <source>Other RBS gateway</source>
        <translation>Other RBS gateway</translation>
    </message>
    <message>
        <source>Removed %1 and its password.</source>
        <translation>Removed %1 and its password.</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keychain)</source>
        <translation>unchanged (kept in the system keychain)</translation>
    </message>
    <message>
        <source>kept in the system keychain only</source>
        <translation>kept in the system keychain only</translation>
    </message>
    <message>
        <source>Enter the password: it goes to the system keychain, never to a file.</source>
        <translation>Enter the password: it goes to the system keychain, never to a file.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Saved %1; the password is in the system keychain.</source>
        <translation>Saved %1; the password is in the system keychain.</translation>
    </message>
    <message>
        <source>Asking the gateway…</source>
        <translation>Asking the gateway…</translation>
    </message>
    <message>
        <source>The gateway accepted the login and password.</source>
        <translation>The gateway accepted the login and password.</translation>
    </message>
    <message>
        <source>Assist — test</source>
        <translation>Assist — test</translation>
    </message>
    <message>
        <source>Assist — production</source>
        <translation>Assist — production</translation>
    </message>
    <message>
        <source>PayDesk opens it when it starts.</source>
        <translation>PayDesk opens it when it starts.</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Enter the password to test the connection.</translation>
    </message>
    <message>
        <source>Follow the interface</source>
        <translation>Follow the interface</translation>
    </message>
    <message>
        <source>Sberbank — test, web service (SOAP)</source>
        <translation>Sberbank — test, web service (SOAP)</translation>
    </message>
    <message>
        <source>Other RBS gateway, web service (SOAP)</source>
        <translation>Other RBS gateway, web service (SOAP)</translation>
    </message>
</context>
<context>
    <name>PayDesk::RbsClient</name>
    <message>
        <source>The gateway accepted the request, but the order's status does not show it yet.</source>
        <translation>The gateway accepted the request, but the order's status does not show it yet.</translation>
    </message>
    <message>
        <source>The gateway claims %1 orders in the period, more than PayDesk believes a listing can hold (%2); nothing more was requested.</source>
        <translation>The gateway claims %1 orders in the period, more than PayDesk believes a listing can hold (%2); nothing more was requested.</translation>
    </message>
</context>
<context>
    <name>PayDesk::SyncBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>last good sync %1 (%2)</source>
        <translation>last good sync %1 (%2)</translation>
    </message>
    <message>
        <source>no good sync yet</source>
        <translation>no good sync yet</translation>
    </message>
    <message>
        <source>&lt;b&gt;The orders of %1 are out of date:&lt;/b&gt; %2.</source>
        <translation>&lt;b&gt;The orders of %1 are out of date:&lt;/b&gt; %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync of %1 failed:&lt;/b&gt; %2 — the orders shown may be out of date; %3.</source>
        <translation>&lt;b&gt;Sync of %1 failed:&lt;/b&gt; %2 — the orders shown may be out of date; %3.</translation>
    </message>
</context>
<context>
    <name>PayDesk::SyncStatusBar</name>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>refreshing %1/%2</source>
        <translation>refreshing %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) changed</source>
        <translation>
            <numerusform>%n order changed</numerusform>
            <numerusform>%n orders changed</numerusform>
        </translation>
    </message>
    <message>
        <source>the last sync %1: %2</source>
        <comment>%1: where it stopped</comment>
        <translation>the last sync %1: %2</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>last good sync %1</source>
        <comment>status bar</comment>
        <translation>last good sync %1</translation>
    </message>
</context>
<context>
    <name>PayDesk::TeamDatabaseBox</name>
    <message>
        <source>Local cache (this computer)</source>
        <translation>Local cache (this computer)</translation>
    </message>
    <message>
        <source>Team database %1 (checking…)</source>
        <translation>Team database %1 (checking…)</translation>
    </message>
    <message>
        <source>Team database %1, not reachable: %2</source>
        <translation>Team database %1, not reachable: %2</translation>
    </message>
    <message>
        <source>Team database %1, schema %2</source>
        <translation>Team database %1, schema %2</translation>
    </message>
    <message>
        <source>Enter the database password: it goes to the system keychain, never to a file.</source>
        <translation>Enter the database password: it goes to the system keychain, never to a file.</translation>
    </message>
    <message>
        <source>%1 now keeps its orders and journal in the team database; the password is in the system keychain.</source>
        <translation>%1 now keeps its orders and journal in the team database; the password is in the system keychain.</translation>
    </message>
    <message>
        <source>%1 is back on the local cache; the database password left the keychain.</source>
        <translation>%1 is back on the local cache; the database password left the keychain.</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Connecting to the team database…</translation>
    </message>
</context>
<context>
    <name>PayDesk::TotalsLine</name>
    <message>
        <source>Select all due in 24 h</source>
        <translation>Select all due in 24 h</translation>
    </message>
    <message>
        <source>Selects every hold that expires within 24 hours, for Capture selected</source>
        <translation>Selects every hold that expires within 24 hours, for Capture selected</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message numerus="yes">
        <source>not summed over %n orders (filter to see it)</source>
        <translation>
            <numerusform>not summed over %n orders (filter to see it)</numerusform>
            <numerusform>not summed over %n orders (filter to see it)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held: %1</source>
        <translation>Held: %1</translation>
    </message>
    <message>
        <source>Refunded: %1</source>
        <translation>Refunded: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source> — selected %1: %2</source>
        <translation> — selected %1: %2</translation>
    </message>
</context>
<context>
    <name>PayDesk::ViewSidebar</name>
    <message>
        <source>Needs capture</source>
        <translation>Needs capture</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Refunds &amp; reversals</source>
        <translation>Refunds &amp; reversals</translation>
    </message>
    <message>
        <source>Needs capture (%1 · %2 due in 24 h)</source>
        <translation>Needs capture (%1 · %2 due in 24 h)</translation>
    </message>
    <message>
        <source>Needs capture (%1)</source>
        <translation>Needs capture (%1)</translation>
    </message>
    <message>
        <source>All orders (%1)</source>
        <translation>All orders (%1)</translation>
    </message>
    <message>
        <source>Refunds &amp; reversals (%1)</source>
        <translation>Refunds &amp; reversals (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove this view</source>
        <translation>&amp;Remove this view</translation>
    </message>
    <message>
        <source>Expired holds</source>
        <translation>Expired holds</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <comment>a count from a cache whose sync failed or is old</comment>
        <translation>%1, stale</translation>
    </message>
    <message>
        <source>Expired holds (%1)</source>
        <translation>Expired holds (%1)</translation>
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
        <translation>Sandbox</translation>
    </message>
</context>
<context>
    <name>PaymentWays</name>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Stored card</source>
        <translation>Stored card</translation>
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
        <translation>SBP</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PgOrderStore</name>
    <message>
        <source>it was written by a newer PayDesk (schema %1; this one reads %2)</source>
        <translation>it was written by a newer PayDesk (schema %1; this one reads %2)</translation>
    </message>
    <message>
        <source>upgrading it to schema %1 failed: %2</source>
        <translation>upgrading it to schema %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ProfileError</name>
    <message>
        <source>A profile named "%1" already exists.</source>
        <translation>A profile named "%1" already exists.</translation>
    </message>
    <message>
        <source>No profile named "%1".</source>
        <translation>No profile named "%1".</translation>
    </message>
    <message>
        <source>No profile yet: add one with paydesk-cli profile add, or in the app's Profiles dialog.</source>
        <translation>No profile yet: add one with paydesk-cli profile add, or in the app's Profiles dialog.</translation>
    </message>
    <message>
        <source>Cannot save the profiles file %1.</source>
        <translation>Cannot save the profiles file %1.</translation>
    </message>
    <message>
        <source>Several profiles and none is the default: choose one with --profile NAME, or make one the default with paydesk-cli profile default NAME.</source>
        <translation>Several profiles and none is the default: choose one with --profile NAME, or make one the default with paydesk-cli profile default NAME.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>A profile needs a name.</translation>
    </message>
    <message>
        <source>"%1" is not a gateway address; expected e.g. https://3dsec.sberbank.ru/payment/rest/</source>
        <translation>"%1" is not a gateway address; expected e.g. https://3dsec.sberbank.ru/payment/rest/</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only to this computer (the sandbox). Use https://%1</source>
        <translation>Plain HTTP is allowed only to this computer (the sandbox). Use https://%1</translation>
    </message>
    <message>
        <source>A profile needs the merchant's API login.</source>
        <translation>A profile needs the merchant's API login.</translation>
    </message>
    <message>
        <source>The hold lifetime must be between 1 and 60 days.</source>
        <translation>The hold lifetime must be between 1 and 60 days.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>Cannot read the CA certificate file %1.</translation>
    </message>
    <message>
        <source>An Assist profile needs the Merchant_ID and a web-service login and password.</source>
        <translation>An Assist profile needs the Merchant_ID and a web-service login and password.</translation>
    </message>
    <message>
        <source>The RBS web service (SOAP) signs in with a login and password only, not a token.</source>
        <translation>The RBS web service (SOAP) signs in with a login and password only, not a token.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Gateway profiles</source>
        <translation>Gateway profiles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>https://3dsec.sberbank.ru/payment/rest/</source>
        <translation>https://3dsec.sberbank.ru/payment/rest/</translation>
    </message>
    <message>
        <source>API &amp;login:</source>
        <translation>API &amp;login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>kept in the system keychain only</source>
        <translation>kept in the system keychain only</translation>
    </message>
    <message>
        <source>&amp;Hold lifetime:</source>
        <translation>&amp;Hold lifetime:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Extra &amp;CA:</source>
        <translation>Extra &amp;CA:</translation>
    </message>
    <message>
        <source>optional: PEM file, e.g. the Russian Trusted Root CA</source>
        <translation>optional: PEM file, e.g. the Russian Trusted Root CA</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Merchant_ID:</source>
        <translation>&amp;Merchant_ID:</translation>
    </message>
    <message>
        <source>Assist only</source>
        <translation>Assist only</translation>
    </message>
    <message>
        <source>&amp;Open this profile when PayDesk starts</source>
        <translation>&amp;Open this profile when PayDesk starts</translation>
    </message>
    <message>
        <source>Gateway &amp;language:</source>
        <translation>Gateway &amp;language:</translation>
    </message>
    <message>
        <source>Language of the gateway's messages</source>
        <translation>Language of the gateway's messages</translation>
    </message>
    <message>
        <source>The language the gateway writes its messages in; by default the interface's</source>
        <translation>The language the gateway writes its messages in; by default the interface's</translation>
    </message>
    <message>
        <source>Call&amp;back key:</source>
        <translation>Call&amp;back key:</translation>
    </message>
    <message>
        <source>optional: checks callbacks' checksums; kept in the keychain</source>
        <translation>optional: checks callbacks' checksums; kept in the keychain</translation>
    </message>
</context>
<context>
    <name>RsaPublicKey</name>
    <message>
        <source>It is neither a certificate nor a public key (PEM or DER).</source>
        <translation>It is neither a certificate nor a public key (PEM or DER).</translation>
    </message>
    <message>
        <source>The key is not an RSA key.</source>
        <translation>The key is not an RSA key.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>Cannot read the order cache %1: %2</source>
        <translation>Cannot read the order cache %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to the order cache %1: %2</source>
        <translation>Cannot write to the order cache %1: %2</translation>
    </message>
    <message>
        <source>The disk holding the order cache %1 is full; nothing more was stored. Free some space and try again.</source>
        <translation>The disk holding the order cache %1 is full; nothing more was stored. Free some space and try again.</translation>
    </message>
    <message>
        <source>%1 is not a PayDesk order cache (%2).</source>
        <translation>%1 is not a PayDesk order cache (%2).</translation>
    </message>
    <message>
        <source>The order cache %1 is damaged (%2). Move it aside; PayDesk will build a new one from the gateway.</source>
        <translation>The order cache %1 is damaged (%2). Move it aside; PayDesk will build a new one from the gateway.</translation>
    </message>
</context>
<context>
    <name>SyncIntervalMenu</name>
    <message>
        <source>Sync &amp;Every…</source>
        <translation>Sync &amp;Every…</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatic sync</translation>
    </message>
    <message>
        <source>Minutes between automatic syncs of this profile (1 to %1):</source>
        <translation>Minutes between automatic syncs of this profile (1 to %1):</translation>
    </message>
</context>
<context>
    <name>SyncLock</name>
    <message>
        <source>Another desk of the team is syncing this account now; its orders appear here as they arrive.</source>
        <translation>Another desk of the team is syncing this account now; its orders appear here as they arrive.</translation>
    </message>
    <message>
        <source>The team synced this account at %1; the shared cache was read again.</source>
        <translation>The team synced this account at %1; the shared cache was read again.</translation>
    </message>
</context>
<context>
    <name>TeamDatabase</name>
    <message>
        <source>not a postgresql://USER@HOST:PORT/DBNAME address: %1</source>
        <translation>not a postgresql://USER@HOST:PORT/DBNAME address: %1</translation>
    </message>
    <message>
        <source>the address holds a password: give it on standard input instead</source>
        <translation>the address holds a password: give it on standard input instead</translation>
    </message>
    <message>
        <source>the address needs a user, a host and a database name: %1</source>
        <translation>the address needs a user, a host and a database name: %1</translation>
    </message>
    <message>
        <source>a plain connection to %1 is refused: give the server's CA (?sslrootcert=FILE) for sslmode=verify-full, or use a database on this computer</source>
        <translation>a plain connection to %1 is refused: give the server's CA (?sslrootcert=FILE) for sslmode=verify-full, or use a database on this computer</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseBox</name>
    <message>
        <source>Team database</source>
        <translation>Team database</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DBNAME</source>
        <translation>postgresql://USER@HOST:PORT/DBNAME</translation>
    </message>
    <message>
        <source>The PostgreSQL database the team's desks share; plain connections only to this computer</source>
        <translation>The PostgreSQL database the team's desks share; plain connections only to this computer</translation>
    </message>
    <message>
        <source>Server CA &amp;file:</source>
        <translation>Server CA &amp;file:</translation>
    </message>
    <message>
        <source>PEM file for TLS (sslmode=verify-full); needed for another computer</source>
        <translation>PEM file for TLS (sslmode=verify-full); needed for another computer</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Database pass&amp;word:</translation>
    </message>
    <message>
        <source>kept in the system keychain only</source>
        <translation>kept in the system keychain only</translation>
    </message>
    <message>
        <source>&amp;Join team</source>
        <translation>&amp;Join team</translation>
    </message>
    <message>
        <source>Lea&amp;ve team</source>
        <translation>Lea&amp;ve team</translation>
    </message>
    <message>
        <source>Orders kept in:</source>
        <translation>Orders kept in:</translation>
    </message>
    <message>
        <source>Where the profile's orders are kept</source>
        <translation>Where the profile's orders are kept</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>%1 is not in team mode</source>
        <translation>%1 is not in team mode</translation>
    </message>
</context>
<context>
    <name>TimeLeft</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>under a minute</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a span of time: 3 h 12 min ago</comment>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>The gateway address "%1" is not a valid URL.</source>
        <translation>The gateway address "%1" is not a valid URL.</translation>
    </message>
    <message>
        <source>Plain HTTP is allowed only to this computer (the sandbox). Use an https:// address for %1.</source>
        <translation>Plain HTTP is allowed only to this computer (the sandbox). Use an https:// address for %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox gateway did not start: %1</source>
        <translation>The sandbox gateway did not start: %1</translation>
    </message>
    <message>
        <source>There is no gateway profile yet. Create one now, or try PayDesk on the built-in sandbox gateway with demo orders?</source>
        <translation>There is no gateway profile yet. Create one now, or try PayDesk on the built-in sandbox gateway with demo orders?</translation>
    </message>
    <message>
        <source>&amp;Create a profile…</source>
        <translation>&amp;Create a profile…</translation>
    </message>
    <message>
        <source>Use the &amp;sandbox</source>
        <translation>Use the &amp;sandbox</translation>
    </message>
</context>
</TS>