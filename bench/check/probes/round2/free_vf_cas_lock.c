/* TRUTH: free. Spin lock: atomic CAS acquire in a while(1)/break loop, atomic release.
   x is only accessed while holding it. */
#include <pthread.h>
int lock = 0;
int x;
void __VERIFIER_atomic_CAS(int *v, int e, int u, int *r) { if (*v == e) { *v = u; *r = 1; } else { *r = 0; } }
void __VERIFIER_atomic_release(void) { lock = 0; }
void *worker(void *arg) {
  int r;
  while (1) { __VERIFIER_atomic_CAS(&lock, 0, 1, &r); if (r) break; }
  x = x + 1;
  __VERIFIER_atomic_release();
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
