/* TRUTH: free — inet_ntop writes only the caller's own stack buffer */
#include <pthread.h>
#include <arpa/inet.h>
void *w(void *x){ struct in_addr a; a.s_addr = (in_addr_t)(long)x; char buf[INET_ADDRSTRLEN]; inet_ntop(AF_INET, &a, buf, sizeof buf); return (void*)(long)buf[0]; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,(void*)0x0100007fL); pthread_create(&b,0,w,(void*)0x0a0a0a0aL);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
