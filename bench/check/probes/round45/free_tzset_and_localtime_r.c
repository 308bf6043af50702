/* TRUTH: free — tzset and localtime_r both serialise on glibc's tzset_lock and write no caller-visible shared memory */
#include <pthread.h>
#include <time.h>
void *wa(void *x){ for (int i = 0; i < 10; i++) tzset(); return 0; }
void *wb(void *x){ time_t t = 0; struct tm tm; for (int i = 0; i < 10; i++) localtime_r(&t, &tm); return (void*)(long)tm.tm_year; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
