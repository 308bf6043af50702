/* TRUTH: racy — with_lock() takes the mutex as a parameter; thread A passes &m1, thread B &m2, both bump g */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int g;
static void with_lock(pthread_mutex_t *m, int *p){ pthread_mutex_lock(m); (*p)++; pthread_mutex_unlock(m); }
void *wa(void *x){ with_lock(&m1, &g); return 0; }
void *wb(void *x){ with_lock(&m2, &g); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return g;
}
