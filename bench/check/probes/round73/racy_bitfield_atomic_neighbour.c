/* TRUTH: racy — w1 updates bit-field a under m, w2 writes b with no lock: same memory location (lines 3,4) */ #include <pthread.h>
struct S { unsigned a : 3, b : 5; } s; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w1(void *x){ pthread_mutex_lock(&m); s.a++; pthread_mutex_unlock(&m); return 0; }
void *w2(void *x){ s.b = 7; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
