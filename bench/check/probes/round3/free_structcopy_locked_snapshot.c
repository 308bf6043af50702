/* TRUTH: free. Snapshot copy of gs under m; updater writes gs.a under m. */
#include <pthread.h>
struct s { int a, b; };
static struct s gs;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *snapper(void *v) {
  (void)v;
  pthread_mutex_lock(&m);
  struct s l = gs;
  pthread_mutex_unlock(&m);
  return (void *)(long)(l.a + l.b);
}
static void *updater(void *v) { (void)v; pthread_mutex_lock(&m); gs.a++; pthread_mutex_unlock(&m); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, snapper, NULL);
  pthread_create(&t2, NULL, updater, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return gs.a;
}
