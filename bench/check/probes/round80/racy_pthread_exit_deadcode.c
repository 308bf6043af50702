/* TRUTH: racy — finish() returns normally, so main writes x concurrently with w */
#include <pthread.h>
int x; int stop = 0;
void *w(void *p){ x = 1; return 0; }
void finish(void){ if (stop) pthread_exit(0); }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); finish(); x = 2; pthread_exit(0); }
