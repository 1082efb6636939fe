'use client'

import React from 'react'

import { LeaveGuard } from './LeaveGuard'
import { StaleSaveDialog } from './StaleSaveDialog'
import './editSafety.scss'

/** The edit view's safeguards against lost work, rendered inside the document form (before its controls). */
export const EditSafety: React.FC = () => (
  <>
    <StaleSaveDialog />
    <LeaveGuard />
  </>
)
