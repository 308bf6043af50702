/* TRUTH: racy — main reads jobs[i]->peer->out after joining t[i]; peer is job i+1, still being written by t[i+1] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; struct job *peer; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(5000 * j->in);
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  struct job *prev = 0;
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->peer = 0;
    if (prev) prev->peer = j;
    jobs[i] = j;
    prev = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    if (jobs[i]->peer) sum += jobs[i]->peer->out;
  }
  printf("%d\n", sum);
  return 0;
}
