/* TRUTH: free — w1 atomically loads c, w2 atomically adds: all accesses atomic */ #include <pthread.h>
int c;
void *w1(void *x){ return (void*)(long)__atomic_load_n(&c, __ATOMIC_RELAXED); }
void *w2(void *x){ __atomic_fetch_add(&c, 1, __ATOMIC_RELAXED); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
