/** the Parley mark: two overlapping speech bubbles; decorative, so hidden from assistive tech */
export function Logo({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="4" width="20" height="15" rx="4" fill="#1d4ed8" />
      <path d="M7 19v5l5-5z" fill="#1d4ed8" />
      <rect x="11" y="11" width="19" height="14" rx="4" fill="#0f766e" />
      <path d="M25 25v4l-4-4z" fill="#0f766e" />
      <circle cx="16" cy="18" r="1.5" fill="#fff" />
      <circle cx="20.5" cy="18" r="1.5" fill="#fff" />
      <circle cx="25" cy="18" r="1.5" fill="#fff" />
    </svg>
  );
}
