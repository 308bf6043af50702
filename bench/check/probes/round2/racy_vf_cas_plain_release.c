/* TRUTH: racy. Spin lock via an atomic CAS function, but released with a plain store
   `lock = 0` that races with the other thread's CAS read of lock. */
#include <pthread.h>
int lock = 0;
int x;
void __VERIFIER_atomic_CAS(int *v, int e, int u, int *r) { if (*v == e) { *v = u; *r = 1; } else { *r = 0; } }
void *worker(void *arg) {
  int r;
  while (1) { __VERIFIER_atomic_CAS(&lock, 0, 1, &r); if (r) break; }
  x = x + 1;
  lock = 0;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
