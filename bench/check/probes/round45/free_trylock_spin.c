/* TRUTH: free — each thread spins on pthread_mutex_trylock until it succeeds, so g is always written under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *x){ while (pthread_mutex_trylock(&m) != 0) ; g++; pthread_mutex_unlock(&m); return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return g;
}
