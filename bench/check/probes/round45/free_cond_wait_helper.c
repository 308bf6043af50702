/* TRUTH: free — wait_ready() loops on pthread_cond_wait under m; the producer sets ready under m after writing msg */
#include <pthread.h>
#include <string.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready; char msg[32];
static void wait_ready(void){ pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m); }
static void set_ready(void){ pthread_mutex_lock(&m); ready = 1; pthread_cond_broadcast(&cv); pthread_mutex_unlock(&m); }
void *producer(void *x){ strcpy(msg, "ready"); set_ready(); return 0; }
void *consumer(void *x){ wait_ready(); return (void*)(long)msg[0]; }
int main(void){
  pthread_t a, b, c;
  pthread_create(&a,0,producer,0); pthread_create(&b,0,consumer,0); pthread_create(&c,0,consumer,0);
  pthread_join(a,0); pthread_join(b,0); pthread_join(c,0);
  msg[0] = 0;
  return 0;
}
