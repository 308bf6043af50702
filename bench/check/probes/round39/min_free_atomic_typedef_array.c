/* TRUTH: free — the elements of `counts` have atomic type through a typedef (`typedef _Atomic unsigned long counter_t`), so both threads' `counts[0]++` are atomic increments. */
#include <pthread.h>
typedef _Atomic unsigned long counter_t;
static counter_t counts[2];
static void *w(void *p) { (void)p; counts[0]++; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return (int)counts[0];
}
