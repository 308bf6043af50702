/* TRUTH: free. n (nondet, 1..8) threads, each given &ids[i]; each writes only data[*id];
   main joins all n before reading. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
#define MAX 8
int data[MAX];
int ids[MAX];
void *worker(void *arg) { int id = *(int *)arg; data[id] = id * 2; return NULL; }
int main(void) {
  pthread_t t[MAX];
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n > 0 && n <= MAX);
  for (int i = 0; i < n; i++) { ids[i] = i; pthread_create(&t[i], NULL, worker, &ids[i]); }
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < n; i++) s += data[i];
  return s;
}
