/* TRUTH: free — out-parameters go to locals; main reads globals only after joins */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
sem_t s; int res[2];
void *f(void *a){ int v; sigset_t o; sem_getvalue(&s, &v); pthread_sigmask(SIG_BLOCK, 0, &o); res[(long)a] = v; return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&a,0,f,(void*)0); pthread_create(&b,0,f,(void*)1); pthread_join(a,0); pthread_join(b,0); return res[0]+res[1]; }
