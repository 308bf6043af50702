/* TRUTH: free — choose_expr selects pointer pb, writes b; main writes a */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int a, b; int *pa = &a, *pb = &b;
static volatile long sink1, sink2;
static void *T(void *arg) { *__builtin_choose_expr(0, pa, pb) = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); a = 2; pthread_join(t, 0); return 0; }
