/* TRUTH: free — with_lock() takes the mutex as a parameter; both threads pass &m, so g is always protected */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
static void with_lock(pthread_mutex_t *mx, int *p){ pthread_mutex_lock(mx); (*p)++; pthread_mutex_unlock(mx); }
void *wa(void *x){ with_lock(&m, &g); return 0; }
void *wb(void *x){ with_lock(&m, &g); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return g;
}
