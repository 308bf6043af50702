/* TRUTH: racy — pthread_cleanup_pop(1) runs the handler `undo`, which writes g (line 4) with no lock, while the other thread writes g under m (line 7). */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int g;
static void undo(void *a) { g = 0; }
void *t1(void *a) { pthread_cleanup_push(undo, 0);
  pthread_cleanup_pop(1); return 0; }
void *t2(void *a) { pthread_mutex_lock(&m); g = 5; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return g; }
