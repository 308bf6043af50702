/* TRUTH: racy — choose_expr(1, g++, ...) evaluates g++ concurrently with main's write */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int g, h;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = __builtin_choose_expr(1, g++, h = 1); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); g = 5; pthread_join(t, 0); return 0; }
