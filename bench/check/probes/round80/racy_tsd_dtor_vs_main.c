/* TRUTH: racy — destructor of A writes g at A's exit; main reads g without joining A first */
#include <pthread.h>
int g; pthread_key_t k; int dummy;
void dtor(void *v){ g = 1; }
void *A(void *p){ pthread_setspecific(k, &dummy); return 0; }
int main(void){ pthread_t a; pthread_key_create(&k, dtor); pthread_create(&a,0,A,0); int r = g; pthread_join(a,0); return r; }
