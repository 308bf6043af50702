/* TRUTH: racy — time() stores into *stamp_p (a global through a pointer) in both threads */
#include <pthread.h>
#include <time.h>
time_t stamp;
time_t *stamp_p = &stamp;
void *w(void *x){ time(stamp_p); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return (int)stamp;
}
