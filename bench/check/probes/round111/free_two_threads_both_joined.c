/* TRUTH: free — two threads per job write disjoint fields; main joins both before reading */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct job { int in; int out; int aux; };
static void *work(void *arg) { struct job *j = arg; j->out = j->in * 2; return 0; }
static void *side(void *arg) { struct job *j = arg; j->aux = j->in + 1; return 0; }
int main(void) {
  pthread_t t[N], u[N];
  struct job *jobs[N];
  int i;
  for (i = 0; i < N; i++) {
    struct job *j = malloc(sizeof *j);
    j->in = i;
    jobs[i] = j;
    pthread_create(&t[i], 0, work, j);
    pthread_create(&u[i], 0, side, j);
  }
  int sum = 0;
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    pthread_join(u[i], 0);
    sum += jobs[i]->out + jobs[i]->aux;
  }
  printf("%d\n", sum);
  return 0;
}
