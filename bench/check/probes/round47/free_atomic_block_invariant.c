/* TRUTH: free — x and y are always read and written together inside atomic blocks */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void abort(void);
void reach_error(void) { abort(); }

int x, y;

void *mover(void *arg) {
  int i;
  for (i = 0; i < 3; i++) {
    __VERIFIER_atomic_begin();
    x = x + 1;
    y = y + 1;
    __VERIFIER_atomic_end();
  }
  return 0;
}

void *checker(void *arg) {
  int a, b;
  __VERIFIER_atomic_begin();
  a = x;
  b = y;
  __VERIFIER_atomic_end();
  if (a != b) reach_error();
  return 0;
}

int main(void) {
  pthread_t m1, m2, c;
  pthread_create(&m1, 0, mover, 0);
  pthread_create(&m2, 0, mover, 0);
  pthread_create(&c, 0, checker, 0);
  pthread_join(m1, 0);
  pthread_join(m2, 0);
  pthread_join(c, 0);
  return 0;
}
