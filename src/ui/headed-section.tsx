import { useId, type ReactNode } from 'react';

/** a `<section>` named by its own `<h2>`, so that screen readers list it as a region with that name */
export function HeadedSection({
  heading,
  className,
  children,
}: {
  heading: string;
  className: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
