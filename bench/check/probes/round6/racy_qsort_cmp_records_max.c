/* TRUTH: racy. Each thread sorts its own array, but the comparator writes the shared global maxseen. */
#include <pthread.h>
#include <stdlib.h>
int maxseen;
static int cmp(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; if (x > maxseen) maxseen = x; return (x > y) - (x < y); }
void *w(void *p) { qsort(p, 3, sizeof(int), cmp); return 0; }
int main(void) { static int a1[3] = {3, 1, 2}, a2[3] = {9, 8, 7}; pthread_t a, b;
  pthread_create(&a, 0, w, a1); pthread_create(&b, 0, w, a2); pthread_join(a, 0); pthread_join(b, 0); return maxseen; }
