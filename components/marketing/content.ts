import type { Feature } from './feature-grid';

export const brandFeatures: readonly Feature[] = [
  {
    title: 'Run campaigns',
    description: 'Publish a brief with deliverables, budget and deadlines, and follow every campaign from draft to completion.',
  },
  {
    title: 'Find authentic creators',
    description: 'Every creator profile shows an authenticity score and a fake-follower risk, so you pay for a real audience.',
  },
  {
    title: 'Negotiate offers',
    description:
      'Send offers, receive counter-offers and agree on price and deliverables in one place, with the full history kept.',
  },
  {
    title: 'Sign contracts',
    description: 'An accepted offer becomes a contract that both sides sign online before any work starts.',
  },
  {
    title: 'Pay through escrow',
    description: 'You fund the deal up front. The money is only released to the creator once you approve the content.',
  },
  {
    title: 'See campaign analytics',
    description: 'Follow reach, engagement and spend for each campaign and each creator as the results come in.',
  },
];

export const creatorFeatures: readonly Feature[] = [
  {
    title: 'Build your profile',
    description: 'Show brands your platforms, your audience and your rates in one profile they can trust.',
  },
  {
    title: 'Find paid campaigns',
    description: 'Browse campaigns from brands looking for creators like you, with the budget and deliverables stated up front.',
  },
  {
    title: 'Negotiate your terms',
    description: 'Counter an offer on price or deliverables before you commit. Nothing is final until both sides agree.',
  },
  {
    title: 'Get paid safely',
    description: 'The brand pays into escrow before you start, and the money is released to you when your content is approved.',
  },
];

export const dealSteps: readonly Feature[] = [
  { title: 'Brief', description: 'A brand publishes a campaign with its goals, deliverables and budget.' },
  { title: 'Offer', description: 'Brand and creator negotiate price and deliverables until both accept.' },
  { title: 'Contract', description: 'Both sides sign a contract that records what was agreed.' },
  { title: 'Escrow', description: 'The brand funds the deal; Pactly holds the money.' },
  { title: 'Content and payment', description: 'The creator delivers, the brand approves, and the creator is paid.' },
];
