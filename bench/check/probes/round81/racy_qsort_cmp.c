/* TRUTH: racy — qsort comparator increments global ncmp; two threads run qsort concurrently on their own arrays */
#include <pthread.h>
#include <stdlib.h>
int ncmp;
static int cmp(const void *a, const void *b) { ncmp++; return *(const int *)a - *(const int *)b; }
void *w(void *p) { int v[4] = {4, 3, 2, 1}; qsort(v, 4, sizeof v[0], cmp); return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return ncmp;
}
