/* TRUTH: racy — log_and_release() unlocks m, so the following write of count happens without the lock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int count, logged;
static void log_and_release(void){ logged++; pthread_mutex_unlock(&m); }
void *w(void *x){ pthread_mutex_lock(&m); log_and_release(); count++; return 0; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return count;
}
