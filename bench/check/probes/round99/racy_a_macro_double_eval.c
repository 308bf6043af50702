/* TRUTH: racy — macro evaluates its argument twice: LOCKED_INC(p++) locks pool[0]'s mutex but bumps pool[1]'s datum */
#include <pthread.h>
#include <stdlib.h>
struct s { pthread_mutex_t mutex; int datum; struct s *next; };
static struct s A = {PTHREAD_MUTEX_INITIALIZER, 0, 0}, B = {PTHREAD_MUTEX_INITIALIZER, 0, 0};
/* the other thread updates B under B's own mutex */
static void *other(void *arg) {
  struct s *o = arg;
  pthread_mutex_lock(&o->mutex); o->datum++; pthread_mutex_unlock(&o->mutex);
  return 0;
}
#define LOCKED_INC(obj) do { \
    pthread_mutex_t *m_ = &(obj)->mutex; \
    int *d_ = &(obj)->datum; \
    pthread_mutex_lock(m_); (*d_)++; pthread_mutex_unlock(m_); \
  } while (0)
static struct s pool[2] = { {PTHREAD_MUTEX_INITIALIZER, 0, 0}, {PTHREAD_MUTEX_INITIALIZER, 0, 0} };
static void work(void) {
  struct s *p = pool;
  LOCKED_INC(p++);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &pool[1]);
  work();
  pthread_join(t, 0);
  return 0;
}
