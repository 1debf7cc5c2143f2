import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3">
        This page does not exist, or you do not have access to it.{' '}
        <Link href="/" className="underline underline-offset-2">
          Go to the course
        </Link>
        .
      </p>
    </div>
  );
}
