/* TRUTH: free — each thread gets its own malloc'd index and writes only data[idx]; main reads after join */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
#define N 5
int data[N];
void *worker(void *arg) {
  int idx = *(int *)arg;
  free(arg);
  data[idx] = idx * 2;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) {
    int *p = malloc(sizeof(int));
    if (p == NULL) return 1;
    *p = i;
    pthread_create(&t[i], NULL, worker, p);
  }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += data[i];
  if (s != 20) reach_error();
  return 0;
}
