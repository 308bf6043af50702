/* TRUTH: racy — the checker reads x inside an atomic block, but the writer stores x outside any atomic block */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void abort(void);
void reach_error(void) { abort(); }
int x, y;
void *writer(void *a) {
  x = 1;
  __VERIFIER_atomic_begin();
  y = 1;
  __VERIFIER_atomic_end();
  return 0;
}
void *checker(void *a) {
  int lx, ly;
  __VERIFIER_atomic_begin();
  lx = x;
  ly = y;
  __VERIFIER_atomic_end();
  if (ly == 1 && lx != 1) reach_error();
  return 0;
}
int main(void) {
  pthread_t w, c;
  pthread_create(&w, 0, writer, 0);
  pthread_create(&c, 0, checker, 0);
  pthread_join(w, 0);
  pthread_join(c, 0);
  return 0;
}
