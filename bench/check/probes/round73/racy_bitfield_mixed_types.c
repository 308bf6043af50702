/* TRUTH: racy — bit-fields of different declared types (unsigned, int) that are adjacent form one memory location: w1 (line 3) and w2 (line 4) race */ #include <pthread.h>
struct S { unsigned a : 4; int b : 4; } s;
void *w1(void *x){ s.a = 1; return 0; }
void *w2(void *x){ s.b = 2; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
