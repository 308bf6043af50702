/* TRUTH: racy — main writes x after creating t, t reads x concurrently */
#include <pthread.h>
int x;
void *t(void *a){ int y=x; (void)y; return 0; }
int main(void){ pthread_t th; pthread_create(&th,0,t,0); x=1; pthread_join(th,0); x=2; return x; }
