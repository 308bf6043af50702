/* TRUTH: racy — sizeof(int[n++]) operand is VLA type, evaluated */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int n = 3;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = sizeof(int[n++ + 1]); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); n = 7; pthread_join(t, 0); return 0; }
