// racy: the value is read inside __VERIFIER_atomic_read but written back with a plain store outside it.
#include <pthread.h>
int v;
int __VERIFIER_atomic_read(void) { return v; }
void *w(void *a) {
  int t = __VERIFIER_atomic_read();
  v = t + 1;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return v;
}
