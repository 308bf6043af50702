/* TRUTH: racy — thread A keeps x and y together in an atomic block, but thread B updates y after leaving its atomic block */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void abort(void);
void reach_error(void) { abort(); }
int x, y;
void *a(void *p) {
  __VERIFIER_atomic_begin();
  x++;
  y++;
  __VERIFIER_atomic_end();
  return 0;
}
void *b(void *p) {
  __VERIFIER_atomic_begin();
  x++;
  __VERIFIER_atomic_end();
  y++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (x != y) reach_error();
  return 0;
}
