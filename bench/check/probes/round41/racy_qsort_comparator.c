/* TRUTH: racy — the qsort comparator increments `compares` (line 5), called from t1's qsort; t2 writes compares (line 8) concurrently. */
#include <pthread.h>
#include <stdlib.h>
int data[3] = { 3, 1, 2 }; int compares;
static int cmp(const void *a, const void *b) { compares++; return *(const int *)a - *(const int *)b; }
void *t1(void *a) { qsort(data, 3, sizeof data[0], cmp); return 0; }
void *t2(void *a) {
  compares = 0; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return compares; }
