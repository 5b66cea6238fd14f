/**
 * Renders the sample illustrations in content/media/ from simple SVG scenes.
 * We draw them ourselves so the sample content carries no third-party licence.
 * Run with `node scripts/make-illustrations.mjs [name…]` (no names: all scenes); the JPEGs are
 * committed. Each picture is written to content/media/ and to the test magazine's media folder
 * (tests/fixtures/magazine/media/), which holds the same sample pictures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1600;
const H = 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDirs = [path.join(root, 'content/media'), path.join(root, 'tests/fixtures/magazine/media')];

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

  /** A candle and a small lamp on a windowsill; outside an early dark evening. */
  'kaars-vensterbank': () =>
    svg(
      skyGradient('night', '#1f2f4a', '#4a5d7e') + skyGradient('wall', '#e8d2ae', '#d9bb8e'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="300" y="80" width="1000" height="560" fill="url(#night)" stroke="#8a6a48" stroke-width="24"/>
      <line x1="800" y1="80" x2="800" y2="640" stroke="#8a6a48" stroke-width="14"/>
      <circle cx="1100" cy="220" r="50" fill="#f4ecd0"/><circle cx="1085" cy="205" r="50" fill="#2a3b58"/>
      <g fill="#f6e9b8">${[[420, 180], [560, 260], [680, 150], [940, 300], [1200, 360]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="5"/>`).join('')}</g>
      <g fill="#2e3b4e"><rect x="340" y="470" width="160" height="170"/><polygon points="330,470 420,400 510,470"/><rect x="900" y="500" width="220" height="140"/><polygon points="890,500 1010,430 1130,500"/></g>
      <g fill="#f3cf6b"><rect x="380" y="520" width="30" height="36"/><rect x="950" y="540" width="34" height="36"/><rect x="1040" y="560" width="34" height="36"/></g>
      <rect x="220" y="640" width="1160" height="50" fill="#b58c63"/><rect y="690" width="${W}" height="310" fill="#caa77d"/>
      <circle cx="700" cy="520" r="150" fill="#ffd98a" opacity="0.25"/>
      <rect x="660" y="500" width="80" height="140" rx="8" fill="#f7f1e4"/>
      <path d="M700 430 Q730 470 700 500 Q670 470 700 430 Z" fill="#f6b940"/><path d="M700 455 Q712 478 700 495 Q688 478 700 455 Z" fill="#fff3c4"/>
      <ellipse cx="700" cy="640" rx="90" ry="14" fill="#8a6a48"/>
      <g transform="translate(1020 640)"><rect x="-10" y="-180" width="20" height="180" fill="#3f342d"/><path d="M-90 -170 L90 -170 L60 -260 L-60 -260 Z" fill="#e6a25a"/><ellipse cx="0" cy="0" rx="70" ry="12" fill="#3f342d"/></g>`,
    ),

  /** A pile of books with reading glasses on top, a cup of tea beside it. */
  'boekenstapel': () =>
    svg(
      skyGradient('wall', '#eef2ea', '#dfe6d8'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect y="700" width="${W}" height="300" fill="#9a7656"/><rect y="690" width="${W}" height="20" fill="#b58c63"/>
      ${[['#1d4f6e', 560], ['#c8553d', 520], ['#4b7a53', 600], ['#d9a441', 540], ['#6d4c7d', 580], ['#a33b2b', 500]]
        .map(([c, w], i) => `<rect x="${800 - w / 2 + (i % 2) * 30}" y="${640 - i * 70}" width="${w}" height="66" rx="8" fill="${c}"/><rect x="${800 - w / 2 + (i % 2) * 30 + 20}" y="${660 - i * 70}" width="${w - 80}" height="8" rx="4" fill="#ffffff" opacity="0.35"/>`)
        .join('')}
      <g transform="translate(820 200)" fill="none" stroke="#2b2b2b" stroke-width="10"><circle cx="-80" cy="0" r="56"/><circle cx="80" cy="0" r="56"/><path d="M-24 0 Q0 -20 24 0"/><path d="M-136 0 L-220 30"/><path d="M136 0 L220 30"/></g>
      <g transform="translate(1320 700)"><path d="M-90 -150 H90 L72 0 H-72 Z" fill="#fbf8f2"/><ellipse cx="0" cy="-150" rx="90" ry="18" fill="#a8642b"/>
        <path d="M90 -120 Q150 -110 126 -60 Q110 -36 80 -50" stroke="#fbf8f2" stroke-width="16" fill="none"/>
        <path d="M-20 -200 q-18 -30 0 -60 q18 -30 0 -60" stroke="#9aa39a" stroke-width="6" fill="none" opacity="0.7"/></g>`,
    ),

  /** An empty armchair by the window, a folded newspaper and glasses on the side table. */
  'lege-stoel': () =>
    svg(
      skyGradient('wall', '#e7e1d6', '#d6cdbd') + skyGradient('out', '#c9dbe6', '#eef3f5'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="180" y="120" width="420" height="480" fill="url(#out)" stroke="#8a6a48" stroke-width="18"/><line x1="390" y1="120" x2="390" y2="600" stroke="#8a6a48" stroke-width="10"/>
      <path d="M150 110 Q200 360 160 620 L110 620 L110 110 Z" fill="#b9c7a8"/><path d="M630 110 Q580 360 620 620 L670 620 L670 110 Z" fill="#b9c7a8"/>
      <rect y="760" width="${W}" height="240" fill="#a88a6a"/>
      <g transform="translate(900 780)">
        <rect x="-230" y="-430" width="460" height="330" rx="60" fill="#8f3d2e"/>
        <rect x="-260" y="-200" width="100" height="210" rx="40" fill="#7a3326"/><rect x="160" y="-200" width="100" height="210" rx="40" fill="#7a3326"/>
        <rect x="-170" y="-160" width="340" height="120" rx="30" fill="#a24a38"/><rect x="-200" y="-50" width="400" height="60" rx="20" fill="#7a3326"/>
        <rect x="-200" y="10" width="20" height="40" fill="#3f342d"/><rect x="180" y="10" width="20" height="40" fill="#3f342d"/></g>
      <g transform="translate(1350 780)"><rect x="-110" y="-260" width="220" height="20" fill="#6b4f36"/><rect x="-90" y="-240" width="16" height="240" fill="#6b4f36"/><rect x="74" y="-240" width="16" height="240" fill="#6b4f36"/>
        <rect x="-80" y="-290" width="130" height="30" rx="4" fill="#f2efe6"/><g fill="none" stroke="#2b2b2b" stroke-width="6"><circle cx="-10" cy="-310" r="18"/><circle cx="40" cy="-310" r="18"/><path d="M8 -310 H22"/></g></g>`,
    ),

  /** A yellow-and-blue train running along a dike, the Zeeland water beyond. */
  'trein-dijk': () =>
    svg(
      skyGradient('sky', '#a9cbe0', '#eef4f6') + skyGradient('sea', '#6f9fb8', '#4c7d96'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>${cloud(250, 180, 1.1)}${cloud(1100, 140, 1.3)}
      <rect y="430" width="${W}" height="160" fill="url(#sea)"/>
      <g fill="#ffffff" opacity="0.4"><rect x="200" y="480" width="200" height="5"/><rect x="900" y="520" width="300" height="5"/></g>
      <path d="M0 590 L1600 560 V700 H0 Z" fill="#8fb07a"/><rect y="640" width="${W}" height="360" fill="#a5c48a"/>
      <rect y="690" width="${W}" height="14" fill="#6b6b6b"/>
      <g transform="translate(260 690)">
        <path d="M0 0 V-150 Q0 -190 60 -190 H1000 Q1080 -190 1100 -120 L1120 0 Z" fill="#f2c230"/>
        <rect x="0" y="-60" width="1120" height="40" fill="#1d3f8f"/>
        <g fill="#2e3b4e">${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="${60 + i * 135}" y="-165" width="100" height="70" rx="10"/>`).join('')}</g>
        <path d="M1000 -170 H1060 Q1090 -150 1095 -100 H1000 Z" fill="#2e3b4e"/>
        <g fill="#3a3a3a">${[120, 320, 760, 960].map((x) => `<circle cx="${x}" cy="0" r="22"/>`).join('')}</g></g>
      <g stroke="#6b6b6b" stroke-width="8">${[100, 700, 1300].map((x) => `<line x1="${x}" y1="690" x2="${x}" y2="440"/><line x1="${x - 40}" y1="450" x2="${x + 60}" y2="450"/>`).join('')}</g>
      <line x1="0" y1="460" x2="1600" y2="460" stroke="#6b6b6b" stroke-width="3"/>`,
    ),

  /** A laptop on a table with a large padlock on its screen. */
  'laptop-slot': () =>
    svg(
      skyGradient('wall', '#e4ecf1', '#cfdde6'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect y="720" width="${W}" height="280" fill="#b58c63"/><rect y="700" width="${W}" height="24" fill="#9a7656"/>
      <g transform="translate(800 700)">
        <rect x="-380" y="-520" width="760" height="480" rx="24" fill="#2e3b4e"/><rect x="-350" y="-490" width="700" height="420" rx="10" fill="#eaf2f7"/>
        <path d="M-460 -40 H460 L500 10 H-500 Z" fill="#8796a3"/><rect x="-80" y="-30" width="160" height="12" rx="6" fill="#6b7884"/>
        <g transform="translate(0 -270)"><path d="M-70 -30 V-80 A70 70 0 0 1 70 -80 V-30" stroke="#1d4f6e" stroke-width="34" fill="none"/>
          <rect x="-120" y="-40" width="240" height="190" rx="24" fill="#1d4f6e"/><circle cx="0" cy="30" r="26" fill="#eaf2f7"/><rect x="-10" y="40" width="20" height="60" rx="8" fill="#eaf2f7"/></g>
        <g fill="#c3d3de"><rect x="-300" y="-460" width="140" height="20" rx="8"/><rect x="160" y="-460" width="140" height="20" rx="8"/></g></g>
      <g transform="translate(1330 700)"><rect x="-60" y="-40" width="120" height="40" rx="6" fill="#f2efe6"/><rect x="-40" y="-70" width="80" height="30" rx="6" fill="#d98a3c"/></g>`,
    ),

  /** A staircase with a stairlift seat at the bottom; a plant beside it. */
  'traplift': () =>
    svg(
      skyGradient('wall', '#f1ebe0', '#e2d7c4'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect y="880" width="${W}" height="120" fill="#a88a6a"/>
      <g fill="#c7a57c">${Array.from({ length: 9 }, (_, i) => `<rect x="${420 + i * 110}" y="${880 - (i + 1) * 80}" width="${1180 - i * 110}" height="80"/>`).join('')}</g>
      <g fill="#a88460">${Array.from({ length: 9 }, (_, i) => `<rect x="${420 + i * 110}" y="${880 - (i + 1) * 80}" width="${1180 - i * 110}" height="12"/>`).join('')}</g>
      <line x1="440" y1="760" x2="1450" y2="30" stroke="#7d8791" stroke-width="26" stroke-linecap="round"/>
      <line x1="470" y1="620" x2="1480" y2="-110" stroke="#6b4f36" stroke-width="12"/>
      <g transform="translate(430 780)"><rect x="-20" y="-260" width="150" height="200" rx="20" fill="#2f6b8f"/><rect x="-40" y="-80" width="210" height="60" rx="18" fill="#3a7da6"/>
        <rect x="-40" y="-150" width="26" height="90" rx="10" fill="#2f6b8f"/><rect x="150" y="-150" width="26" height="90" rx="10" fill="#2f6b8f"/><rect x="0" y="-20" width="130" height="24" rx="8" fill="#5b646d"/></g>
      <g transform="translate(180 880)"><path d="M-60 0 L-45 -110 H45 L60 0 Z" fill="#c8553d"/><g fill="#4f7a4a"><ellipse cx="-40" cy="-170" rx="30" ry="70" transform="rotate(-25 -40 -170)"/><ellipse cx="40" cy="-170" rx="30" ry="70" transform="rotate(25 40 -170)"/><ellipse cx="0" cy="-200" rx="30" ry="80"/></g></g>`,
    ),

  /** A tablet on a table showing large app tiles, a cup and a notebook beside it. */
  'tablet-tafel': () =>
    svg(
      skyGradient('wall', '#eae5dc', '#ddd4c6'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <path d="M0 520 H1600 V1000 H0 Z" fill="#c19a6b"/><path d="M0 520 H1600 V540 H0 Z" fill="#a88460"/>
      <g transform="translate(760 760) skewX(-12)">
        <rect x="-330" y="-220" width="660" height="440" rx="36" fill="#2b2f36"/><rect x="-296" y="-190" width="592" height="380" rx="12" fill="#dfeaf2"/>
        ${[0, 1, 2].flatMap((r) => [0, 1, 2, 3].map((c) => `<rect x="${-260 + c * 135}" y="${-160 + r * 115}" width="100" height="90" rx="20" fill="${['#1d4f6e', '#c8553d', '#4b7a53', '#d9a441'][(r + c) % 4]}"/>`)).join('')}</g>
      <g transform="translate(1320 700)"><ellipse cx="0" cy="10" rx="110" ry="20" fill="#ece3d3"/><path d="M-70 -110 H70 L56 0 H-56 Z" fill="#fbf8f2"/><ellipse cx="0" cy="-110" rx="70" ry="14" fill="#8a5a2b"/>
        <path d="M70 -90 Q115 -80 100 -40 Q88 -20 62 -30" stroke="#fbf8f2" stroke-width="12" fill="none"/></g>
      <g transform="translate(230 700) rotate(-8)"><rect x="-150" y="-100" width="300" height="200" rx="8" fill="#f7f1e4"/><rect x="-150" y="-100" width="30" height="200" fill="#4b7a53"/>
        ${[0, 1, 2, 3].map((i) => `<rect x="-90" y="${-60 + i * 40}" width="200" height="8" rx="4" fill="#b7ad9c"/>`).join('')}</g>`,
    ),

  /** Papers, a calculator, a pen and a few coins on a table: sorting out the money matters. */
  'papieren-rekenmachine': () =>
    svg(
      skyGradient('table', '#d4b48c', '#bd9a70'),
      `<rect width="${W}" height="${H}" fill="url(#table)"/>
      <g transform="translate(560 500) rotate(-6)"><rect x="-300" y="-380" width="600" height="780" fill="#fbf9f4"/><rect x="-240" y="-320" width="260" height="30" fill="#1d4f6e"/>
        ${Array.from({ length: 12 }, (_, i) => `<rect x="-240" y="${-240 + i * 48}" width="${i % 4 === 3 ? 260 : 480}" height="12" rx="6" fill="#c9c3b6"/>`).join('')}</g>
      <g transform="translate(500 520) rotate(8)" opacity="0.9"><rect x="-300" y="-380" width="600" height="780" fill="#f1ede2"/></g>
      <g transform="translate(560 500) rotate(-6)"><rect x="-300" y="-380" width="600" height="780" fill="#fbf9f4"/><rect x="-240" y="-320" width="260" height="30" fill="#1d4f6e"/>
        ${Array.from({ length: 12 }, (_, i) => `<rect x="-240" y="${-240 + i * 48}" width="${i % 4 === 3 ? 260 : 480}" height="12" rx="6" fill="#c9c3b6"/>`).join('')}</g>
      <g transform="translate(1140 520) rotate(5)"><rect x="-170" y="-260" width="340" height="520" rx="30" fill="#3a3f47"/><rect x="-130" y="-220" width="260" height="90" rx="8" fill="#cfe0c8"/>
        ${[0, 1, 2, 3].flatMap((r) => [0, 1, 2].map((c) => `<rect x="${-130 + c * 92}" y="${-100 + r * 86}" width="76" height="66" rx="12" fill="${c === 2 && r === 3 ? '#c8553d' : '#e8e4dc'}"/>`)).join('')}</g>
      <g fill="#d9a441" stroke="#a8791f" stroke-width="6">${[[1380, 860], [1460, 820], [1420, 900]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="44"/>`).join('')}</g>
      <g transform="translate(980 880) rotate(-30)"><rect x="-200" y="-12" width="380" height="24" rx="12" fill="#1d4f6e"/><path d="M180 -12 L230 0 L180 12 Z" fill="#d0c4a8"/></g>`,
    ),

  /** A snowy street at dusk: small houses, a street lamp, a bench under snow. */
  'winterstraat': () =>
    svg(
      skyGradient('sky', '#9fb4cc', '#e7edf3'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      ${[[80, 260], [380, 300], [700, 240], [1020, 320], [1330, 270]].map(([x, h]) => `<g transform="translate(${x} 700)"><rect x="0" y="${-h}" width="260" height="${h}" fill="#9c4a3a"/><polygon points="-10,${-h} 130,${-h - 130} 270,${-h}" fill="#f4f6f8"/>
        <rect x="40" y="${-h + 60}" width="60" height="70" fill="#f3cf6b"/><rect x="160" y="${-h + 60}" width="60" height="70" fill="#f3cf6b"/><rect x="100" y="-120" width="60" height="120" fill="#3f342d"/></g>`).join('')}
      <rect y="700" width="${W}" height="300" fill="#f4f6f8"/><path d="M0 820 Q800 780 1600 830" stroke="#dfe5ea" stroke-width="40" fill="none"/>
      <g transform="translate(1180 960)"><rect x="-8" y="-520" width="16" height="520" fill="#2e3b4e"/><path d="M-50 -520 H50 L30 -580 H-30 Z" fill="#2e3b4e"/><circle cx="0" cy="-500" r="70" fill="#ffe9a8" opacity="0.35"/><rect x="-24" y="-520" width="48" height="20" fill="#ffe9a8"/></g>
      <g transform="translate(520 900)"><rect x="-140" y="-60" width="280" height="20" fill="#6b4f36"/><rect x="-130" y="-40" width="14" height="60" fill="#4e3a28"/><rect x="116" y="-40" width="14" height="60" fill="#4e3a28"/><rect x="-145" y="-76" width="290" height="18" rx="9" fill="#ffffff"/></g>
      <g fill="#ffffff">${Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 271) % 1600}" cy="${(i * 137) % 680}" r="${4 + (i % 3) * 2}"/>`).join('')}</g>`,
    ),

  /** A Dutch bicycle with a nurse's bag on the carrier, parked by a front door. */
  'fiets-wijkzorg': () =>
    svg(
      skyGradient('wall', '#d9c2a5', '#c9ab88'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <g stroke="#b79a78" stroke-width="4">${Array.from({ length: 14 }, (_, r) => `<line x1="0" y1="${r * 60}" x2="1600" y2="${r * 60}"/>`).join('')}</g>
      <rect x="1120" y="160" width="300" height="640" fill="#2f6b8f"/><rect x="1150" y="200" width="240" height="180" fill="#cfe0ea"/><circle cx="1380" cy="520" r="14" fill="#d9a441"/>
      <rect y="800" width="${W}" height="200" fill="#8c8c8c"/><g stroke="#777" stroke-width="4">${Array.from({ length: 16 }, (_, i) => `<line x1="${i * 100}" y1="800" x2="${i * 100}" y2="1000"/>`).join('')}</g>
      <g transform="translate(560 760)" fill="none" stroke="#2b2b2b" stroke-width="14">
        <circle cx="-250" cy="0" r="150"/><circle cx="250" cy="0" r="150"/>
        <path d="M-250 0 L-60 -10 L120 -200 L-120 -220 Z M-60 -10 L-120 -220 M250 0 L150 -280 L80 -300 M-150 -250 H-60"/>
        <path d="M-330 -190 H-110" stroke-width="18"/></g>
      <g transform="translate(340 520)"><rect x="-120" y="-140" width="240" height="140" rx="20" fill="#1d4f6e"/><rect x="-50" y="-180" width="100" height="50" rx="16" fill="none" stroke="#1d4f6e" stroke-width="14"/>
        <rect x="-14" y="-110" width="28" height="80" fill="#ffffff"/><rect x="-40" y="-84" width="80" height="28" fill="#ffffff"/></g>`,
    ),

  /** A music stand with sheet music, notes floating up. */
  'bladmuziek': () =>
    svg(
      skyGradient('wall', '#efe3f0', '#ddd0e0'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect y="860" width="${W}" height="140" fill="#9a7656"/>
      <g transform="translate(800 0)"><rect x="-8" y="520" width="16" height="340" fill="#2b2b2b"/><path d="M-160 860 L0 780 L160 860" stroke="#2b2b2b" stroke-width="14" fill="none"/>
        <g transform="rotate(-4 0 380)"><rect x="-330" y="170" width="660" height="380" rx="8" fill="#2b2b2b"/><rect x="-310" y="150" width="300" height="390" fill="#fbf9f4"/><rect x="10" y="150" width="300" height="390" fill="#f7f3ea"/>
        ${[0, 1, 2, 3, 4].map((r) => [-290, 30].map((x) => `<g transform="translate(${x} ${200 + r * 70})">${[0, 1, 2, 3, 4].map((l) => `<line x1="0" y1="${l * 8}" x2="260" y2="${l * 8}" stroke="#8a8a8a" stroke-width="2"/>`).join('')}${[30, 90, 150, 210].map((n, k) => `<ellipse cx="${n}" cy="${(k * 9) % 32}" rx="9" ry="7" fill="#2b2b2b"/>`).join('')}</g>`).join('')).join('')}</g></g>
      <g fill="#6d4c7d">${[[300, 300, 1], [420, 160, 1.3], [1200, 240, 1.1], [1340, 420, 0.9]].map(([x, y, s]) => `<g transform="translate(${x} ${y}) scale(${s})"><ellipse cx="0" cy="0" rx="30" ry="22" transform="rotate(-20)"/><rect x="24" y="-120" width="10" height="120"/><path d="M34 -120 Q80 -90 60 -40" stroke="#6d4c7d" stroke-width="10" fill="none"/></g>`).join('')}</g>`,
    ),

  /** A document with a signature line and a fountain pen, a folder beside it. */
  'document-pen': () =>
    svg(
      skyGradient('table', '#7d5c43', '#6a4c36'),
      `<rect width="${W}" height="${H}" fill="url(#table)"/>
      <g transform="translate(1250 500) rotate(10)"><rect x="-240" y="-340" width="480" height="680" rx="14" fill="#2f6b8f"/><rect x="-240" y="-340" width="480" height="60" rx="14" fill="#27597a"/></g>
      <g transform="translate(700 500) rotate(-4)"><rect x="-330" y="-420" width="660" height="860" fill="#fbf9f4"/>
        <rect x="-250" y="-350" width="360" height="36" fill="#2b2b2b"/>
        ${Array.from({ length: 11 }, (_, i) => `<rect x="-250" y="${-270 + i * 44}" width="${i % 5 === 4 ? 300 : 500}" height="12" rx="6" fill="#c9c3b6"/>`).join('')}
        <line x1="-250" y1="330" x2="60" y2="330" stroke="#2b2b2b" stroke-width="4"/>
        <path d="M-230 320 q30 -60 60 -10 t60 -10 t60 0 t50 -20" stroke="#1d4f6e" stroke-width="8" fill="none"/></g>
      <g transform="translate(900 820) rotate(-35)"><rect x="-260" y="-20" width="380" height="40" rx="20" fill="#1b1b1b"/><rect x="40" y="-22" width="40" height="44" fill="#d9a441"/><path d="M120 -16 L210 0 L120 16 Z" fill="#d9a441"/></g>`,
    ),

  /** Two mugs and two chairs at a small table by a lamp: company on a winter evening. */
  'twee-kopjes': () =>
    svg(
      skyGradient('wall', '#f3d9b6', '#e6c293'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <circle cx="800" cy="260" r="260" fill="#fff1cf" opacity="0.5"/>
      <path d="M700 80 H900 L960 220 H640 Z" fill="#c8553d"/><rect x="790" y="0" width="20" height="80" fill="#3f342d"/>
      <rect y="860" width="${W}" height="140" fill="#9a7656"/>
      <g fill="#4b7a53">${[360, 1240].map((x) => `<g transform="translate(${x} 860)"><rect x="-150" y="-320" width="300" height="40" rx="14"/><rect x="-150" y="-560" width="40" height="560" rx="14" transform="${x > 800 ? 'translate(260 0)' : ''}"/><rect x="-140" y="-40" width="20" height="40"/><rect x="120" y="-40" width="20" height="40"/><rect x="-150" y="-280" width="20" height="280"/><rect x="130" y="-280" width="20" height="280"/></g>`).join('')}</g>
      <g transform="translate(800 860)"><rect x="-300" y="-400" width="600" height="40" rx="10" fill="#8a5a3a"/><rect x="-20" y="-360" width="40" height="360" fill="#6b4f36"/><rect x="-140" y="-20" width="280" height="20" fill="#6b4f36"/>
        ${[-130, 130].map((x) => `<g transform="translate(${x} -400)"><path d="M-60 -110 H60 L50 0 H-50 Z" fill="${x < 0 ? '#1d4f6e' : '#d9a441'}"/><path d="M60 -90 Q100 -80 90 -40 Q80 -20 55 -30" stroke="${x < 0 ? '#1d4f6e' : '#d9a441'}" stroke-width="12" fill="none"/><path d="M-10 -140 q-14 -24 0 -48 q14 -24 0 -48" stroke="#ffffff" stroke-width="6" fill="none" opacity="0.7"/></g>`).join('')}</g>`,
    ),

  /** A rollator on a station platform, a train waiting. */
  'rollator-perron': () =>
    svg(
      skyGradient('sky', '#c3d6e3', '#eef3f6'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      <path d="M0 120 L1600 60 V120 L0 180 Z" fill="#5b646d"/>
      <g transform="translate(0 560)"><rect x="0" y="-300" width="1600" height="300" fill="#f2c230"/><rect x="0" y="-90" width="1600" height="40" fill="#1d3f8f"/>
        <g fill="#2e3b4e">${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${40 + i * 270}" y="-260" width="200" height="110" rx="14"/>`).join('')}</g>
        <rect x="1080" y="-270" width="150" height="250" rx="10" fill="#d9ab1f"/><line x1="1155" y1="-270" x2="1155" y2="-20" stroke="#2b2b2b" stroke-width="6"/></g>
      <rect y="560" width="${W}" height="440" fill="#a7a7a3"/><rect y="560" width="${W}" height="40" fill="#f2efe6"/>
      <g transform="translate(700 900)" fill="none" stroke="#c8553d" stroke-width="18" stroke-linecap="round">
        <path d="M-160 0 L-120 -300 L-130 -380"/><path d="M160 0 L120 -300 L130 -380"/><path d="M-120 -300 H120"/><path d="M-140 -160 H140" stroke-width="12"/>
        <rect x="-110" y="-260" width="220" height="80" rx="12" fill="#2e3b4e" stroke="#2e3b4e"/></g>
      <g fill="#2b2b2b">${[[-160, 0], [160, 0]].map(([x]) => `<circle cx="${700 + x}" cy="910" r="30"/>`).join('')}</g>
      <g transform="translate(1300 560)"><rect x="-10" y="0" width="20" height="300" fill="#2e3b4e"/><rect x="-110" y="-10" width="220" height="80" rx="8" fill="#1d3f8f"/><rect x="-90" y="15" width="120" height="14" fill="#ffffff"/><rect x="-90" y="40" width="80" height="12" fill="#ffffff"/></g>`,
    ),

  /** A plate of boerenkool stamppot with a smoked sausage and a dab of gravy. */
  'bord-boerenkool': () =>
    svg(
      skyGradient('cloth', '#c94c3c', '#a83b2e') +
        `<pattern id="ruit" width="120" height="120" patternUnits="userSpaceOnUse"><rect width="120" height="120" fill="#f7f1e6"/><rect width="60" height="120" fill="#d9675a" opacity="0.5"/><rect width="120" height="60" fill="#d9675a" opacity="0.5"/></pattern>`,
      `<rect width="${W}" height="${H}" fill="url(#ruit)"/>
      <g transform="translate(780 520)"><ellipse cx="0" cy="20" rx="460" ry="300" fill="#000000" opacity="0.12"/><ellipse cx="0" cy="0" rx="450" ry="290" fill="#fbfaf6"/><ellipse cx="0" cy="0" rx="360" ry="220" fill="#f1eee6"/>
        <path d="M-260 40 Q-280 -120 -100 -150 Q80 -200 200 -110 Q300 -30 200 80 Q40 150 -120 130 Q-240 120 -260 40 Z" fill="#7a8f3e"/>
        <g fill="#5e7430">${Array.from({ length: 24 }, (_, i) => `<circle cx="${-220 + ((i * 67) % 420)}" cy="${-120 + ((i * 41) % 220)}" r="${10 + (i % 3) * 4}"/>`).join('')}</g>
        <ellipse cx="-20" cy="-40" rx="70" ry="40" fill="#8a5a2b"/><ellipse cx="-30" cy="-50" rx="40" ry="20" fill="#a8753c"/>
        <path d="M40 120 Q200 160 330 40" stroke="#8f2f22" stroke-width="56" stroke-linecap="round" fill="none"/><path d="M70 110 Q200 140 310 40" stroke="#b5493a" stroke-width="10" fill="none" opacity="0.6"/></g>
      <g transform="translate(1380 520)"><rect x="-16" y="-300" width="32" height="600" rx="16" fill="#9aa0a6"/></g>
      <g transform="translate(180 520)"><rect x="-16" y="-300" width="32" height="600" rx="16" fill="#9aa0a6"/><path d="M-40 -300 V-180 M0 -300 V-180 M40 -300 V-180" stroke="#9aa0a6" stroke-width="14"/></g>`,
    ),

  /** A circle of chairs in a community room, with soft balls on the seats. */
  'stoelen-kring': () =>
    svg(
      skyGradient('wall', '#e6efe6', '#d2e0d2'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <g fill="#cfe0ea" stroke="#8a6a48" stroke-width="12">${[200, 650, 1100].map((x) => `<rect x="${x}" y="90" width="300" height="260"/>`).join('')}</g>
      <rect y="560" width="${W}" height="440" fill="#c7a57c"/>
      ${[[240, 640, 0.8], [560, 610, 0.75], [1040, 610, 0.75], [1360, 640, 0.8], [380, 880, 1.1], [800, 900, 1.15], [1220, 880, 1.1]]
        .map(([x, y, s], i) => `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-90" y="-300" width="180" height="160" rx="16" fill="#2f6b8f"/><rect x="-100" y="-150" width="200" height="40" rx="12" fill="#3a7da6"/>
          <rect x="-90" y="-110" width="16" height="110" fill="#3f342d"/><rect x="74" y="-110" width="16" height="110" fill="#3f342d"/>
          <circle cx="0" cy="-180" r="34" fill="${['#c8553d', '#d9a441', '#4b7a53'][i % 3]}"/></g>`)
        .join('')}`,
    ),

  /** A workbench in a repair café: a toaster opened up, a screwdriver, pliers and a lamp. */
  'werkbank-reparatie': () =>
    svg(
      skyGradient('wall', '#dfe6ea', '#c9d3d9'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect x="150" y="110" width="700" height="300" fill="#b58c63"/><g fill="#3f342d">${Array.from({ length: 7 }, (_, i) => `<circle cx="${220 + i * 95}" cy="170" r="10"/>`).join('')}</g>
      <g stroke="#5b646d" stroke-width="16" stroke-linecap="round"><line x1="230" y1="180" x2="230" y2="360"/><line x1="320" y1="180" x2="330" y2="320"/><line x1="420" y1="180" x2="400" y2="380"/></g>
      <rect x="510" y="180" width="60" height="180" rx="10" fill="#c8553d"/><rect x="620" y="180" width="140" height="40" rx="10" fill="#d9a441"/>
      <rect y="640" width="${W}" height="50" fill="#8a6a48"/><rect y="690" width="${W}" height="310" fill="#6b4f36"/>
      <g transform="translate(780 640)"><rect x="-220" y="-230" width="440" height="230" rx="50" fill="#c3c9cf"/><rect x="-160" y="-250" width="120" height="30" rx="8" fill="#2b2b2b"/><rect x="40" y="-250" width="120" height="30" rx="8" fill="#2b2b2b"/>
        <rect x="230" y="-150" width="60" height="24" rx="8" fill="#2b2b2b"/><rect x="-200" y="-110" width="400" height="20" fill="#9aa0a6"/><path d="M-180 -60 q40 -30 80 0 t80 0 t80 0 t80 0" stroke="#d9a441" stroke-width="8" fill="none"/></g>
      <g transform="translate(1240 610) rotate(-20)"><rect x="-150" y="-20" width="160" height="40" rx="16" fill="#c8553d"/><rect x="10" y="-6" width="200" height="12" fill="#9aa0a6"/></g>
      <g transform="translate(320 620)"><path d="M-100 -10 L40 -40 M-100 10 L40 40" stroke="#1d4f6e" stroke-width="24" stroke-linecap="round"/><path d="M40 -40 L120 0 L40 40" stroke="#5b646d" stroke-width="18" fill="none"/></g>
      <g transform="translate(1300 640)"><rect x="-10" y="-380" width="20" height="380" fill="#2e3b4e" transform="rotate(-15)"/><path d="M-40 -370 L120 -400 L100 -300 Z" fill="#2e3b4e"/><circle cx="100" cy="-330" r="100" fill="#fff1b0" opacity="0.3"/></g>`,
    ),

  /** A tall glass of water with lemon and ice on a sunny garden table. */
  'glas-water': () =>
    svg(
      skyGradient('sky', '#8fc2e0', '#e6f3f8'),
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>
      <circle cx="1300" cy="200" r="110" fill="#ffd45e"/><g stroke="#ffd45e" stroke-width="14" stroke-linecap="round">${Array.from({ length: 10 }, (_, i) => { const a = (i * Math.PI) / 5; return `<line x1="${1300 + Math.cos(a) * 150}" y1="${200 + Math.sin(a) * 150}" x2="${1300 + Math.cos(a) * 200}" y2="${200 + Math.sin(a) * 200}"/>`; }).join('')}</g>
      ${tree(200, 640, 1.3, '#4f7a4a')}${tree(420, 660, 1.0, '#5d8a4f')}
      <rect y="620" width="${W}" height="80" fill="#86a870"/><rect y="680" width="${W}" height="320" fill="#e8e2d4"/><g stroke="#cfc7b4" stroke-width="6">${Array.from({ length: 8 }, (_, i) => `<line x1="${i * 220}" y1="680" x2="${i * 220 - 120}" y2="1000"/>`).join('')}</g>
      <g transform="translate(800 860)"><ellipse cx="0" cy="0" rx="150" ry="24" fill="#000000" opacity="0.1"/>
        <path d="M-120 -520 H120 L100 0 H-100 Z" fill="#d8eef8" opacity="0.9"/><path d="M-112 -420 H112 L100 0 H-100 Z" fill="#a9d7ef" opacity="0.8"/>
        <g fill="#ffffff" opacity="0.8"><rect x="-70" y="-390" width="60" height="60" rx="10" transform="rotate(12 -40 -360)"/><rect x="10" y="-300" width="60" height="60" rx="10" transform="rotate(-10 40 -270)"/></g>
        <g transform="translate(60 -520)"><circle r="70" fill="#f4d54a"/><circle r="56" fill="#fbe98c"/><g stroke="#f4d54a" stroke-width="5">${[0, 60, 120].map((a) => `<line x1="0" y1="-56" x2="0" y2="56" transform="rotate(${a})"/>`).join('')}</g></g>
        <path d="M-80 -480 V-60" stroke="#ffffff" stroke-width="12" opacity="0.5"/></g>`,
    ),

  /** A smartphone propped against a fruit bowl, a smiling face on its screen. */
  'telefoon-videobellen': () =>
    svg(
      skyGradient('wall', '#f0e6da', '#e2d3c1'),
      `<rect width="${W}" height="${H}" fill="url(#wall)"/>
      <rect y="720" width="${W}" height="280" fill="#b58c63"/><rect y="700" width="${W}" height="24" fill="#9a7656"/>
      <g transform="translate(1200 700)"><path d="M-220 0 Q-220 -140 0 -140 Q220 -140 220 0 Z" fill="#e8e4dc"/>
        <circle cx="-90" cy="-170" r="70" fill="#c8553d"/><circle cx="40" cy="-180" r="72" fill="#d9a441"/><circle cx="-20" cy="-250" r="62" fill="#7fae4a"/><circle cx="120" cy="-150" r="60" fill="#c8553d"/></g>
      <g transform="translate(680 700) rotate(-8)">
        <rect x="-200" y="-600" width="400" height="600" rx="50" fill="#22262c"/><rect x="-176" y="-560" width="352" height="520" rx="20" fill="#bfe0d2"/>
        <circle cx="0" cy="-360" r="110" fill="#e9b48a"/><path d="M-110 -390 Q-100 -500 0 -490 Q100 -500 110 -390 Q80 -450 0 -450 Q-80 -450 -110 -390 Z" fill="#d9d9d9"/>
        <circle cx="-40" cy="-370" r="12" fill="#2b2b2b"/><circle cx="40" cy="-370" r="12" fill="#2b2b2b"/><path d="M-45 -320 Q0 -280 45 -320" stroke="#2b2b2b" stroke-width="10" fill="none" stroke-linecap="round"/>
        <path d="M-176 -90 Q-176 -230 0 -230 Q176 -230 176 -90 V-40 H-176 Z" fill="#4b7a53"/>
        <rect x="-110" y="-150" width="70" height="70" rx="35" fill="#c8553d"/><rect x="40" y="-150" width="70" height="70" rx="35" fill="#ffffff"/>
        <rect x="70" y="-540" width="90" height="120" rx="12" fill="#2f6b8f" stroke="#ffffff" stroke-width="6"/></g>`,
    ),

  /** Market stalls with strings of lights in the dark (the test magazine's scheduled article). */
  'kerstmarkt': () =>
    svg(
      skyGradient('night', '#1b2640', '#3a4a6a'),
      `<rect width="${W}" height="${H}" fill="url(#night)"/>
      <g fill="#2a3550">${[[0, 300], [260, 380], [520, 320], [900, 400], [1250, 340]].map(([x, h]) => `<rect x="${x}" y="${640 - h}" width="330" height="${h}"/>`).join('')}</g>
      <rect y="640" width="${W}" height="360" fill="#5b5f66"/>
      ${[180, 620, 1060].map((x, i) => `<g transform="translate(${x} 820)"><rect x="0" y="-260" width="360" height="260" fill="#8a5a3a"/><path d="M-30 -260 L180 -380 L390 -260 Z" fill="${['#c8553d', '#4b7a53', '#f2efe6'][i]}"/>
        <rect x="20" y="-120" width="320" height="120" fill="#6b4f36"/><rect x="40" y="-230" width="280" height="100" fill="#f3cf6b" opacity="0.85"/></g>`).join('')}
      <path d="M0 300 Q400 400 800 300 T1600 300" stroke="#2b2b2b" stroke-width="4" fill="none"/>
      <g>${Array.from({ length: 21 }, (_, i) => { const x = i * 80; const y = 300 + Math.sin((i / 20) * Math.PI * 2) * -50 + 10; return `<circle cx="${x}" cy="${y + 40}" r="14" fill="${['#ffd45e', '#ff8a6a', '#9fe0a8'][i % 3]}"/>`; }).join('')}</g>
      <g fill="#ffffff">${Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 397) % 1600}" cy="${(i * 113) % 600}" r="${3 + (i % 3) * 2}"/>`).join('')}</g>`,
    ),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in scenes));
if (unknown.length) {
  console.error(`Onbekende illustratie: ${unknown.join(', ')}. Bekend: ${Object.keys(scenes).join(', ')}`);
  process.exit(1);
}
/** Pictures only the test magazine uses (its scheduled article), not the sample content. */
const onlyInTests = new Set(['kerstmarkt']);
for (const [name, draw] of Object.entries(scenes)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const jpeg = await sharp(Buffer.from(draw())).resize(W, H).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
  for (const dir of onlyInTests.has(name) ? outDirs.slice(1) : outDirs) {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.jpg`);
    fs.writeFileSync(file, jpeg);
    console.log(`gemaakt: ${path.relative(process.cwd(), file)}`);
  }
}
