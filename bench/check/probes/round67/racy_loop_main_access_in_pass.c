/* TRUTH: racy — main writes x between create and join inside the pass */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); x = i; pthread_join(t,0);} return 0; }
