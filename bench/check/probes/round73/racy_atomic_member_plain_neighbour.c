/* TRUTH: racy — both threads increment plain member n (lines 3,4) next to the _Atomic member cnt */ #include <pthread.h>
struct S { _Atomic int cnt; int n; } s;
void *w1(void *x){ s.cnt++; s.n++; return 0; }
void *w2(void *x){ s.cnt++; s.n++; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
