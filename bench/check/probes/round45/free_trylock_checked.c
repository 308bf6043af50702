/* TRUTH: free — shared is written only when trylock succeeded, otherwise the thread falls back to a blocking lock */
#include <pthread.h>
int shared;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){
  if (pthread_mutex_trylock(&m) != 0) pthread_mutex_lock(&m);
  shared++;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return shared;
}
