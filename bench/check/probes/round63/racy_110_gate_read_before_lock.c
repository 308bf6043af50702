/* TRUTH: racy — the thread reads setting before taking gate, while main writes setting under gate; nothing orders the read */
#include <pthread.h>
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int setting;
static void *follower(void *p) { (void)p; int s = setting; pthread_mutex_lock(&gate); pthread_mutex_unlock(&gate); return (void *)(long)s; }
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&gate);
  pthread_create(&t, 0, follower, 0);
  setting = 3;
  pthread_mutex_unlock(&gate);
  pthread_join(t, 0);
  return 0;
}
