/* TRUTH: racy — pthread_getschedparam writes policy/param globals in two threads */
#include <pthread.h>
#include <sched.h>
int pol; struct sched_param sp;
void *f(void *a){ pthread_getschedparam(pthread_self(), &pol, &sp); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return pol; }
