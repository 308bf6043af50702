/* TRUTH: free — timegm works only on the caller's struct tm and uses no time-zone state */
#include <pthread.h>
#include <time.h>
void *w(void *x){ struct tm tm = {0}; tm.tm_year = 120; tm.tm_mday = 1 + (int)(long)x; return (void*)(long)timegm(&tm); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
