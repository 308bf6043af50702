/* TRUTH: racy — threads detached each pass, instances overlap */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); pthread_detach(t);} sleep(1); return 0; }
