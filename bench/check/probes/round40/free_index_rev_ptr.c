/* TRUTH: free — 1[p] with p = a + 1 is a[2] (thread a, line 5); thread b writes a[1] (line 6): distinct. */
#include <pthread.h>
int a[4];
int *const p = a + 1;
void *ta(void *x) { 1[p] = 1; return 0; }
void *tb(void *x) { a[1] = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
