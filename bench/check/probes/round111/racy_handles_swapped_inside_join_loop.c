/* TRUTH: racy — after joining t[0] the loop calls swap12(t), so t[1] holds thread 2 and main reads jobs[1] of unjoined thread 1 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void swap12(pthread_t *h) { pthread_t x = h[1]; h[1] = h[2]; h[2] = x; }
static void *work(void *arg) {
  struct job *j = arg;
  usleep(j->in == 1 ? 30000 : 0);
  j->out = j->in * 2 + 1;
  return 0;
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
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    if (i == 0) swap12(t);
  }
  printf("%d\n", sum);
  return 0;
}
