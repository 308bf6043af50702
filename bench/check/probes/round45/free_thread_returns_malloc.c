/* TRUTH: free — each thread mallocs and fills a result, returned via pthread_join; main reads after join */
#include <pthread.h>
#include <stdlib.h>
struct Res { int v; };
void *w(void *x){ struct Res *r = malloc(sizeof *r); r->v = (int)(long)x; return r; }
int main(void){
  pthread_t t[2]; int s = 0;
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) { void *p; pthread_join(t[i],&p); struct Res *r = p; s += r->v; r->v = 0; free(r); }
  return s;
}
