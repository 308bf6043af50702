/* TRUTH: free — recursive mutex rm is taken twice (outer, then inner in bump) by each thread; cnt++ (line 5) is always under rm. */
#include <pthread.h>
pthread_mutex_t rm; int cnt;
static void bump(void) { pthread_mutex_lock(&rm);
  cnt++; pthread_mutex_unlock(&rm); }
void *w(void *a) { pthread_mutex_lock(&rm); bump(); pthread_mutex_unlock(&rm); return 0; }
int main(void) { pthread_mutexattr_t at; pthread_mutexattr_init(&at); pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&rm, &at); pthread_t p, q;
  pthread_create(&p, 0, w, 0); pthread_create(&q, 0, w, 0); pthread_join(p, 0); pthread_join(q, 0); return cnt; }
