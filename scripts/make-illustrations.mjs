/**
 * Renders the sample illustrations in content/media/ from simple SVG scenes.
 * We draw them ourselves so the sample content carries no third-party licence.
 * Run once with `node scripts/make-illustrations.mjs`; the JPEGs are committed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1600;
const H = 1000;
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/media');

const svg = (defs, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;

const skyGradient = (id, top, bottom) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;

const cloud = (x, y, s = 1, fill = '#ffffff', opacity = 0.85) =>
  `<g transform="translate(${x} ${y}) scale(${s})" fill="${fill}" opacity="${opacity}">
    <ellipse cx="0" cy="0" rx="90" ry="34"/><ellipse cx="60" cy="-22" rx="70" ry="40"/><ellipse cx="130" cy="2" rx="80" ry="30"/></g>`;

const tree = (x, y, s = 1, crown = '#4f7a4a', trunk = '#6b4f36') =>
  `<g transform="translate(${x} ${y}) scale(${s})">
    <rect x="-9" y="-40" width="18" height="80" fill="${trunk}"/>
    <ellipse cx="0" cy="-95" rx="62" ry="78" fill="${crown}"/>
    <ellipse cx="-24" cy="-115" rx="30" ry="34" fill="#ffffff" opacity="0.08"/></g>`;

const poplar = (x, y, s = 1) =>
  `<g transform="translate(${x} ${y}) scale(${s})">
    <rect x="-5" y="-20" width="10" height="40" fill="#5d4631"/>
    <ellipse cx="0" cy="-110" rx="26" ry="100" fill="#3f6b45"/></g>`;

const cow = (x, y, s = 1) =>
  `<g transform="translate(${x} ${y}) scale(${s})">
    <rect x="-40" y="-30" width="80" height="38" rx="14" fill="#f4f1ea"/>
    <ellipse cx="-10" cy="-16" rx="14" ry="10" fill="#2b2b2b"/><ellipse cx="22" cy="-6" rx="10" ry="8" fill="#2b2b2b"/>
    <rect x="36" y="-40" width="22" height="22" rx="8" fill="#f4f1ea"/><rect x="50" y="-32" width="10" height="10" rx="4" fill="#2b2b2b"/>
    <rect x="-34" y="6" width="8" height="22" fill="#f4f1ea"/><rect x="-16" y="6" width="8" height="22" fill="#f4f1ea"/>
    <rect x="14" y="6" width="8" height="22" fill="#f4f1ea"/><rect x="28" y="6" width="8" height="22" fill="#f4f1ea"/></g>`;

const scenes = {
  /** A tall Schiedam-style grain mill against an evening sky, with a canal in front. */
  'molen-schiedam': () =>
    svg(
      skyGradient('sky', '#f3c89b', '#fbe9d2') + skyGradient('water', '#9db7c4', '#6f8f9f'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      <circle cx="1260" cy="300" r="90" fill="#fff4dc" opacity="0.9"/>
      ${cloud(260, 180, 1.2)}${cloud(1000, 130, 0.9)}
      <rect y="640" width="${W}" height="80" fill="#7c8b6a"/>
      <g fill="#8d6a55"><rect x="80" y="560" width="160" height="90"/><polygon points="70,560 160,500 250,560"/>
        <rect x="1300" y="570" width="220" height="80"/><polygon points="1290,570 1410,510 1530,570"/></g>
      <polygon points="690,640 910,640 870,260 730,260" fill="#5b4a3f"/>
      <rect x="640" y="470" width="320" height="22" fill="#3f342d"/>
      <rect x="780" y="560" width="40" height="80" rx="20" fill="#2e2621"/>
      <rect x="760" y="340" width="24" height="32" fill="#e9d9b8"/><rect x="816" y="400" width="24" height="32" fill="#e9d9b8"/>
      <path d="M730 260 Q800 200 870 260 Z" fill="#3f342d"/>
      <g transform="translate(800 250) rotate(18)">${[0, 90, 180, 270]
        .map(
          (a) => `<g transform="rotate(${a})"><rect x="-9" y="-245" width="18" height="245" fill="#3f342d"/>
          <rect x="9" y="-235" width="62" height="190" fill="#f1e6d0" opacity="0.55" stroke="#3f342d" stroke-width="4"/>
          ${Array.from({ length: 7 }, (_, i) => `<line x1="9" y1="${-235 + i * 27}" x2="71" y2="${-235 + i * 27}" stroke="#3f342d" stroke-width="3"/>`).join('')}
          <line x1="40" y1="-235" x2="40" y2="-45" stroke="#3f342d" stroke-width="2"/></g>`,
        )
        .join('')}</g>
      <circle cx="800" cy="250" r="18" fill="#3f342d"/>
      <rect y="720" width="${W}" height="280" fill="url(#water)"/>
      <g fill="#ffffff" opacity="0.35"><rect x="640" y="770" width="320" height="6" rx="3"/><rect x="700" y="820" width="200" height="5" rx="3"/>
        <rect x="200" y="800" width="260" height="5" rx="3"/><rect x="1150" y="860" width="280" height="5" rx="3"/></g>
      <rect y="712" width="${W}" height="12" fill="#5b6b50"/>`,
    ),

  /** The Nieuwe Waterweg: wide water, a small passenger boat, a cargo ship further away. */
  'nieuwe-waterweg': () =>
    svg(
      skyGradient('sky', '#a9cbe0', '#e8f1f5') + skyGradient('water', '#5f8aa3', '#2f5a74'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      ${cloud(200, 200, 1.1)}${cloud(800, 140, 1.4)}${cloud(1300, 230, 0.9)}
      <rect y="520" width="${W}" height="40" fill="#7d9a6e"/>
      ${poplar(120, 530, 0.6)}${poplar(170, 530, 0.55)}${poplar(1450, 530, 0.6)}
      <g transform="translate(1000 520)"><rect x="0" y="-60" width="420" height="50" fill="#a33b2b"/><rect x="0" y="-12" width="420" height="14" fill="#2c2c2c"/>
        <rect x="30" y="-100" width="90" height="40" fill="#f3f0e8"/><rect x="140" y="-90" width="60" height="30" fill="#3b6e8f"/><rect x="210" y="-90" width="60" height="30" fill="#d9a441"/><rect x="280" y="-90" width="60" height="30" fill="#4b7a53"/></g>
      <rect y="555" width="${W}" height="445" fill="url(#water)"/>
      <g fill="#ffffff" opacity="0.25"><rect x="100" y="640" width="300" height="6" rx="3"/><rect x="900" y="700" width="400" height="6" rx="3"/>
        <rect x="300" y="880" width="500" height="7" rx="3"/><rect x="1100" y="930" width="300" height="6" rx="3"/></g>
      <g transform="translate(380 760)">
        <path d="M0 0 H560 L520 70 H40 Z" fill="#f5f2ea"/><rect x="0" y="-8" width="560" height="12" fill="#1d4f6e"/>
        <rect x="80" y="-80" width="360" height="74" rx="10" fill="#fbf8f2"/>
        <g fill="#9ec3d8">${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${100 + i * 56}" y="-64" width="40" height="36" rx="6"/>`).join('')}</g>
        <rect x="130" y="-120" width="16" height="40" fill="#1d4f6e"/><rect x="144" y="-120" width="26" height="14" fill="#c8553d"/></g>
      <path d="M340 835 Q200 850 60 840" stroke="#ffffff" stroke-width="6" fill="none" opacity="0.5"/>
      <g stroke="#3a4a55" stroke-width="4" opacity="0.6" fill="none"><path d="M560 330 q15 -12 30 0 q15 -12 30 0"/><path d="M660 300 q12 -10 24 0 q12 -10 24 0"/></g>`,
    ),

  /** A quiet walking path curving between trees and reeds in a polder park. */
  'wandelpad-broekpolder': () =>
    svg(
      skyGradient('sky', '#bcd8e6', '#f2f6ee') + skyGradient('grass', '#9fbf7d', '#6f9a5a'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      ${cloud(300, 160, 1)}${cloud(1150, 200, 1.2)}
      <path d="M0 520 Q400 470 800 510 T1600 500 V1000 H0 Z" fill="#86a870"/>
      <path d="M0 560 Q500 520 900 560 T1600 560 V1000 H0 Z" fill="url(#grass)"/>
      ${tree(220, 560, 1.2, '#4f7a4a')}${tree(380, 580, 0.9, '#5d8a4f')}${tree(1240, 560, 1.3, '#47704a')}${tree(1420, 590, 1.0, '#5b8350')}${tree(1050, 540, 0.7, '#6a935a')}
      <path d="M760 540 C840 620 620 700 700 800 S980 920 900 1000 H1260 C1220 900 960 820 1000 720 S820 600 800 540 Z" fill="#e3d3b0"/>
      <path d="M790 560 C850 630 690 700 760 790" stroke="#cdbb94" stroke-width="6" fill="none"/>
      <g stroke="#5c7f43" stroke-width="5">${Array.from({ length: 22 }, (_, i) => `<line x1="${40 + i * 14}" y1="1000" x2="${30 + i * 14 + (i % 3) * 6}" y2="${860 - (i % 4) * 25}"/>`).join('')}</g>
      <g fill="#7a5c3c">${Array.from({ length: 6 }, (_, i) => `<ellipse cx="${44 + i * 50}" cy="${840 - (i % 2) * 30}" rx="7" ry="22"/>`).join('')}</g>
      <g transform="translate(1110 760)"><rect x="-80" y="0" width="160" height="16" fill="#8a6a48"/><rect x="-70" y="16" width="12" height="40" fill="#6b4f36"/><rect x="58" y="16" width="12" height="40" fill="#6b4f36"/><rect x="-80" y="-50" width="160" height="14" fill="#8a6a48"/></g>`,
    ),

  /** A teapot and two cups on a table with a checked cloth; warm indoor light. */
  'theepot-kopjes': () =>
    svg(
      skyGradient('wall', '#f6e7cf', '#efd9b6') +
        `<pattern id="check" width="80" height="80" patternUnits="userSpaceOnUse"><rect width="80" height="80" fill="#f7f1e6"/><rect width="40" height="40" fill="#c9dbe6"/><rect x="40" y="40" width="40" height="40" fill="#c9dbe6"/></pattern>`,
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="1040" y="90" width="380" height="380" fill="#dbe8ef" stroke="#9c7b58" stroke-width="18"/><line x1="1230" y1="90" x2="1230" y2="470" stroke="#9c7b58" stroke-width="10"/><line x1="1040" y1="280" x2="1420" y2="280" stroke="#9c7b58" stroke-width="10"/>
      <polygon points="0,620 1600,620 1600,1000 0,1000" fill="url(#check)"/>
      <rect y="600" width="${W}" height="24" fill="#b58c63"/>
      <g transform="translate(620 640)">
        <ellipse cx="0" cy="0" rx="210" ry="26" fill="#000000" opacity="0.08"/>
        <path d="M-170 -10 Q-200 -230 0 -250 Q200 -230 170 -10 Z" fill="#1d4f6e"/>
        <ellipse cx="0" cy="-250" rx="70" ry="18" fill="#17405a"/><circle cx="0" cy="-275" r="20" fill="#17405a"/>
        <path d="M165 -150 Q260 -170 300 -260" stroke="#1d4f6e" stroke-width="30" fill="none" stroke-linecap="round"/>
        <path d="M-165 -190 Q-280 -170 -250 -90 Q-230 -50 -170 -70" stroke="#1d4f6e" stroke-width="26" fill="none"/>
        <path d="M-120 -120 Q0 -90 120 -120" stroke="#f4efe4" stroke-width="10" fill="none" opacity="0.8"/></g>
      ${[
        [1000, 720],
        [1250, 760],
      ]
        .map(
          ([x, y]) => `<g transform="translate(${x} ${y})"><ellipse cx="0" cy="10" rx="120" ry="22" fill="#ece3d3"/>
        <path d="M-80 -90 H80 L64 0 H-64 Z" fill="#fbf8f2"/><ellipse cx="0" cy="-90" rx="80" ry="16" fill="#8a5a2b"/>
        <path d="M80 -70 Q130 -60 110 -20 Q95 0 70 -14" stroke="#fbf8f2" stroke-width="14" fill="none"/>
        <path d="M-20 -130 q-16 -26 0 -50 q16 -24 0 -50" stroke="#ffffff" stroke-width="6" fill="none" opacity="0.6"/></g>`,
        )
        .join('')}
      <g transform="translate(260 760)"><ellipse cx="0" cy="0" rx="120" ry="24" fill="#d8cbb4"/>${[0, 1, 2, 3, 4].map((i) => `<circle cx="${-70 + i * 35}" cy="-12" r="22" fill="#d9a35f" stroke="#b07a3c" stroke-width="4"/>`).join('')}</g>`,
    ),

  /** A wooden bookcase full of coloured books, a reading lamp and an armchair. */
  boekenkast: () => {
    const colours = ['#1d4f6e', '#9c3d10', '#4b7a53', '#d9a441', '#6d5a8c', '#b8473a', '#3e7c8a', '#c9b28a', '#5b4a3f', '#8aa4b8'];
    let books = '';
    [180, 390, 600, 810].forEach((shelfY, row) => {
      let x = 470;
      let i = row * 3;
      while (x < 1120) {
        const w = 28 + ((i * 7) % 5) * 8;
        const h = 150 - ((i * 11) % 4) * 14;
        if (i % 9 === 4) {
          books += `<rect x="${x}" y="${shelfY - 40}" width="${h}" height="${w}" fill="${colours[i % colours.length]}"/>`;
          x += h + 6;
        } else {
          books += `<rect x="${x}" y="${shelfY - h}" width="${w}" height="${h}" fill="${colours[i % colours.length]}"/><rect x="${x + 6}" y="${shelfY - h + 20}" width="${w - 12}" height="6" fill="#ffffff" opacity="0.5"/>`;
          x += w + 4;
        }
        i++;
      }
    });
    return svg(
      skyGradient('wall', '#eef0e8', '#dfe4d8'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect y="900" width="${W}" height="100" fill="#b08e6a"/>
      <rect x="440" y="0" width="720" height="900" fill="#7a5a3e"/><rect x="460" y="0" width="680" height="880" fill="#5e4430"/>
      ${[180, 390, 600, 810].map((y) => `<rect x="460" y="${y}" width="680" height="20" fill="#8e6b4a"/>`).join('')}
      <svg x="0" y="0" width="${W}" height="${H}" overflow="visible"><clipPath id="shelves"><rect x="460" y="0" width="680" height="880"/></clipPath><g clip-path="url(#shelves)">${books}</g></svg>
      <g transform="translate(1330 900)"><path d="M-140 0 V-180 Q-140 -260 -60 -260 H60 Q140 -260 140 -180 V0 Z" fill="#9c3d10"/><rect x="-170" y="-160" width="60" height="160" rx="20" fill="#7f3210"/><rect x="110" y="-160" width="60" height="160" rx="20" fill="#7f3210"/><rect x="-120" y="-100" width="240" height="60" rx="16" fill="#b8542a"/></g>
      <g transform="translate(220 900)"><rect x="-6" y="-520" width="12" height="520" fill="#3a3a3a"/><ellipse cx="0" cy="0" rx="70" ry="14" fill="#3a3a3a"/><path d="M-90 -520 L-50 -620 H50 L90 -520 Z" fill="#e9c46a"/><ellipse cx="0" cy="-460" rx="160" ry="80" fill="#fff2c6" opacity="0.35"/></g>`,
    );
  },

  /** A low single-storey house with a gentle ramp and handrail to the front door. */
  'huis-oprit': () =>
    svg(
      skyGradient('sky', '#cfe3ee', '#f5f7f2'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      ${cloud(240, 170, 1)}${cloud(1250, 140, 1.1)}
      <rect y="760" width="${W}" height="240" fill="#9bbb84"/>
      <rect x="380" y="380" width="860" height="400" fill="#c98f6b"/>
      <g stroke="#b27a58" stroke-width="3">${Array.from({ length: 13 }, (_, i) => `<line x1="380" y1="${410 + i * 30}" x2="1240" y2="${410 + i * 30}"/>`).join('')}</g>
      <polygon points="340,390 810,140 1280,390" fill="#4a5a66"/>
      <rect x="1060" y="180" width="60" height="120" fill="#7a4a36"/>
      <rect x="460" y="470" width="200" height="160" fill="#dbeaf2" stroke="#f7f3ea" stroke-width="14"/><line x1="560" y1="470" x2="560" y2="630" stroke="#f7f3ea" stroke-width="8"/>
      <rect x="960" y="470" width="200" height="160" fill="#dbeaf2" stroke="#f7f3ea" stroke-width="14"/><line x1="1060" y1="470" x2="1060" y2="630" stroke="#f7f3ea" stroke-width="8"/>
      <rect x="740" y="520" width="140" height="240" fill="#1d4f6e"/><circle cx="855" cy="645" r="9" fill="#e9c46a"/>
      <rect x="720" y="756" width="180" height="16" fill="#d7d2c6"/>
      <polygon points="720,772 720,756 260,840 260,856" fill="#d7d2c6"/>
      <polygon points="260,856 720,772 720,786 260,870" fill="#bfb8aa"/>
      <g stroke="#5b5b5b" stroke-width="8" fill="none" stroke-linecap="round"><path d="M280 780 L700 700"/><line x1="300" y1="776" x2="300" y2="846"/><line x1="500" y1="738" x2="500" y2="810"/><line x1="700" y1="700" x2="700" y2="772"/></g>
      ${tree(200, 780, 0.9)}${tree(1420, 790, 1.1, '#5d8a4f')}
      <g fill="#d65f5f">${[0, 1, 2, 3, 4, 5, 6].map((i) => `<circle cx="${960 + i * 38}" cy="${790 + (i % 2) * 10}" r="12"/>`).join('')}</g>`,
    ),

  /** A wide polder landscape: ditches, cows, a farm and a row of trees under a big sky. */
  polderlandschap: () =>
    svg(
      skyGradient('sky', '#8fb9d6', '#eef4f1') + skyGradient('field', '#a9c77f', '#7da35f'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      ${cloud(180, 220, 1.3)}${cloud(700, 150, 1.6)}${cloud(1250, 260, 1.1)}
      <rect y="560" width="${W}" height="440" fill="url(#field)"/>
      ${Array.from({ length: 14 }, (_, i) => poplar(900 + i * 48, 568, 0.45)).join('')}
      <g transform="translate(300 565)"><rect x="0" y="-60" width="160" height="60" fill="#8d4b3a"/><polygon points="-12,-60 80,-130 172,-60" fill="#4a4f4a"/><rect x="180" y="-40" width="70" height="40" fill="#8d4b3a"/></g>
      <g fill="#6f9fbf">
        <polygon points="800,570 820,570 420,1000 300,1000"/><polygon points="820,570 840,570 1000,1000 880,1000"/>
        <rect y="700" width="${W}" height="14" opacity="0.9"/></g>
      <g fill="#ffffff" opacity="0.35"><polygon points="806,575 814,575 380,1000 350,1000"/></g>
      ${cow(1150, 800, 1.1)}${cow(1350, 860, 1.2)}${cow(560, 840, 1)}${cow(150, 900, 1.3)}
      <g stroke="#5e7f44" stroke-width="4" opacity="0.6">${Array.from({ length: 40 }, (_, i) => `<line x1="${i * 40}" y1="${980 - (i % 3) * 4}" x2="${i * 40 + 6}" y2="${955 - (i % 3) * 4}"/>`).join('')}</g>`,
    ),

  /** A harbour with an old herring lugger dressed with flags, quayside houses behind. */
  'haring-vlag': () => {
    const flagColours = ['#c8553d', '#f3f0e8', '#1d4f6e', '#e9c46a', '#4b7a53'];
    const flags = Array.from({ length: 16 }, (_, i) => {
      const x = 560 + i * 32;
      const y = 240 + Math.abs(8 - i) * 14;
      return `<polygon points="${x},${y} ${x + 26},${y + 4} ${x + 10},${y + 36}" fill="${flagColours[i % flagColours.length]}"/>`;
    }).join('');
    return svg(
      skyGradient('sky', '#9cc6e0', '#eef5f7') + skyGradient('water', '#4f7d97', '#2c5268'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      ${cloud(180, 140, 1)}${cloud(1260, 180, 1.2)}
      <g>${[
        [0, '#b8473a'],
        [150, '#e0d2b4'],
        [290, '#7a8f99'],
        [1180, '#caa46e'],
        [1320, '#9c3d10'],
        [1460, '#e0d2b4'],
      ]
        .map(
          ([x, c]) => `<rect x="${x}" y="420" width="140" height="220" fill="${c}"/><polygon points="${x},420 ${x + 70},340 ${x + 140},420" fill="${c}"/>
          <rect x="${x + 25}" y="470" width="30" height="40" fill="#f5f2ea"/><rect x="${x + 85}" y="470" width="30" height="40" fill="#f5f2ea"/><rect x="${x + 55}" y="560" width="32" height="80" fill="#3f342d"/>`,
        )
        .join('')}</g>
      <rect y="640" width="${W}" height="30" fill="#8a857a"/>
      <rect y="670" width="${W}" height="330" fill="url(#water)"/>
      <g transform="translate(800 720)">
        <path d="M-300 -40 H300 Q280 40 200 60 H-220 Q-290 30 -300 -40 Z" fill="#2f3b45"/>
        <rect x="-300" y="-52" width="600" height="16" fill="#c8553d"/>
        <rect x="-6" y="-520" width="12" height="480" fill="#5b4a3f"/><rect x="-200" y="-360" width="8" height="320" fill="#5b4a3f"/>
        <rect x="-60" y="-110" width="120" height="60" fill="#e9e2d0"/></g>
      <path d="M560 240 Q790 380 1070 240" stroke="#3a3a3a" stroke-width="3" fill="none"/>
      <path d="M800 200 L560 240 M800 200 L1070 240" stroke="#3a3a3a" stroke-width="3"/>
      ${flags}
      <g fill="#ffffff" opacity="0.25"><rect x="520" y="800" width="560" height="6" rx="3"/><rect x="200" y="880" width="300" height="5" rx="3"/><rect x="1150" y="900" width="320" height="5" rx="3"/></g>`,
    );
  },

  /** A big pan of thick pea soup on a stove, with rye bread and a wooden spoon. */
  'soeppan-snert': () =>
    svg(
      skyGradient('wall', '#e9efe9', '#d6e0da'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <g fill="#ffffff" opacity="0.5">${Array.from({ length: 8 }, (_, r) => Array.from({ length: 16 }, (_, c) => `<rect x="${c * 100 + 4}" y="${r * 70 + 4}" width="92" height="62" rx="4"/>`).join('')).join('')}</g>
      <rect y="620" width="${W}" height="380" fill="#7b5d45"/><rect y="600" width="${W}" height="30" fill="#a07d5c"/>
      <g transform="translate(640 600)">
        <ellipse cx="0" cy="10" rx="300" ry="30" fill="#2b2b2b" opacity="0.4"/>
        <rect x="-260" y="-260" width="520" height="270" rx="30" fill="#9c3d10"/>
        <ellipse cx="0" cy="-260" rx="260" ry="46" fill="#7f3210"/><ellipse cx="0" cy="-256" rx="232" ry="36" fill="#8f9a3c"/>
        <g fill="#b06a4a"><circle cx="-80" cy="-258" r="10"/><circle cx="40" cy="-250" r="8"/><circle cx="110" cy="-262" r="9"/></g>
        <g fill="#f08a3c"><circle cx="-20" cy="-262" r="7"/><circle cx="150" cy="-252" r="6"/></g>
        <rect x="-320" y="-200" width="70" height="26" rx="13" fill="#7f3210"/><rect x="250" y="-200" width="70" height="26" rx="13" fill="#7f3210"/>
        <rect x="60" y="-470" width="24" height="230" rx="10" fill="#c79a63" transform="rotate(20 72 -355)"/>
        <g stroke="#ffffff" stroke-width="8" fill="none" opacity="0.55"><path d="M-120 -320 q-25 -40 0 -80 q25 -40 0 -80"/><path d="M-20 -330 q-25 -40 0 -80 q25 -40 0 -80"/><path d="M180 -320 q-25 -40 0 -80 q25 -40 0 -80"/></g></g>
      <g transform="translate(1250 780)"><rect x="-190" y="-40" width="380" height="80" rx="14" fill="#c79a63"/>
        ${[0, 1, 2].map((i) => `<rect x="${-160 + i * 110}" y="-70" width="90" height="60" rx="8" fill="#4a3527" stroke="#2f2219" stroke-width="4"/><rect x="${-150 + i * 110}" y="-60" width="70" height="40" rx="6" fill="#f2e3c6"/><rect x="${-140 + i * 110}" y="-52" width="50" height="14" rx="4" fill="#d98a8a"/>`).join('')}</g>`,
    ),
};

fs.mkdirSync(outDir, { recursive: true });
for (const [name, draw] of Object.entries(scenes)) {
  const file = path.join(outDir, `${name}.jpg`);
  await sharp(Buffer.from(draw())).resize(W, H).jpeg({ quality: 80, mozjpeg: true }).toFile(file);
  console.log(`gemaakt: ${path.relative(process.cwd(), file)}`);
}
