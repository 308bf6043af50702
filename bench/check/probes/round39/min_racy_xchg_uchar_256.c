/* TRUTH: racy — the lock word is an _Atomic unsigned char and the take stores 256, which converts to 0: every exchange returns 0 and leaves the word 0, so both threads "take" the lock together and their `stock--` race. */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic unsigned char lk;
static int stock = 10;
static void *w(void *p) {
  (void)p;
  while (atomic_exchange(&lk, 256))
    ;
  stock--;
  atomic_store(&lk, 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return stock;
}
