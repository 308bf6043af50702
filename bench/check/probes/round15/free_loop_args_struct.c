/* Race-free: each thread gets its own element of args[] and writes only its own result field; main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
struct arg { int id; int n; long result; };
struct arg args[N];
void *worker(void *p) {
  struct arg *a = p;
  long f = 1;
  for (int k = 2; k <= a->n; k++) f *= k;
  a->result = f + a->id;
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
  return 0;
}
