/* TRUTH: free — main's local mutex, handed to the thread, is held by main (via hold/drop wrappers) from before the create until after it writes plan; the thread holds it to read plan */
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
  plan = 12;
  drop(&m);
  pthread_join(t, 0);
  return 0;
}
