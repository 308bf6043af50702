/* TRUTH: racy — main hands the worker `&job->result` (a member of a fresh allocation), then writes `job->result = 0` after the create while the worker writes `*res = 42`. */
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
  pthread_create(&t, 0, worker, &job->result);
  job->result = 0;
  pthread_join(t, 0);
  int r = job->result;
  free(job);
  return r;
}
