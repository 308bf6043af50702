/* TRUTH: free. Each thread qsorts its own local array with a pure comparator. */
#include <pthread.h>
#include <stdlib.h>
static int out[2];
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void *w(void *v) { long i = (long)v; int a[4] = { 3, 1, 2, 0 }; qsort(a, 4, sizeof a[0], cmp); out[i] = a[0]; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, (void *)0);
  pthread_create(&t2, NULL, w, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return out[0] + out[1];
}
