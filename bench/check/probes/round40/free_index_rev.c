/* TRUTH: free — 2[a] is a[2] (thread a, line 4), thread b writes a[3] (line 5): distinct elements. */
#include <pthread.h>
int a[4];
void *ta(void *x) { 2[a] = 1; return 0; }
void *tb(void *x) { a[3] = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
