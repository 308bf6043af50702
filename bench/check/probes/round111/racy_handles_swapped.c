/* TRUTH: racy — t[0] and t[1] are swapped after creation, so joining t[0] waits for thread 1 while main reads jobs[0] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
  pthread_t t[N];
  struct job *jobs[N];
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  pthread_t tmp = t[0];
  t[0] = t[1];
  t[1] = tmp;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
