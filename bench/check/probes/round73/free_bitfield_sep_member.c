/* TRUTH: free — a non-bit-field member c lies between bit-fields a and b, so they are distinct memory locations; w1 writes a, w2 writes b */ #include <pthread.h>
struct S { unsigned a : 4; char c; unsigned b : 4; } s;
void *w1(void *x){ s.a = 1; return 0; }
void *w2(void *x){ s.b = 2; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
