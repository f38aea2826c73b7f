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

    /* PrimeFaces' date picker opens its calendar as soon as its field gets the focus, and then keeps Tab among the
       calendar's buttons (and swallows keys typed elsewhere) until Escape: a keyboard trap (WCAG 2.1.2) for an
       officer who tabs through the counter form. Here the calendar opens on a click (or the arrow down key), not when
       the keyboard arrives in the field; typing the date (dd/MM/yyyy) is the keyboard's way. Tab also closes a
       calendar left open. */
    var lastPointer = 0;

    function pickerOf(field) {
        if (!window.jQuery || !(field instanceof HTMLInputElement)) {
            return null;
        }
        for (var element = field.parentElement; element && element !== document.body;
            element = element.parentElement) {
            var picker = jQuery(element).data('primeDatePicker');
            if (picker) {
                return picker.inputfield && picker.inputfield.get(0) === field ? picker : null;
            }
        }
        return null;
    }

    function pointed() {
        lastPointer = Date.now();
    }

    function keyboardArrives(event) {
        var picker = Date.now() - lastPointer > 500 ? pickerOf(event.target) : null;
        if (picker && !picker.isPanelVisible()) {
            picker.datepickerFocus = true; // the picker's own mark for "focus handled, do not open"
        }
    }

    function keyboardLeaves(event) {
        var picker = pickerOf(event.target);
        if (picker && !picker.isPanelVisible()) {
            picker.datepickerFocus = false;
        }
    }

    function leaveCalendar(event) {
        var picker = event.key === 'Tab' ? pickerOf(event.target) : null;
        if (picker && picker.isPanelVisible() && window.PrimeFaces) {
            var animated = PrimeFaces.animationEnabled;
            PrimeFaces.animationEnabled = false; // hidden at once: its buttons leave the tab order now
            try {
                picker.hideOverlay(event);
            } finally {
                PrimeFaces.animationEnabled = animated;
            }
        }
    }

    document.addEventListener('input', corrected, true);
    document.addEventListener('keydown', leaveCalendar, true);
    document.addEventListener('pointerdown', pointed, true);
    document.addEventListener('focus', keyboardArrives, true);
    document.addEventListener('blur', keyboardLeaves, true);
})();
