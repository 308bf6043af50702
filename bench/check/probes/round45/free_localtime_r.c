/* TRUTH: free — localtime_r writes only the caller's own struct tm on its stack */
#include <pthread.h>
#include <time.h>
void *w(void *x){
  time_t t = (time_t)(long)x; struct tm tm;
  localtime_r(&t, &tm);
  return (void*)(long)tm.tm_year;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)1000000000L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
