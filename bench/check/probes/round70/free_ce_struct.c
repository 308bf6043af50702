/* TRUTH: free — choose_expr(0, s.x, s.y) += 1 writes s.y; main writes s.x */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
struct { int x, y; } s;
static volatile long sink1, sink2;
static void *T(void *arg) { __builtin_choose_expr(0, s.x, s.y) += 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); s.x = 2; pthread_join(t, 0); return 0; }
