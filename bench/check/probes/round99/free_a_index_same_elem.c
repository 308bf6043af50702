/* TRUTH: free — m and d are both element k's; each element is only touched under its own mutex */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[2] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void bump(struct s *p, int k) {
  pthread_mutex_t *m = &p[k].mutex;
  int *d = &p[k].datum;
  pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  bump(pool, 1);
  bump(pool, 0);
  pthread_join(t, 0);
  return 0;
}
