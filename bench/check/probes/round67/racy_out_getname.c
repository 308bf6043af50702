/* TRUTH: racy — pthread_getname_np writes the same global buffer from two threads */
#define _GNU_SOURCE
#include <pthread.h>
char buf[32];
void *f(void *a){ pthread_getname_np(pthread_self(), buf, sizeof buf); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return buf[0]; }
