/* TRUTH: free — localtime_r + strftime into per-thread buffers; both functions are thread-safe */
#include <pthread.h>
#include <time.h>
void *w(void *x){
  time_t t = (time_t)(long)x; struct tm tm; char buf[64];
  localtime_r(&t, &tm);
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z", &tm);
  return (void*)(long)buf[0];
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)1000000000L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
