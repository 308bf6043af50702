/* TRUTH: racy — two different once objects guard the same init function: thread a's pthread_once(&once_a, init) and thread b's pthread_once(&once_b, init) may run init concurrently, so the two `table[i] = i * 3` loops race (and each thread's read races with the other's init). */
#include <pthread.h>
static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int table[4];
static int out[2];
static void init(void) {
  for (int i = 0; i < 4; i++) table[i] = i * 3;
}
static void *a(void *p) { (void)p; pthread_once(&once_a, init); out[0] = table[1]; return 0; }
static void *b(void *p) { (void)p; pthread_once(&once_b, init); out[1] = table[2]; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
