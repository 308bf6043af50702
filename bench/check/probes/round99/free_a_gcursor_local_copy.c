/* TRUTH: free — the lock is A's, taken through a local copy c of the cursor; c->datum is A's even after the cursor moves */
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
  struct s *c = cursor;
  pthread_mutex_lock(&c->mutex);
  cursor = cursor->next;
  c->datum++;
  pthread_mutex_unlock(&c->mutex);
}
int main(void) {
  pthread_t t;
  A.next = &B;
  pthread_create(&t, 0, other, &B);
  work();
  pthread_join(t, 0);
  return 0;
}
