/* TRUTH: free — two concurrent drivers each run their own batch with local jobs[]/t[]; nothing is shared */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 7;
  return 0;
}
static void *driver(void *arg) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  intptr_t sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = (int)(intptr_t)arg + i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    free(jobs[i]);
  }
  return (void *)sum;
}
int main(void) {
  pthread_t d1, d2;
  void *r1, *r2;
  pthread_create(&d1, 0, driver, (void *)(intptr_t)0);
  pthread_create(&d2, 0, driver, (void *)(intptr_t)100);
  pthread_join(d1, &r1);
  pthread_join(d2, &r2);
  printf("%ld %ld\n", (long)(intptr_t)r1, (long)(intptr_t)r2);
  return 0;
}
