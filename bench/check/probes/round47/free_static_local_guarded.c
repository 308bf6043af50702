/* TRUTH: free — the function-static counter is only accessed while holding m */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next_id(void) {
  static int id;
  int r;
  pthread_mutex_lock(&m);
  r = ++id;
  pthread_mutex_unlock(&m);
  return r;
}
void *t(void *a) { return (void *)(long)next_id(); }
int main(void) {
  pthread_t x, y;
  void *rx, *ry;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, &rx);
  pthread_join(y, &ry);
  return rx == ry;
}
