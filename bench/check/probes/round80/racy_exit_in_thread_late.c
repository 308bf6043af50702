/* TRUTH: racy — thread writes x then exits; main writes x concurrently */
#include <pthread.h>
#include <stdlib.h>
int x;
void *w(void *p){ x = 1; exit(0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return 0; }
