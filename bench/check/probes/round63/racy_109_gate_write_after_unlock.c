/* TRUTH: racy — main releases gate and then writes setting without it; the thread may take gate and read setting at the same time */
#include <pthread.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int setting;
static void *follower(void *p) { (void)p; pthread_mutex_lock(&gate); int s = setting; pthread_mutex_unlock(&gate); return (void *)(long)s; }
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&gate);
  pthread_create(&t, 0, follower, 0);
  pthread_mutex_unlock(&gate);
  setting = 3;
  pthread_join(t, 0);
  return 0;
}
