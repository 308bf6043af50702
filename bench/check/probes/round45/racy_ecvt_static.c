/* TRUTH: racy — ecvt formats into one static buffer; two threads call it and read the digits */
#include <pthread.h>
#include <stdlib.h>
void *w(void *x){ int dec, sign; char *s = ecvt((double)(long)x + 0.5, 6, &dec, &sign); return (void*)(long)s[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)12L); pthread_create(&b,0,w,(void*)987L);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
