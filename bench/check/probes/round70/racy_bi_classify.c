/* TRUTH: racy — g++ evaluated in comma expression */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int g;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = (g++, __builtin_classify_type(g)); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); g = 5; pthread_join(t, 0); return 0; }
