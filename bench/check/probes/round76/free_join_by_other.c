/* TRUTH: free — g joins f's thread before writing x; handle written before g created */
#include <pthread.h>
int x; pthread_t t1;
void *f(void *a) { x = 1; return 0; }
void *g(void *a) { pthread_join(t1, 0); x = 2; return 0; }
int main(void){ pthread_t t2; pthread_create(&t1, 0, f, 0); pthread_create(&t2, 0, g, 0); pthread_join(t2, 0); return 0; }
