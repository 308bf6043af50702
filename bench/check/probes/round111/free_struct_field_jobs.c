/* TRUTH: free — jobs[] and t[] live in a local struct; each job read only after its thread is joined */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; };
struct pool { pthread_t t[N]; struct job *jobs[N]; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in + 40;
  return 0;
}
int main(void) {
  struct pool p;
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    p.jobs[i] = j;
    pthread_create(&p.t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(p.t[i], 0);
    sum += p.jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
