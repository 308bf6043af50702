/* TRUTH: racy — finish(0) does not pthread_exit, so main writes x concurrently */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
void finish(int n){ if (n) pthread_exit(0); }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); finish(0); x = 2; pthread_exit(0); }
