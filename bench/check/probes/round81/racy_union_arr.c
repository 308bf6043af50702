/* TRUTH: racy — union of int and char[4]: worker writes u.c[1], main writes u.i (overlapping bytes) */
#include <pthread.h>
union U { int i; char c[4]; } u;
void *w(void *p) { u.c[1] = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  u.i = 0x100;
  pthread_join(t, 0);
  return u.i;
}
