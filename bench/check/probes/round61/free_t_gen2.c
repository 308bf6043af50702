/* TRUTH: free — the write of g in t1 never runs (reviewer's reproduction: GNU ?:, && in a macro, an unselected _Generic association) */
#include <pthread.h>
int g;
void *t1(void *arg) { _Generic(0, long: g = 1, default: (void)0); return 0; }
void *t2(void *arg) { g = 2; return 0; }
int main(void) { pthread_t x, y; pthread_create(&x, 0, t1, 0); pthread_create(&y, 0, t2, 0); pthread_join(x, 0); pthread_join(y, 0); return 0; }
