/* TRUTH: racy — w1 uses __atomic_fetch_add on c (line 3), w2 writes c with a plain store (line 4) */ #include <pthread.h>
int c;
void *w1(void *x){ __atomic_fetch_add(&c, 1, __ATOMIC_SEQ_CST); return 0; }
void *w2(void *x){ c = 0; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
