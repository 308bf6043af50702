/* TRUTH: racy — both threads lock *cur, but thread B first repoints its local to m2; they use different mutexes */
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int shared;
void *w(void *x){
  pthread_mutex_t *cur = &m1;
  if ((long)x) cur = &m2;
  pthread_mutex_lock(cur); shared++; pthread_mutex_unlock(cur);
  return 0;
}
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return shared;
}
