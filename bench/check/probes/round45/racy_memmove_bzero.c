/* TRUTH: racy — thread A memmove's within ring[], thread B bzero's the first bytes of ring[] */
#include <pthread.h>
#include <string.h>
#include <strings.h>
char ring[64];
void *wa(void *x){ memmove(ring, ring + 8, 32); return 0; }
void *wb(void *x){ bzero(ring, 16); return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return ring[0];
}
