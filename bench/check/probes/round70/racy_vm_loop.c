/* TRUTH: racy — VLA typedef inside loop evaluates n++ each iteration; main writes n */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int n = 3;
static volatile long sink1, sink2;
static void *T(void *arg) { for (int i = 0; i < 3; i++) { typedef int V[n++ + 1]; sink1 = sizeof(V); }; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); n = 7; pthread_join(t, 0); return 0; }
