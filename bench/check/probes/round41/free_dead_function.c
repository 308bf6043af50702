/* TRUTH: free — reset() writes x (line 5) but is never called or referenced; the only live accesses are the thread's locked write and main's locked read. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int x;
void *w(void *a) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void reset(void) { x = 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0);
  pthread_mutex_lock(&m); int v = x; pthread_mutex_unlock(&m);
  pthread_join(p, 0); pthread_join(q, 0); return v; }
