/* TRUTH: racy — PICK selects h++; main writes h */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int g, h;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = PICK(sizeof(long) == 4, g++, h++); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); h = 5; pthread_join(t, 0); return 0; }
