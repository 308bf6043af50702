// free: recursive mutex taken twice (outer + inner helper) around updates of depth_sum in both threads.
#include <pthread.h>
static pthread_mutex_t rm;
static int depth_sum;
static void inner(void) { pthread_mutex_lock(&rm); depth_sum += 2; pthread_mutex_unlock(&rm); }
static void *w(void *a) {
  pthread_mutex_lock(&rm);
  depth_sum++;
  inner();
  depth_sum++;
  pthread_mutex_unlock(&rm);
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
