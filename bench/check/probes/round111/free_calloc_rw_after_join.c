/* TRUTH: free — calloc'd job; main reads and rewrites several fields only after joining that job's thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 5
struct job { int in; int out; long acc[3]; };
static void *work(void *arg) {
  struct job *j = arg;
  for (int k = 0; k < 3; k++) j->acc[k] += j->in + k;
  j->out = (int)(j->acc[0] + j->acc[2]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = calloc(1, sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  long sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    jobs[i]->acc[1] *= 2;
    sum += jobs[i]->out + jobs[i]->acc[1];
    jobs[i]->out = 0;
    free(jobs[i]);
  }
  printf("%ld\n", sum);
  return 0;
}
