/* TRUTH: free — wait_for joins t before main writes */
#include <pthread.h>
int x;
void *f(void *a) { x = 1; return 0; }
static void wait_for(pthread_t h) { pthread_join(h, 0); }
int main(void){ pthread_t t; pthread_create(&t, 0, f, 0); wait_for(t); x = 2; return 0; }
