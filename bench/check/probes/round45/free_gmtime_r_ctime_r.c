/* TRUTH: free — gmtime_r and asctime_r/ctime_r write only caller-provided stack buffers */
#include <pthread.h>
#include <time.h>
void *w(void *x){
  time_t t = (time_t)(long)x; struct tm tm; char b1[32], b2[32];
  gmtime_r(&t, &tm); asctime_r(&tm, b1); ctime_r(&t, b2);
  return (void*)(long)(b1[0] + b2[0]);
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)3600L); pthread_create(&b,0,w,(void*)7200L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
