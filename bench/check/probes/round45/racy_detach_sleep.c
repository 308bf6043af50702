/* TRUTH: racy — detached thread writes result; main reads it after sleep(), which gives no happens-before */
#include <pthread.h>
#include <unistd.h>
int result;
void *w(void *x){ result = 99; return 0; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_detach(t);
  sleep(1);
  return result;
}
