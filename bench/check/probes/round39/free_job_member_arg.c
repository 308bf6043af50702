/* TRUTH: free — main hands the worker `&job->result` of a fresh job, and touches job->result only after joining it. */
#include <pthread.h>
#include <stdlib.h>
struct job { int id; int result; };
static void *worker(void *p) {
  int *res = p;
  *res = 42;
  return 0;
}
int main(void) {
  pthread_t t;
  struct job *job = malloc(sizeof *job);
  if (!job) return 1;
  job->id = 1;
  job->result = 0;
  pthread_create(&t, 0, worker, &job->result);
  pthread_join(t, 0);
  int r = job->result;
  free(job);
  return r == 42 ? 0 : 1;
}
