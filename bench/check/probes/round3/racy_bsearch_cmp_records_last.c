/* TRUTH: racy. bsearch comparator stores the last probed key into global `last`. */
#include <pthread.h>
#include <stdlib.h>
static const int sorted[6] = { 1, 3, 5, 7, 9, 11 };
static int last;
static int cmp(const void *a, const void *b) { last = *(const int *)b; return *(const int *)a - *(const int *)b; }
static void *w(void *v) { int key = (int)(long)v; return bsearch(&key, sorted, 6, sizeof sorted[0], cmp); }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)3);
  pthread_create(&t2, NULL, w, (void *)9);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return last;
}
