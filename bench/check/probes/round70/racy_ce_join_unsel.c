/* TRUTH: racy — the join is in the unselected branch of choose_expr, so f is never joined before g = 1 */
#include <pthread.h>
#include <stddef.h>
int g;
static volatile long sink;
static void *f(void *a) { g++; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, f, 0); sink = __builtin_choose_expr(1, 0, pthread_join(t, 0)); g = 1; return 0; }
