/* TRUTH: racy — the key destructor runs at exit of EACH worker (both set a non-NULL value): freed++ (line 5) in two threads at once */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int freed; pthread_key_t key; int obj[2];
static void dtor(void *p){ freed++; }
void *w(void *x){ pthread_setspecific(key, x); return 0; }
int main(void){ pthread_key_create(&key, dtor); pthread_t a,b; pthread_create(&a,0,w,&obj[0]); pthread_create(&b,0,w,&obj[1]); pthread_join(a,0); pthread_join(b,0); return freed; }
