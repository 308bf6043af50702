/* TRUTH: racy — main writes before the join */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return 0; }
int main(void){ pthread_t t, hs[1]; pthread_create(&t, 0, f, 0); hs[0] = t; x = 2; pthread_join(hs[0], 0); return 0; }
