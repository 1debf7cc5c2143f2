// Writes app/cite-previews.css from lib/content/cite-previews-css.ts.
import fs from 'node:fs';
import path from 'node:path';
import { citePreviewsCss } from '../lib/content/cite-previews-css';

fs.writeFileSync(path.join(import.meta.dirname, '..', 'app', 'cite-previews.css'), citePreviewsCss());
