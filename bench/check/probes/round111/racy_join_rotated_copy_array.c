/* TRUTH: racy — the join loop joins u[i], a rotated copy of t, so after joining u[i] (thread i+1) main reads jobs[i] of unjoined thread i */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(j->in == 0 ? 30000 : 0);
  j->out = j->in * 2 + 1;
  return 0;
}
int main(void) {
  pthread_t t[N], u[N];
  struct job *jobs[N];
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++)
    u[i] = t[(i + 1) % N];
  for (i = 0; i < N; i++) {
    pthread_join(u[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
