/* TRUTH: racy — bump() locks whichever mutex it is given; thread a passes &la and thread b passes &lb, so the writes to hits are not mutually excluded */
#include <pthread.h>
pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
int hits;
static void bump(pthread_mutex_t *l)
{
  pthread_mutex_lock(l);
  hits++;
  pthread_mutex_unlock(l);
}
void *a(void *x) { bump(&la); return 0; }
void *b(void *x) { bump(&lb); return 0; }
int main(void)
{
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return hits;
}
