/* TRUTH: free — '+ backslash<newline>+ID(g)' is two unary plus, read only */
#include <pthread.h>
#define NEG -
#define DEC --
#define PL +
#define INC ++
#define ID(a) a
int g = 3;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = + \
+ID(g); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = g; pthread_join(t, 0); return 0; }
