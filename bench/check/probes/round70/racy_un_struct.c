/* TRUTH: racy — thread increments s.x while main copies s */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
struct S { int x, y; } s; struct S s1, s2;
static volatile long sink1, sink2;
static void *T(void *arg) { ID(s).x++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); s2 = ID(s); pthread_join(t, 0); return 0; }
