/* TRUTH: racy — goto skips the join, thread runs while main writes x */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); if (i==2) goto out; pthread_join(t,0);} out: x = 5; return 0; }
