/* TRUTH: racy — gmtime returns a static struct tm (shared with localtime); two threads call it and read the result */
#include <pthread.h>
#include <time.h>
void *w(void *x){ time_t t = (time_t)(long)x; struct tm *tm = gmtime(&t); return (void*)(long)tm->tm_hour; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)3600L); pthread_create(&b,0,w,(void*)7200L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
