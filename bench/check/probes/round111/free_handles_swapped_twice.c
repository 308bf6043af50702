/* TRUTH: free — swap_first() is applied twice, leaving t[] as created; each job read after joining its own thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void swap_first(pthread_t *h) { pthread_t x = h[0]; h[0] = h[1]; h[1] = x; }
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
  swap_first(t);
  swap_first(t);
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
