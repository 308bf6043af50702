/* TRUTH: free — cursor is never changed while the lock is held */
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
static struct s *cursor = &A;   /* main thread only */
static void work(void) {
  pthread_mutex_lock(&cursor->mutex);
  cursor->datum++;
  pthread_mutex_unlock(&cursor->mutex);
  cursor = &B;
  pthread_mutex_lock(&cursor->mutex);
  cursor->datum++;
  pthread_mutex_unlock(&cursor->mutex);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, other, &B);
  work();
  pthread_join(t, 0);
  return 0;
}
