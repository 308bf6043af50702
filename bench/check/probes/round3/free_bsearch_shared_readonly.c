/* TRUTH: free. Two threads bsearch a global sorted array (read-only) with a pure comparator. */
#include <pthread.h>
#include <stdlib.h>
static const int sorted[6] = { 1, 3, 5, 7, 9, 11 };
static int found[2];
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void *w(void *v) {
  long i = (long)v;
  int key = 7;
  found[i] = bsearch(&key, sorted, 6, sizeof sorted[0], cmp) != NULL;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)0);
  pthread_create(&t2, NULL, w, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return found[0] + found[1];
}
