/* TRUTH: racy — u.s.a and u.s.b are adjacent bit-fields: one memory location (C11 3.14); thread a writes u.s.a (line 5), thread b u.s.b (line 6). */
#include <pthread.h>
union U { struct { unsigned a : 1, b : 1; } s; int w; };
union U u;
void *ta(void *x) { u.s.a = 1; return 0; }
void *tb(void *x) { u.s.b = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
