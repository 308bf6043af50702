/* TRUTH: racy — drand48 updates a hidden global state with no lock (glibc __libc_drand48_data); two threads call it */
#include <pthread.h>
#include <stdlib.h>
void *w(void *x){ double s = 0; for (int i = 0; i < 100; i++) s += drand48(); return (void*)(long)s; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
