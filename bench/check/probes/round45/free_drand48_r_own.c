/* TRUTH: free — drand48_r uses a per-thread struct drand48_data on the thread's stack */
#include <pthread.h>
#include <stdlib.h>
void *w(void *x){ struct drand48_data d; srand48_r((long)x, &d); double r, s = 0; for (int i = 0; i < 10; i++) { drand48_r(&d, &r); s += r; } return (void*)(long)s; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)1L); pthread_create(&b,0,w,(void*)2L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
