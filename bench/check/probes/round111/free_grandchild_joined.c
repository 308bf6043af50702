/* TRUTH: free — the worker hands j to a grandchild but joins it before returning */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; };
static void *finish(void *arg) {
  struct job *j = arg;
  j->out = j->in * 3;
  return 0;
}
static void *work(void *arg) {
  struct job *j = arg;
  pthread_t g;
  pthread_create(&g, 0, finish, j);
  pthread_join(g, 0);
  j->out += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += jobs[i]->out;
  }
  printf("%d\n", sum);
  return 0;
}
