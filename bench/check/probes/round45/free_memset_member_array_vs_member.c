/* TRUTH: free — memset(h.tag, ...) covers only the tag array; the other thread writes h.len */
#include <pthread.h>
#include <string.h>
struct H { char tag[8]; int len; } h;
void *wa(void *x){ memset(h.tag, 'T', sizeof h.tag); return 0; }
void *wb(void *x){ h.len = 12; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return h.len + h.tag[0];
}
