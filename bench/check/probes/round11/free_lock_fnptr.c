// free: lock operations reached through a struct of function pointers (ops table), all pointing to the same mutex wrappers.
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int val;
static void do_lock(void) { pthread_mutex_lock(&m); }
static void do_unlock(void) { pthread_mutex_unlock(&m); }
struct lock_ops { void (*lock)(void); void (*unlock)(void); };
static const struct lock_ops ops = { do_lock, do_unlock };
static void *w(void *a) {
  ops.lock();
  val += 3;
  ops.unlock();
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return val;
}
