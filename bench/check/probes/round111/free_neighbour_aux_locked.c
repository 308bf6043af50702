/* TRUTH: free — worker i+1 writes jobs[i]->aux under a mutex; main reads aux under the same mutex and out after the join */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; int aux; struct job *prev; };
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  if (j->prev) {
    pthread_mutex_lock(&m);
    j->prev->aux += 1;
    pthread_mutex_unlock(&m);
  }
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  struct job *last = 0;
  int i, sum = 0;
  for (i = 0; i < N; i++) {
    struct job *j = calloc(1, sizeof *j);
    j->in = i;
    j->prev = last;
    last = j;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
    pthread_mutex_lock(&m);
    sum += jobs[i]->aux;
    pthread_mutex_unlock(&m);
  }
  printf("%d\n", sum);
  return 0;
}
