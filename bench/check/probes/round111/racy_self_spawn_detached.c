/* TRUTH: racy — each worker spawns a detached second instance of work on the same j that writes j->out; main reads it after joining only the first */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; int depth; };
static void *work(void *arg) {
  struct job *j = arg;
  if (j->depth == 0) {
    pthread_t c;
    j->depth = 1;
    pthread_create(&c, 0, work, j);
    pthread_detach(c);
  } else {
    usleep(20000);
    j->out = j->in * 2;
  }
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
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  usleep(100000);
  return 0;
}
