/* TRUTH: free — only the worker calls localtime (main waits in join); no two threads touch its static buffer concurrently */
#include <pthread.h>
#include <time.h>
void *w(void *x){ time_t t = 0; struct tm *tm = localtime(&t); return (void*)(long)tm->tm_year; }
int main(void){
  pthread_t a;
  pthread_create(&a,0,w,0);
  pthread_join(a,0);
  time_t t = 100; struct tm *tm = localtime(&t);
  return tm->tm_year;
}
