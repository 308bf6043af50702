/* TRUTH: racy — one thread writes 'mode' with __atomic_store_n, the other with a plain store */
#include <pthread.h>

int mode;

void *a_fn(void *arg) {
  __atomic_store_n(&mode, 1, __ATOMIC_SEQ_CST);
  return 0;
}

void *b_fn(void *arg) {
  mode = 2;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, a_fn, 0);
  pthread_create(&b, 0, b_fn, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return mode;
}
