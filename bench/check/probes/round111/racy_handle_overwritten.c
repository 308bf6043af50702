/* TRUTH: racy — t[0] is overwritten by a no-op thread; joining t[0] does not wait for job 0's worker */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(20000);
  j->out = j->in * 2 + 1;
  return 0;
}
static void *noop(void *arg) { return arg; }
int main(void) {
  pthread_t t[N], orig0;
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  orig0 = t[0];
  pthread_create(&t[0], 0, noop, 0);
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  pthread_join(orig0, 0);
  printf("%d\n", sum);
  return 0;
}
