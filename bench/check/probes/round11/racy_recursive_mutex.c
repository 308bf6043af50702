// racy: after the inner lock/unlock pair, the outer unlock happens before the last depth_sum++, which is then unprotected.
#include <pthread.h>
static pthread_mutex_t rm;
static int depth_sum;
static void inner(void) { pthread_mutex_lock(&rm); depth_sum += 2; pthread_mutex_unlock(&rm); }
static void *w(void *a) {
  pthread_mutex_lock(&rm);
  depth_sum++;
  inner();
  pthread_mutex_unlock(&rm);
  depth_sum++;
  return 0;
}
int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at);
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return depth_sum;
}
