/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import type { ServerFunctionClient } from 'payload'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import React from 'react'

import { lockOnlyWhatOneMayUpdate } from '../../plugins/internal-collections/formState'
import { scheduleOnlyWhatOneMayPublish } from '../../plugins/scheduled-publishing/serverFunction'

import { importMap } from './admin/importMap.js'
import './custom.scss'

type Args = {
  children: React.ReactNode
}

// Payload's form state takes document locks past access: only for those who may edit the document.
const formState = lockOnlyWhatOneMayUpdate(buildFormStateHandler)
// Payload's « Programmer la publication » queues a job for any document: only for those who may publish it.
const schedulePublish = scheduleOnlyWhatOneMayPublish(schedulePublishHandler)

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'form-state': formState, 'schedule-publish': schedulePublish },
  })
}

const Layout = ({ children }: Args) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
