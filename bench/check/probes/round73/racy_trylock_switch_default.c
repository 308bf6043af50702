/* TRUTH: racy — switch on trylock: the default (EBUSY) case does g++ (line 5) without the lock */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ for (int i=0;i<1000;i++){ switch (pthread_mutex_trylock(&m)) { case 0: pthread_mutex_unlock(&m); break; default: g++; break; } } return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
