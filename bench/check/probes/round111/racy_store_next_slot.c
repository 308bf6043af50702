/* TRUTH: racy — jobs[i] = j but t[i] gets the previous iteration's object; t[i+1] writes jobs[i] while main reads it after joining t[i] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  usleep(10000);
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  struct job dummy = { 0, 0 };
  struct job *prev = &dummy;
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, prev);
    prev = j;
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d %d\n", sum, dummy.out);
  return 0;
}
