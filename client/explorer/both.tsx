/** A text in English and in Arabic, side by side (the explorer, like GraphiQL, is laid out left to right). */
export function Both({ en, ar }: { en: string; ar: string }) {
  return (
    <>
      <span lang="en">{en}</span>
      {' · '}
      <span lang="ar" dir="rtl">
        {ar}
      </span>
    </>
  );
}
