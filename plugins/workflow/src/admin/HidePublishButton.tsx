'use client'

/** Publishing goes through the workflow panel; Payload's own Publish button is not offered. */
export const HidePublishButton: React.FC = () => null
