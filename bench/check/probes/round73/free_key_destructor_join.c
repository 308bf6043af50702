/* TRUTH: free — one worker; dtor runs at its exit before join returns; main reads freed after join */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int freed; pthread_key_t key; int obj;
static void dtor(void *p){ freed = 1; }
void *w(void *x){ pthread_setspecific(key, x); return 0; }
int main(void){ pthread_key_create(&key, dtor); pthread_t a; pthread_create(&a,0,w,&obj); pthread_join(a,0); return freed; }
