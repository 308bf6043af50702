/* TRUTH: racy — adjacent bit-fields a and b share one memory location; both incremented concurrently */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
struct { int a:4; int b:4; } s;
static volatile long sink1, sink2;
static void *T(void *arg) { ID(s.a)++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); ++ID(s.b); pthread_join(t, 0); return 0; }
