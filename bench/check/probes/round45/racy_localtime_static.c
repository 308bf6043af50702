/* TRUTH: racy — localtime returns one static struct tm; thread A reads it while thread B's localtime rewrites it */
#include <pthread.h>
#include <time.h>
void *w(void *x){
  time_t t = (time_t)(long)x;
  struct tm *tm = localtime(&t);
  return (void*)(long)tm->tm_year;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0L); pthread_create(&b,0,w,(void*)1000000000L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
