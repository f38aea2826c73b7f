package vn.motcua.platform.i18n;

/** Vietnamese, the portal's base language. */
public class Messages_vi extends Messages {}
