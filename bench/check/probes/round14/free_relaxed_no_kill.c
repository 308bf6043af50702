/* race-free: main writes x after join */
#include <pthread.h>
#include <stdatomic.h>
int g; int x; atomic_int c;
void *w(void *a){ if (g == 0) { atomic_fetch_add_explicit(&c, 1, memory_order_relaxed); g = 1; atomic_load_explicit(&c, memory_order_relaxed); if (g == 1) x = 1; } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
