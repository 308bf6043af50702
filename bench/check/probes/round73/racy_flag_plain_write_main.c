/* TRUTH: racy — main writes the _Atomic flag with a plain assignment f = 1 before starting threads: consumer passes at once; data (line 4) vs (line 5) */ #include <pthread.h>
#include <stdatomic.h>
int data; _Atomic int f;
void *prod(void *x){ data = 1; f = 1; return 0; }
void *cons(void *x){ while (!f) ; return (void*)(long)data; }
int main(void){ f = 1; pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
