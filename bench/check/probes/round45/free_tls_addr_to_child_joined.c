/* TRUTH: free — parent passes &its __thread slot to a child and joins it before touching slot again */
#include <pthread.h>
__thread int slot;
void *child(void *x){ int *p = x; *p += 10; return 0; }
void *parent(void *x){
  slot = 1;
  pthread_t c;
  pthread_create(&c,0,child,&slot);
  pthread_join(c,0);
  slot += 1;
  return (void*)(long)slot;
}
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,parent,0); pthread_create(&b,0,parent,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
