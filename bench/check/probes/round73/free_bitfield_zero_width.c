/* TRUTH: free — a zero-width bit-field separates a and b into distinct memory locations (C11 3.14); each written by one thread under its own mutex */ #include <pthread.h>
struct S { unsigned a : 4; unsigned : 0; unsigned b : 4; } s; pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
void *w1(void *x){ pthread_mutex_lock(&m1); s.a = 1; pthread_mutex_unlock(&m1); return 0; }
void *w2(void *x){ pthread_mutex_lock(&m2); s.b = 2; pthread_mutex_unlock(&m2); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
