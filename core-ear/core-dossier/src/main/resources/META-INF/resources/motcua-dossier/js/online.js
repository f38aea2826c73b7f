/* Online submission: the procedure list filters as one types, with or without Vietnamese accents ("cap giay phep"
   finds "Cấp giấy phép"), every typed word anywhere in the name, the agency or the code. */
var motcua = window.motcua || (window.motcua = {});
motcua.fold = function (text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
};
function motcuaAccentless(itemLabel, filterValue) {
    var label = motcua.fold(itemLabel);
    return motcua.fold(filterValue).split(/\s+/).filter(Boolean).every(function (word) {
        return label.indexOf(word) >= 0;
    });
}
