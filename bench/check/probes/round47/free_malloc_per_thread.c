/* TRUTH: free — each thread receives its own freshly malloc'd job struct; main reads a job's fields only after joining its thread */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
#define NJ 3

struct job { int in; int out; int done; };

void *run_job(void *arg) {
  struct job *j = (struct job *)arg;
  j->out = j->in * 2;
  j->done = 1;
  return NULL;
}

int main(void) {
  pthread_t t[NJ];
  struct job *jobs[NJ];
  int i;
  for (i = 0; i < NJ; i++) {
    jobs[i] = malloc(sizeof(struct job));
    if (!jobs[i]) return 0;
    jobs[i]->in = __VERIFIER_nondet_int() % 100;
    jobs[i]->done = 0;
    pthread_create(&t[i], NULL, run_job, jobs[i]);
  }
  for (i = 0; i < NJ; i++) {
    pthread_join(t[i], NULL);
    if (!jobs[i]->done || jobs[i]->out != 2 * jobs[i]->in) reach_error();
    free(jobs[i]);
  }
  return 0;
}
