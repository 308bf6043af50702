/* TRUTH: racy — both threads pass the same global endptr slot to strtol, which writes it */
#include <pthread.h>
#include <stdlib.h>
char *endp;
char **endpp = &endp;
void *w(void *x){ long v = strtol((const char *)x, endpp, 10); return (void*)v; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,"12x"); pthread_create(&b,0,w,"34y");
  pthread_join(a,0); pthread_join(b,0);
  return endp ? endp[0] : 0;
}
