/* TRUTH: free — run_batch (not main) creates and joins its own workers; it is called twice sequentially */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 7;
  return 0;
}
static int run_batch(int base) {
  pthread_t t[N];
  struct job *jobs[N];
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = base + i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    free(jobs[i]);
  }
  return sum;
}
int main(void) {
  int a = run_batch(0);
  int b = run_batch(10);
  printf("%d %d\n", a, b);
  return 0;
}
