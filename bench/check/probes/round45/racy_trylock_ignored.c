/* TRUTH: racy — trylock's result is ignored: when it fails the thread writes shared without holding m */
#include <pthread.h>
int shared;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a){
  int rc = pthread_mutex_trylock(&m);
  shared++;
  if (rc == 0) pthread_mutex_unlock(&m);
  return 0;
}
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return shared;
}
