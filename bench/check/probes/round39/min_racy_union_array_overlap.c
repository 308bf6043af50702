/* TRUTH: racy — u.a[1] (bytes 4..7) and u.s[2] (bytes 4..5) overlap: ta's and tb's writes conflict. */
#include <pthread.h>
static union { int a[2]; short s[4]; } u;
static void *ta(void *p) { (void)p; u.a[1] = 5; return 0; }
static void *tb(void *p) { (void)p; u.s[2] = 6; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return u.s[2];
}
