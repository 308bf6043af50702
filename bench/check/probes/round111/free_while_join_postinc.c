/* TRUTH: free — while-loop join; jobs[i++] is read after t[i] has been joined */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; };
static void *work(void *arg) {
  struct job *j = arg;
  j->out = j->in * 2;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i = 0, sum = 0;
  while (i < N) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
    i++;
  }
  i = 0;
  while (i < N) {
    pthread_join(t[i], 0);
    sum += jobs[i++]->out;
  }
  printf("%d\n", sum);
  return 0;
}
