/* TRUTH: racy — inside the loop, m is element i's mutex but d is element i+1's datum */
#include <pthread.h>
struct s { pthread_mutex_t mutex; int datum; };
static struct s pool[3] = { {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0} };
/* the other thread updates pool[1] under pool[1].mutex */
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
static void work(struct s *p) {
  for (int i = 0; i < 1; i++) {
    pthread_mutex_t *m = &p[i].mutex;
    int *d = &p[i + 1].datum;
    pthread_mutex_lock(m); (*d)++; pthread_mutex_unlock(m);
  }
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work(pool);
  pthread_join(t, 0);
  return 0;
}
