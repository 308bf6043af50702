/* TRUTH: free — only reads of the bit-fields (-, ~) */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
struct { int a:4; int b:4; } s;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = -ID(s.a); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = ~ID(s.b); pthread_join(t, 0); return 0; }
