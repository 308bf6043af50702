/* TRUTH: racy. Minimal: bsearch's comparator (writes `last`) is not taken as called by
   bsearch (qsort's is); two threads bsearch concurrently. Same for lfind/lsearch. */
#include <pthread.h>
#include <stdlib.h>
static const int arr[3] = { 1, 3, 5 };
static int last;
static int cmp(const void *a, const void *b) { last = 1; return *(const int *)a - *(const int *)b; }
static void *w(void *v) { (void)v; int key = 3; return bsearch(&key, arr, 3, sizeof arr[0], cmp); }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
