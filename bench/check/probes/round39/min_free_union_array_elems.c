/* TRUTH: free — in `union { int a[2]; short s[4]; }`, u.a[1] is bytes 4..7 and u.s[0] bytes 0..1: different memory locations, so ta's write of u.a[1] and tb's write of u.s[0] do not conflict. */
#include <pthread.h>
static union { int a[2]; short s[4]; } u;
static void *ta(void *p) { (void)p; u.a[1] = 5; return 0; }
static void *tb(void *p) { (void)p; u.s[0] = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return u.s[0];
}
