/* TRUTH: racy — an unnamed bit-field of NON-zero width (`unsigned : 4`) does not separate memory locations; a, the gap and b form one sequence of adjacent bit-fields: ta's write of f.a races with tb's write of f.b. */
#include <pthread.h>
struct flags {
  unsigned a : 4;
  unsigned : 28;
  unsigned b : 4;
} f;
static void *ta(void *v) { (void)v; f.a = 1; return 0; }
static void *tb(void *v) { (void)v; f.b = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, ta, 0);
  pthread_create(&y, 0, tb, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
