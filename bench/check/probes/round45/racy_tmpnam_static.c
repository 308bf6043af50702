/* TRUTH: racy — tmpnam(NULL) builds the name in one static buffer; two threads call it and read it */
#include <pthread.h>
#include <stdio.h>
void *w(void *x){ char *n = tmpnam(NULL); return (void*)(long)(n ? n[5] : 0); }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
