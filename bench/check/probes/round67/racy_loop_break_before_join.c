/* TRUTH: racy — break before join on last pass leaves thread running while main writes x */
#include <pthread.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); if (i==3) break; pthread_join(t,0);} x = 7; pthread_join(t,0); return x; }
