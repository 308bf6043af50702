/* TRUTH: free — producer writes payload then sets ready under m; consumer waits on the condvar under m then reads payload */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready; int payload[4];
void *producer(void *x){
  for (int i = 0; i < 4; i++) payload[i] = i;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  return 0;
}
void *consumer(void *x){
  pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m);
  payload[0] += payload[3];
  return 0;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,producer,0); pthread_create(&b,0,consumer,0);
  pthread_join(a,0); pthread_join(b,0);
  return payload[0];
}
