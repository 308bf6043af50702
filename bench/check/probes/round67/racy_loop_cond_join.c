/* TRUTH: racy — join only on even passes, odd-pass instance overlaps next instance */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<6;i++){ pthread_create(&t,0,f,0); if (i%2==0) pthread_join(t,0);} sleep(1); return 0; }
