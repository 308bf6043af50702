/* TRUTH: free — _Atomic member cnt incremented atomically by both; plain members own1/own2 each written by one thread only */ #include <pthread.h>
struct S { _Atomic int cnt; int own1; int own2; } s;
void *w1(void *x){ s.cnt++; s.own1 = 1; return 0; }
void *w2(void *x){ s.cnt++; s.own2 = 2; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
