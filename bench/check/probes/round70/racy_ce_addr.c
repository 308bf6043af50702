/* TRUTH: racy — p points at a; main writes a */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int a, b;
static volatile long sink1, sink2;
static void *T(void *arg) { int *p = &__builtin_choose_expr(1, a, b); *p = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); a = 2; pthread_join(t, 0); return 0; }
