/* TRUTH: racy — inet_ntoa formats into one static buffer; two threads call it and read the result */
#include <pthread.h>
#include <arpa/inet.h>
void *w(void *x){ struct in_addr a; a.s_addr = (in_addr_t)(long)x; char *s = inet_ntoa(a); return (void*)(long)s[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0x0100007fL); pthread_create(&b,0,w,(void*)0x0a0a0a0aL);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
