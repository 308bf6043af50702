/* TRUTH: free — u.s.a and u.s.b are distinct non-bit-field chars of the same union member (distinct memory locations, C11 3.14): thread a writes only u.s.a (line 5), thread b only u.s.b (line 6). */
#include <pthread.h>
union U { struct { char a; char b; } s; int w; };
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
