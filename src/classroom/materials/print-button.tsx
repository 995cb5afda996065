/** Prints the page as it stands: the print stylesheet decides what goes on paper. */
export function PrintButton({ label = 'Print', className }: { label?: string; className?: string }) {
  return (
    <button
      type="button"
      {...(className === undefined ? {} : { className })}
      onClick={() => {
        window.print();
      }}
    >
      {label}
    </button>
  );
}
