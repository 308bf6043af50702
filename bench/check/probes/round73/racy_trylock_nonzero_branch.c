/* TRUTH: racy — g++ (line 5) in the branch where pthread_mutex_trylock returned nonzero (not acquired) */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ for (int i=0;i<1000;i++){ if (pthread_mutex_trylock(&m)) { g++; } else { pthread_mutex_unlock(&m); } } return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return g; }
