/* TRUTH: racy — pthread_sigmask writes old set into a global from two threads */
#include <pthread.h>
#include <signal.h>
sigset_t oldset;
void *f(void *a){ sigset_t s; sigemptyset(&s); sigaddset(&s, SIGUSR1); pthread_sigmask(SIG_BLOCK, &s, &oldset); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return 0; }
