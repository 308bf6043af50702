/* TRUTH: racy — the mutex is __thread, so every thread locks its own copy and g is unprotected */
#include <pthread.h>
__thread pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *x){ pthread_mutex_lock(&tm); g++; pthread_mutex_unlock(&tm); return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return g;
}
