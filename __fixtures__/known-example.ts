// The job-center answer printed in Huawei's docs (ges-api.md §5), verbatim: shared by the
// normalisation tests and the fuzzers that mutate it.
export const KNOWN_V1 = {
  jobCount: 136,
  jobList: [
    {
      jobId: 'ff80808167bb90340167bc3c7b5b026a',
      status: 'success',
      jobType: 'GraphManagement',
      jobName: 'ImportGraph',
      relatedGraph: 'test1217',
      beginTime: '2018-12-17T12:55:40',
      endTime: '2018-12-17T12:56:32',
      jobDetail: {
        vertexsetPath: null,
        edgesetPath: [{ path: 'hkmovie/edge.csv', log: null, cause: null, status: 'success' }],
        schemaPath: [{ path: 'hkmovie/schema.xml', log: null, cause: null, status: 'success' }]
      },
      jobProgress: 0
    },
    {
      jobId: 'ff80808167bb90340167bc5d0b1d0358',
      status: 'success',
      jobType: 'GraphManagement',
      jobName: 'DeleteGraph',
      relatedGraph: 'test1218',
      beginTime: '2018-12-17T13:31:14',
      endTime: '2018-12-17T13:34:48',
      jobProgress: 0
    }
  ]
}
