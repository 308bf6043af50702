/* TRUTH: free. A helper doing x++ is only ever called inside atomic sections
   (directly between begin/end, or from an __VERIFIER_atomic_ function). */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
static void bump(int k) { x += k; }
void __VERIFIER_atomic_bump2(void) { bump(2); }
void *t1(void *arg) { __VERIFIER_atomic_begin(); bump(1); __VERIFIER_atomic_end(); return NULL; }
void *t2(void *arg) { __VERIFIER_atomic_bump2(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
