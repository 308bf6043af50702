/* TRUTH: racy — main drops its local mutex and then writes plan unlocked; the thread, holding the mutex, may read plan concurrently */
#include <pthread.h>
static int plan;
static void hold(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void drop(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *exec_plan(void *p) { pthread_mutex_t *m = p; hold(m); int v = plan; drop(m); return (void *)(long)v; }
int main(void) {
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_t t;
  hold(&m);
  pthread_create(&t, 0, exec_plan, &m);
  drop(&m);
  plan = 12;
  pthread_join(t, 0);
  return 0;
}
