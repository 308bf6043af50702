/* TRUTH: racy. qsort comparator increments global ncmp; two threads sort their own arrays. */
#include <pthread.h>
#include <stdlib.h>
static int ncmp;
static int cmp(const void *a, const void *b) { ncmp++; return *(const int *)a - *(const int *)b; }
static void *w(void *v) { (void)v; int a[4] = { 3, 1, 2, 0 }; qsort(a, 4, sizeof a[0], cmp); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return ncmp;
}
