/* TRUTH: racy — (1 + 1)[a] is a[2] (thread a, line 4), thread b writes a[2] (line 5). */
#include <pthread.h>
int a[4];
void *ta(void *x) { (1 + 1)[a] = 1; return 0; }
void *tb(void *x) { a[2] = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
