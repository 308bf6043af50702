/* TRUTH: free — thread A only touches x, thread B only touches y; main reads both after joins */
#include <pthread.h>
int x, y;
void *ta(void *p) { int i; for (i = 0; i < 5; i++) x += i; return 0; }
void *tb(void *p) { int i; for (i = 0; i < 5; i++) y -= i; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, ta, 0);
  pthread_create(&b, 0, tb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x + y;
}
