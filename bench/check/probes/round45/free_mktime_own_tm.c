/* TRUTH: free — mktime is thread-safe and each thread passes its own struct tm */
#include <pthread.h>
#include <time.h>
void *w(void *x){ struct tm tm = {0}; tm.tm_year = 100 + (int)(long)x; tm.tm_mday = 1; return (void*)(long)mktime(&tm); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
