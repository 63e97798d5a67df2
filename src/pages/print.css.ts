/**
 * The print rules (src/styles/print.css), for the pages that are not a paper's reading pages; those link their
 * paper's stylesheet, the same rules with their citations (src/pages/[ui]/[paper]/print.css.ts).
 */
import type { APIRoute } from 'astro';
import printRules from '../styles/print.css?raw';

export const GET: APIRoute = () => new Response(printRules, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
