/* TRUTH: free — &ID(s).x takes address only; main writes s.x */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
struct { int x, y; } s;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = (long)&ID(s).x; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); s.x = 1; pthread_join(t, 0); return 0; }
