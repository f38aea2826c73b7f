/* Keyboard and correction helpers for every page (officers' and public), loaded by both templates. */
(function () {
    /* A field marked wrong (red border, red label, aria-invalid) after a refused submit stops looking wrong as soon as
       the user types in it: otherwise a citizen who has filled every field still sees them all red and thinks
       something else is wrong. The list of problems next to the button stays until the next submit checks again. */
    function corrected(event) {
        var field = event.target;
        if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || !field.value.trim()) {
            return;
        }
        if (!field.classList.contains('ui-state-error') && field.getAttribute('aria-invalid') !== 'true') {
            return;
        }
        field.classList.remove('ui-state-error');
        field.removeAttribute('aria-invalid');
        if (field.id) {
            document.querySelectorAll('label.ui-state-error').forEach(function (label) {
                if (label.htmlFor === field.id) {
                    label.classList.remove('ui-state-error');
                }
            });
        }
    }

    /* Tab out of a date field closes its calendar and goes on to the next field. PrimeFaces' date picker opens its
       calendar when the field gets the focus and then keeps Tab inside the calendar's buttons (and swallows the keys
       typed elsewhere) until Escape: a keyboard trap (WCAG 2.1.2) for an officer filling the counter form. The
       calendar still opens on a click, and with the arrow down key. */
    function leaveCalendar(event) {
        if (event.key !== 'Tab' || !window.jQuery || !window.PrimeFaces) {
            return;
        }
        for (var element = event.target.parentElement; element && element !== document.body;
            element = element.parentElement) {
            var picker = jQuery(element).data('primeDatePicker');
            if (picker) {
                if (picker.inputfield && picker.inputfield.get(0) === event.target && picker.isPanelVisible()) {
                    var animated = PrimeFaces.animationEnabled;
                    PrimeFaces.animationEnabled = false; // hidden at once: its buttons leave the tab order now
                    try {
                        picker.hideOverlay(event);
                    } finally {
                        PrimeFaces.animationEnabled = animated;
                    }
                }
                return;
            }
        }
    }

    document.addEventListener('input', corrected, true);
    document.addEventListener('keydown', leaveCalendar, true);
})();
