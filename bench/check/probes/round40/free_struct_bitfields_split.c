/* TRUTH: free — bit-fields a and b are separated by the non-bit-field member c: distinct memory locations; thread a writes s.a (line 5), thread b s.b (line 6). */
#include <pthread.h>
struct S { unsigned a : 4; char c; unsigned b : 4; };
struct S s;
void *ta(void *x) { s.a = 1; return 0; }
void *tb(void *x) { s.b = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, ta, 0);
  pthread_create(&t2, 0, tb, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
