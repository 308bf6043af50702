/* TRUTH: free — TSD destructor writes g; only thread A sets a non-NULL value, so destructor runs only in A */
#include <pthread.h>
int g; pthread_key_t k; int dummy;
void dtor(void *v){ g++; }
void *A(void *p){ pthread_setspecific(k, &dummy); return 0; }
void *B(void *p){ return 0; }
int main(void){ pthread_t a,b; pthread_key_create(&k, dtor); pthread_create(&a,0,A,0); pthread_create(&b,0,B,0); pthread_join(a,0); pthread_join(b,0); return g; }
