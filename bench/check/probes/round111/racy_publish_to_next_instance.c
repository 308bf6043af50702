/* TRUTH: racy — worker i publishes its job in slot[i]; worker i+1 writes slot[i]->aux; main reads jobs[i]->aux after joining only t[i] */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; int aux; };
static _Atomic(struct job *) slot[N];
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  atomic_store(&slot[j->in], j);
  if (j->in > 0) {
    struct job *p;
    while ((p = atomic_load(&slot[j->in - 1])) == 0) ;
    usleep(20000);
    p->aux = 7;
  }
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
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out + jobs[i]->aux;
  }
  printf("%d\n", sum);
  return 0;
}
