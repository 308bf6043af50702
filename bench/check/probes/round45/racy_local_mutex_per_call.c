/* TRUTH: racy — the mutex is a local of the thread function, so each thread locks its own mutex; g is unprotected */
#include <pthread.h>
int g;
void *w(void *x){
  pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m);
  return 0;
}
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return g;
}
