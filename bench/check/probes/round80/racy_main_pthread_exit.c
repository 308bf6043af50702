/* TRUTH: racy — main pthread_exits; its two threads keep running and both write x */
#include <pthread.h>
int x;
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_exit(0); }
