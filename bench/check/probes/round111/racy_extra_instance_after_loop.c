/* TRUTH: racy — a second instance of work is started on jobs[0] after the loop; whichever instance runs second writes aux, which main reads after joining only t[0] */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; int aux; atomic_int calls; };
static void *work(void *arg) {
  struct job *j = arg;
  if (atomic_fetch_add(&j->calls, 1) == 0) {
    j->out = j->in * 2;
  } else {
    usleep(20000);
    j->aux = 1;
  }
  return 0;
}
int main(void) {
  pthread_t t[N], extra;
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->out = 0;
    j->aux = 0;
    atomic_init(&j->calls, i == 0 ? 0 : 1);
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  pthread_create(&extra, 0, work, jobs[0]);
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out + jobs[i]->aux;
  }
  pthread_join(extra, 0);
  printf("%d\n", sum);
  return 0;
}
