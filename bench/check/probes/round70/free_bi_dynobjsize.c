/* TRUTH: free — __builtin_dynamic_object_size does not evaluate p++ (clang returns -1 without evaluating) */
#include <pthread.h>
#define PICK(c, x, y) __builtin_choose_expr(c, x, y)
char buf[8]; char *p = buf;
static volatile long sink1, sink2;
static void *T(void *arg) { sink1 = __builtin_dynamic_object_size(p++, 0); return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, T, 0); p = buf + 1; pthread_join(t, 0); return 0; }
