/* race-free: recursive mutex taken twice (outer + helper) around updates of depth_sum */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t rm;
int depth_sum;
static void helper(void) { pthread_mutex_lock(&rm); depth_sum += 2; pthread_mutex_unlock(&rm); }
void *w(void *p) {
  (void)p;
  pthread_mutex_lock(&rm);
  depth_sum += 1;
  helper();
  pthread_mutex_unlock(&rm);
  return NULL;
}
int main(void) {
  pthread_mutexattr_t at;
  pthread_mutexattr_init(&at);
  pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at);
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(depth_sum == 6);
  return 0;
}
