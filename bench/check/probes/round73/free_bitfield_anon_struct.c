/* TRUTH: free — a is inside an anonymous struct member, b follows it: not adjacent bit-fields of one sequence, distinct memory locations */ #include <pthread.h>
struct S { struct { unsigned a : 4; }; unsigned b : 4; } s;
void *w1(void *x){ s.a = 1; return 0; }
void *w2(void *x){ s.b = 2; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0); pthread_join(a,0); pthread_join(b,0); return 0; }
