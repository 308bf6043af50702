/* TRUTH: free — _Atomic int flag with plain (seq_cst) assignment and read */ #include <pthread.h>
#include <stdatomic.h>
int data; _Atomic int f;
void *prod(void *x){ data = 1; f = 1; return 0; }
void *cons(void *x){ while (!f) ; return (void*)(long)data; }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
