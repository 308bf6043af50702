/* TRUTH: racy — atomic_inc is an ordinary C function of this program whose body does a plain cnt++; thread w calls it while thread v writes cnt = 5 (plain): unordered plain writes of cnt (line 4 vs line 6). */
#include <pthread.h>
static int cnt;
static void atomic_inc(void) { cnt++; }
static void *w(void *p) { atomic_inc(); return 0; }
static void *v(void *p) { cnt = 5; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, v, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return cnt;
}
