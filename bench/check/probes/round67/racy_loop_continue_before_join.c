/* TRUTH: racy — continue skips join on pass 1, that instance overlaps pass 2's */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(2000); x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); if (i==1) continue; pthread_join(t,0);} return 0; }
