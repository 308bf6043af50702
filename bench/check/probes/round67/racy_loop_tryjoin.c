/* TRUTH: racy — pthread_tryjoin_np returns EBUSY immediately, instances overlap */
#define _GNU_SOURCE
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(2000); x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_tryjoin_np(t,0);} sleep(1); return 0; }
