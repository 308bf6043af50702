/* TRUTH: racy — function-static 'calls' is shared by all threads and incremented without a lock */
#include <pthread.h>
static int count_call(void) {
  static int calls;
  return ++calls;
}
void *t(void *a) { count_call(); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return count_call();
}
