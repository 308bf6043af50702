/* TRUTH: racy — two threads are created into t[i] with the same j; the first handle is lost, so joining t[i] misses the first writer of j->aux */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; int aux; };
static void *slow(void *arg) {
  struct job *j = arg;
  usleep(20000);
  j->aux = 1;
  return 0;
}
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    j->aux = 0;
    jobs[i] = j;
    pthread_create(&t[i], 0, slow, j);
    pthread_detach(t[i]);
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out + jobs[i]->aux;
  }
  printf("%d\n", sum);
  usleep(50000);
  return 0;
}
