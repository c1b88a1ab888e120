/** The popup has no page to follow, so it follows the system's light/dark setting. */
export function followSystemTheme(root: HTMLElement): void {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => root.setAttribute('data-theme', dark.matches ? 'dark' : 'light');
  apply();
  dark.addEventListener('change', apply);
}
