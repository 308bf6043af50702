/* TRUTH: racy — bsearch comparator writes global last_key; worker and main both call bsearch concurrently */
#include <pthread.h>
#include <stdlib.h>
int last_key;
static const int tab[5] = {1, 3, 5, 7, 9};
static int cmp(const void *k, const void *e) { last_key = *(const int *)k; return *(const int *)k - *(const int *)e; }
void *w(void *p) { int k = 5; bsearch(&k, tab, 5, sizeof(int), cmp); return 0; }
int main(void) {
  pthread_t t;
  int k = 7;
  pthread_create(&t, 0, w, 0);
  bsearch(&k, tab, 5, sizeof(int), cmp);
  pthread_join(t, 0);
  return last_key;
}
