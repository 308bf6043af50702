/* TRUTH: racy — the second payload field is written after the release store that publishes it; the acquiring reader reads both fields */
#include <pthread.h>
#include <stdatomic.h>
extern void __VERIFIER_assume(int);
struct msg { int a; int b; } m;
atomic_int pub;
void *sender(void *x) {
  m.a = 1;
  atomic_store_explicit(&pub, 1, memory_order_release);
  m.b = 2; /* after publication */
  return 0;
}
void *receiver(void *x) {
  __VERIFIER_assume(atomic_load_explicit(&pub, memory_order_acquire) == 1);
  return (void *)(long)(m.a + m.b);
}
int main(void) {
  pthread_t s, r;
  pthread_create(&s, 0, sender, 0);
  pthread_create(&r, 0, receiver, 0);
  pthread_join(s, 0);
  pthread_join(r, 0);
  return 0;
}
