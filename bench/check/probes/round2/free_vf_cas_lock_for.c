/* TRUTH: free. CAS lock using for(;;) { ...; if (r) break; } and atomic release; two
   different thread functions write x inside. */
#include <pthread.h>
int lk = 0;
int x;
void __VERIFIER_atomic_CAS(int *v, int e, int u, int *r) { if (*v == e) { *v = u; *r = 1; } else { *r = 0; } }
void __VERIFIER_atomic_unlock(int *v) { *v = 0; }
void *w1(void *arg) { int r; for (;;) { __VERIFIER_atomic_CAS(&lk, 0, 1, &r); if (r) break; } x = 1; __VERIFIER_atomic_unlock(&lk); return NULL; }
void *w2(void *arg) { int r; for (;;) { __VERIFIER_atomic_CAS(&lk, 0, 1, &r); if (r) break; } x = 2; __VERIFIER_atomic_unlock(&lk); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w1, NULL);
  pthread_create(&b, NULL, w2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
