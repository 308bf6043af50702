/* TRUTH: free — `_Atomic long double level`: the compound assignment in both threads is an atomic read-modify-write (C11 6.5.16.2p3), no data race. */
#include <pthread.h>
static _Atomic long double level;
static void *w(void *p) { (void)p; level += 1.5L; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return (int)level;
}
