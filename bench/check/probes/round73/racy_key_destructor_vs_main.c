/* TRUTH: racy — worker exit runs dtor writing freed (line 5) while main reads freed (line 8) before joining */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int freed; pthread_key_t key; int obj;
static void dtor(void *p){ freed = 1; }
void *w(void *x){ pthread_setspecific(key, x); return 0; }
int main(void){ pthread_key_create(&key, dtor); pthread_t a; pthread_create(&a,0,w,&obj);
  int v = freed; pthread_join(a,0); return v; }
