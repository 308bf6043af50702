/* TRUTH: racy — sigwait writes global sig while main reads it unsynchronized */
#include <pthread.h>
#include <signal.h>
#include <unistd.h>
int sig;
sigset_t set;
void *f(void *a){ sigwait(&set, &sig); return 0; }
int main(void){ pthread_t a; sigemptyset(&set); sigaddset(&set, SIGUSR1); pthread_sigmask(SIG_BLOCK,&set,0); pthread_create(&a,0,f,0); usleep(1000); pthread_kill(a, SIGUSR1); int r = sig; pthread_join(a,0); return r; }
