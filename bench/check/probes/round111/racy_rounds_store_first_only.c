/* TRUTH: racy — two rounds reuse t[i] but jobs[i] keeps round-0 objects, whose workers are never joined */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(10000 * (j->in < N));
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i, round;
  for (round = 0; round < 2; round++) {
    for (i = 0; i < N; i++) {
      struct job *j = malloc(sizeof *j);
      j->in = round * N + i;
      if (round == 0)
        jobs[i] = j;
      pthread_create(&t[i], 0, work, j);
      if (round == 0) pthread_detach(t[i]);
    }
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  usleep(50000);
  return 0;
}
