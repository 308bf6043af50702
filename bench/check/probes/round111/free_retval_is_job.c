/* TRUTH: free — the worker returns its job; main reads the returned pointer and jobs[i] only after the join */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in + 10;
  return j;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++) {
    void *r;
    pthread_join(t[i], &r);
    sum += ((struct job *)r)->out + jobs[i]->in;
  }
  printf("%d\n", sum);
  return 0;
}
