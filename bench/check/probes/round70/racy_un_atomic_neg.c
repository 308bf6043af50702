/* TRUTH: racy — plain int read vs write */
#include <pthread.h>
#define ID(a) a
#define ID2(a) ID(ID(a))
int a;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = -ID(a); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); ID(a) = 5; pthread_join(t, 0); return 0; }
