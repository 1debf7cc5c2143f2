'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/**
 * "Back to your assignment" on a module opened from an assignment (?assignment=<id>). Read in the browser so
 * the explainer stays one prerendered page for everyone; the assignment page itself checks who may open it.
 */
export function BackToAssignment() {
  const [assignmentId, setAssignmentId] = useState<string | null>(null);
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('assignment');
    if (id && /^[A-Za-z0-9_-]{1,64}$/.test(id)) setAssignmentId(id);
  }, []);
  if (!assignmentId) return null;
  return (
    <p className="mb-3">
      <Link href={`/student/assignments/${assignmentId}`} className="font-medium underline underline-offset-2">
        ← Back to your assignment
      </Link>
    </p>
  );
}
