/* TRUTH: racy — localtime_r is reentrant, but both threads pass the same global struct tm as output */
#include <pthread.h>
#include <time.h>
struct tm out;
void *w(void *x){ time_t t = (time_t)(long)x; localtime_r(&t, &out); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)1000000000L);
  pthread_join(a,0); pthread_join(b,0);
  return out.tm_year;
}
