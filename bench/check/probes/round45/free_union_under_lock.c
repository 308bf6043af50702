/* TRUTH: free — both threads access different members of the union, always under the same mutex */
#include <pthread.h>
union V { long l; double d; } v;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *wa(void *x){ pthread_mutex_lock(&m); v.l = 5; pthread_mutex_unlock(&m); return 0; }
void *wb(void *x){ pthread_mutex_lock(&m); v.d = 2.5; pthread_mutex_unlock(&m); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return (int)v.l;
}
