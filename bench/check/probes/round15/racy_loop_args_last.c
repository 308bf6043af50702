/* Racy: besides their own result, all threads write the shared global last_id without a lock. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct arg { int id; int n; long result; };
struct arg args[N];
int last_id;
void *worker(void *p) {
  struct arg *a = p;
  long f = 1;
  for (int k = 2; k <= a->n; k++) f *= k;
  a->result = f + a->id;
  last_id = a->id;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    args[i].id = i;
    args[i].n = 1 + rand() % 6;
    pthread_create(&t[i], NULL, worker, &args[i]);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) printf("%ld\n", args[i].result);
  printf("%d\n", last_id);
  return 0;
}
