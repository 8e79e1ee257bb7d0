// 职称评审平台: the language of all four webapps (Tasklist, Cockpit, Admin, Welcome). Chinese (zh) is
// the default for everyone; English stays selectable by opening any webapp with ?lang=en (back with
// ?lang=zh); the choice is remembered in this browser (localStorage).
export const language = (() => {
  try {
    const requested = new URLSearchParams(window.location.search).get('lang');
    if (requested === 'en' || requested === 'zh') {
      window.localStorage.setItem('zhicheng-language', requested);
    }
    return window.localStorage.getItem('zhicheng-language') === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
})();

// The webapps pick the browser's language among availableLocales, else the fallback: offering only the
// chosen language makes it apply whatever the browser says.
export const locales = {
  availableLocales: [language],
  fallbackLocale: language
};
