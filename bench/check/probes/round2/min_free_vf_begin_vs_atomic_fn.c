/* TRUTH: free. x is written only inside atomic sections: a begin/end block in t1 and an
   __VERIFIER_atomic_ function in t2; all atomic sections exclude each other. */
#include <pthread.h>
int x;
void __VERIFIER_atomic_bump2(void) { x += 2; }
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void *t1(void *arg) { __VERIFIER_atomic_begin(); x += 1; __VERIFIER_atomic_end(); return NULL; }
void *t2(void *arg) { __VERIFIER_atomic_bump2(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
