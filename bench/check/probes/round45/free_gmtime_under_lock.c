/* TRUTH: free — both threads call gmtime and read the result while holding the same mutex */
#include <pthread.h>
#include <time.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){
  time_t t = (time_t)(long)x;
  pthread_mutex_lock(&m);
  struct tm *tm = gmtime(&t); int h = tm->tm_hour;
  pthread_mutex_unlock(&m);
  return (void*)(long)h;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)3600L); pthread_create(&b,0,w,(void*)7200L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
