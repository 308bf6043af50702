/* TRUTH: racy — *PICK(1, pa, pb) reads a while the thread writes a */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
int a, b; int *pa = &a, *pb = &b;
static volatile long sink1, sink2;
static void *T(void *arg) { a = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); sink2 = *PICK(1, pa, pb); pthread_join(t, 0); return 0; }
